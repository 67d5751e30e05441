/**
 * The Workspace holds the checked documents and what links them: document
 * ids, cross-document references, and which findings are acted on. Updating
 * one document replaces only its own contribution.
 */
import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig, loadConfig } from '../support/core';
import { brief, minutes, scrutiny, spanIn, spanOf, uriOf, withCode } from './support';

const REPORT = 'transport.report.md';
const MINUTES = 'scrutiny-2026-03-12.minutes.md';
const reportText = (changes: Parameters<typeof scrutiny>[0] = {}) =>
  scrutiny({ ...changes, frontMatter: { id: 'transport-tg', ...changes.frontMatter } });
const minutesCiting = (body: string) => minutes({ sections: { '5. Home to School Transport': body } });

function workspaceWith(files: Record<string, string>): Workspace {
  const workspace = new Workspace(defaultConfig());
  for (const [name, text] of Object.entries(files)) workspace.setDocument(uriOf(name), text);
  return workspace;
}

const codesOf = (workspace: Workspace, name: string, code: string) =>
  brief(withCode(workspace.diagnostics(uriOf(name)), code));

describe('Workspace', () => {
  describe('document ids', () => {
    it('takes the id from the front matter', () => {
      assert.equal(workspaceWith({}).setDocument(uriOf(REPORT), reportText()).documentId, 'transport-tg');
    });

    it('takes the id from the file name, lower-cased, other runs of characters turned into -', () => {
      const workspace = workspaceWith({});
      assert.equal(
        workspace.setDocument(uriOf('Cabinet 12 March_2026.report.md'), minutes()).documentId,
        'cabinet-12-march-2026',
      );
      assert.equal(
        workspace.setDocument(uriOf('papers/CYP-Scrutiny-2026-03-12.minutes.md'), minutes()).documentId,
        'cyp-scrutiny-2026-03-12',
      );
    });

    it('drops hyphens from either end of an id made from the file name', () => {
      assert.equal(workspaceWith({}).setDocument(uriOf('_Draft (2)_.REPORT.MD'), minutes()).documentId, 'draft-2');
    });

    it('falls back to the file name when the written id is not a valid id', () => {
      assert.equal(
        workspaceWith({}).setDocument(uriOf(REPORT), reportText({ frontMatter: { id: 'Transport TG' } })).documentId,
        'transport',
      );
    });

    it('takes the type from the front matter, else from the file name', () => {
      const workspace = workspaceWith({});
      assert.equal(workspace.setDocument(uriOf('a.minutes.md'), '---\ntitle: T\n---\n').type, 'minutes');
      assert.equal(workspace.setDocument(uriOf('a.report.md'), '---\ntitle: T\n---\n').type, 'report');
      assert.equal(workspace.setDocument(uriOf('a.md'), '---\ntitle: T\n---\n').type, 'report');
      assert.equal(workspace.setDocument(uriOf('b.minutes.md'), '---\ntype: scrutiny\n---\n').type, 'scrutiny');
    });

    it('uses the template named in the front matter, else the one for the type', () => {
      const workspace = new Workspace(
        loadConfig('templates:\n  cabinet:\n    extends: report\n', 'file:///workspace/.committee-reports.yaml').config,
      );
      assert.equal(
        workspace.setDocument(uriOf('a.report.md'), '---\ntemplate: cabinet\n---\n').templateName,
        'cabinet',
      );
      assert.equal(workspace.setDocument(uriOf('b.report.md'), '---\ntype: scrutiny\n---\n').templateName, 'scrutiny');
      assert.equal(workspace.setDocument(uriOf('c.report.md'), '---\ntemplate: nowhere\n---\n').templateName, 'report');
    });
  });

  describe('cross-document references', () => {
    it('resolves a reference to another document by its id', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        [MINUTES]: minutesCiting('**R1** Endorses it [transport-tg:R1, F2].'),
      });
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), []);
    });

    it('resolves regardless of the order the documents are added in', () => {
      const workspace = workspaceWith({
        [MINUTES]: minutesCiting('**R1** Endorses it [transport-tg:R1].'),
        [REPORT]: reportText(),
      });
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), []);
    });

    it('looks an ID up in the named document, not in the citing one', () => {
      const text = minutesCiting('**R1** Endorses it [transport-tg:R2].');
      const workspace = workspaceWith({ [REPORT]: reportText(), [MINUTES]: text });
      const [diagnostic] = withCode(workspace.diagnostics(uriOf(MINUTES)), 'ref-unresolved');
      assert.match(diagnostic!.message, /R2 is not defined in transport-tg: did you mean R1\?/);
    });

    it('counts a resolution in minutes that cites a finding as acting on it', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText({
          sections: { Recommendations: '**R1** That the Cabinet Member review route planning [F2].' },
        }),
        [MINUTES]: minutesCiting('**R1** Asks the Cabinet Member to act on [transport-tg:F1].'),
      });
      assert.deepEqual(codesOf(workspace, REPORT, 'finding-unaddressed'), []);
    });

    it('updates the citing document: a corrected reference resolves', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        [MINUTES]: minutesCiting('**R1** Endorses it [transport-tg:R9].'),
      });
      assert.equal(codesOf(workspace, MINUTES, 'ref-unresolved').length, 1);
      workspace.setDocument(uriOf(MINUTES), minutesCiting('**R1** Endorses it [transport-tg:R1].'));
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), []);
    });

    it('updates the cited document: defining the ID resolves the other document’s reference', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        [MINUTES]: minutesCiting('**R1** Endorses it [transport-tg:R2].'),
      });
      assert.equal(codesOf(workspace, MINUTES, 'ref-unresolved').length, 1);
      workspace.setDocument(
        uriOf(REPORT),
        reportText({
          sections: {
            Recommendations:
              '**R1** That the Cabinet Member review routes [F1].\n\n**R2** That the policy be rewritten [F2].',
          },
        }),
      );
      assert.deepEqual(codesOf(workspace, MINUTES, 'ref-unresolved'), []);
    });

    it('updates the cited document: deleting the ID makes the other document’s reference an error', () => {
      const text = minutesCiting('**R1** Endorses it [transport-tg:R1].');
      const workspace = workspaceWith({ [REPORT]: reportText(), [MINUTES]: text });
      workspace.setDocument(
        uriOf(REPORT),
        reportText({ sections: { Recommendations: '**R2** That the Cabinet Member review routes [F1, F2].' } }),
      );
      assert.deepEqual(codesOf(workspace, MINUTES, 'ref-unresolved'), [
        `ref-unresolved ${spanOf(text, '[transport-tg:R1]')}`,
      ]);
    });

    it('follows a change of document id: references to the old id no longer resolve', () => {
      const text = minutesCiting('**R1** Endorses it [transport-tg:R1].');
      const workspace = workspaceWith({ [REPORT]: reportText(), [MINUTES]: text });
      workspace.setDocument(uriOf(REPORT), reportText({ frontMatter: { id: 'transport-task-group' } }));
      // A bracket holding one ID is underlined whole (docs/format.md, "References").
      assert.deepEqual(codesOf(workspace, MINUTES, 'ref-unknown-document'), [
        `ref-unknown-document ${spanIn(text, '[transport-tg:R1]', '[transport-tg:R1]')}`,
      ]);
    });

    it('counts citations from minutes added after the report', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText({ sections: { Recommendations: '**R1** That routes be reviewed [F2].' } }),
      });
      assert.equal(codesOf(workspace, REPORT, 'finding-unaddressed').length, 1);
      workspace.setDocument(uriOf(MINUTES), minutesCiting('**R1** Acts on [transport-tg:F1].'));
      assert.deepEqual(codesOf(workspace, REPORT, 'finding-unaddressed'), []);
    });

    it('updates which findings are acted on when the citing minutes change', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText({
          sections: { Recommendations: '**R1** That the Cabinet Member review route planning [F2].' },
        }),
        [MINUTES]: minutesCiting('**R1** Asks the Cabinet Member to act on [transport-tg:F1].'),
      });
      workspace.setDocument(uriOf(MINUTES), minutesCiting('**R1** Notes the report.'));
      assert.equal(codesOf(workspace, REPORT, 'finding-unaddressed').length, 1);
    });

    it('does not keep an old version’s references after a document is updated', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        [MINUTES]: minutesCiting('**R1** Acts on [transport-tg:F1, F2].'),
      });
      workspace.setDocument(uriOf(MINUTES), minutesCiting('**R1** Acts on [transport-tg:F1, F2].'));
      assert.equal(workspace.citationsOf('transport-tg', 'F1').length, 2, 'the report’s own R1 and the minutes’ R1');
    });
  });

  describe('removing a document', () => {
    it('turns references to it into unknown-document errors', () => {
      const text = minutesCiting('**R1** Endorses it [transport-tg:R1, F2].');
      const workspace = workspaceWith({ [REPORT]: reportText(), [MINUTES]: text });
      workspace.removeDocument(uriOf(REPORT));
      assert.deepEqual(brief(workspace.diagnostics(uriOf(MINUTES))), [
        `ref-unknown-document ${spanIn(text, '[transport-tg:R1, F2]', 'transport-tg')}`,
      ]);
    });

    it('forgets what the removed document cited', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText({
          sections: { Recommendations: '**R1** That the Cabinet Member review route planning [F2].' },
        }),
        [MINUTES]: minutesCiting('**R1** Asks the Cabinet Member to act on [transport-tg:F1].'),
      });
      workspace.removeDocument(uriOf(MINUTES));
      assert.equal(codesOf(workspace, REPORT, 'finding-unaddressed').length, 1);
    });

    it('gives no diagnostics for a document it does not hold', () => {
      const workspace = workspaceWith({ [REPORT]: reportText() });
      workspace.removeDocument(uriOf(REPORT));
      assert.deepEqual(workspace.diagnostics(uriOf(REPORT)), []);
      assert.equal(workspace.getDocument(uriOf(REPORT)), undefined);
      assert.doesNotThrow(() => workspace.removeDocument(uriOf('never-added.report.md')));
    });

    it('resolves the references again when the document comes back', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        [MINUTES]: minutesCiting('**R1** Endorses it [transport-tg:R1].'),
      });
      workspace.removeDocument(uriOf(REPORT));
      workspace.setDocument(uriOf(REPORT), reportText());
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), []);
    });

    it('suggests the remaining ids, not the removed one', () => {
      const text = minutesCiting('**R1** Endorses it [transport-tg:R1].');
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        'other.report.md': reportText({ frontMatter: { id: 'transport-tgx' } }),
        [MINUTES]: text,
      });
      workspace.removeDocument(uriOf(REPORT));
      const [diagnostic] = withCode(workspace.diagnostics(uriOf(MINUTES)), 'ref-unknown-document');
      assert.match(diagnostic!.message, /did you mean 'transport-tgx'\?/);
    });
  });

  describe('two documents with one id', () => {
    it('reports document-id-duplicate in both documents', () => {
      const first = reportText();
      const second = reportText();
      const workspace = workspaceWith({ [REPORT]: first, 'transport-copy.report.md': second });
      assert.deepEqual(codesOf(workspace, REPORT, 'document-id-duplicate'), [
        `document-id-duplicate ${spanIn(first, 'id: transport-tg', 'transport-tg')}`,
      ]);
      assert.deepEqual(codesOf(workspace, 'transport-copy.report.md', 'document-id-duplicate'), [
        `document-id-duplicate ${spanIn(second, 'id: transport-tg', 'transport-tg')}`,
      ]);
    });

    it('clears the duplicate in both when one document changes its id', () => {
      const workspace = workspaceWith({ [REPORT]: reportText(), 'transport-copy.report.md': reportText() });
      workspace.setDocument(uriOf('transport-copy.report.md'), reportText({ frontMatter: { id: 'transport-copy' } }));
      assert.deepEqual(codesOf(workspace, REPORT, 'document-id-duplicate'), []);
      assert.deepEqual(codesOf(workspace, 'transport-copy.report.md', 'document-id-duplicate'), []);
    });

    it('does not take a document updated in place for a duplicate of itself', () => {
      const workspace = workspaceWith({ [REPORT]: reportText() });
      workspace.setDocument(uriOf(REPORT), reportText({ title: 'Revised' }));
      assert.deepEqual(codesOf(workspace, REPORT, 'document-id-duplicate'), []);
    });

    it('clears the duplicate when one document is removed', () => {
      const workspace = workspaceWith({ [REPORT]: reportText(), 'transport-copy.report.md': reportText() });
      workspace.removeDocument(uriOf('transport-copy.report.md'));
      assert.deepEqual(codesOf(workspace, REPORT, 'document-id-duplicate'), []);
    });

    it('resolves a reference when either document defines the ID', () => {
      const workspace = workspaceWith({
        [REPORT]: reportText(),
        'transport-copy.report.md': reportText({
          sections: { Recommendations: '**R1** x [F1, F2].\n\n**R2** y [F1].' },
        }),
        [MINUTES]: minutesCiting('**R1** Endorses [transport-tg:R2].'),
      });
      assert.deepEqual(codesOf(workspace, MINUTES, 'ref-unresolved'), []);
    });
  });

  describe('configuration', () => {
    it('re-reads every document when the config changes', () => {
      const text = minutes({
        sections: { '5. Home to School Transport': '**A1** The clerk to circulate the report.\n\nSee [A1].' },
      });
      const workspace = workspaceWith({ [MINUTES]: text });
      assert.equal(workspace.getDocument(uriOf(MINUTES))!.definitions.length, 0);
      workspace.setConfig(loadConfig('kinds:\n  A: action\n', 'file:///workspace/.committee-reports.yaml').config);
      assert.deepEqual(
        workspace.getDocument(uriOf(MINUTES))!.definitions.map((definition) => definition.id),
        ['A1'],
      );
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), []);
    });

    it('applies a rule severity from the config to every diagnostic of that check', () => {
      const config = loadConfig(
        'rules:\n  ref-unresolved: warning\n',
        'file:///workspace/.committee-reports.yaml',
      ).config;
      const workspace = new Workspace(config);
      workspace.setDocument(uriOf(MINUTES), minutesCiting('**R1** Endorses [F9].'));
      assert.deepEqual(
        withCode(workspace.diagnostics(uriOf(MINUTES)), 'ref-unresolved').map((diagnostic) => diagnostic.severity),
        ['warning'],
      );
    });

    it('runs no check the config turns off', () => {
      const config = loadConfig('rules:\n  ref-unresolved: off\n', 'file:///workspace/.committee-reports.yaml').config;
      const workspace = new Workspace(config);
      workspace.setDocument(uriOf(MINUTES), minutesCiting('**R1** Endorses [F9].'));
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), []);
    });

    it('reads and checks each document under the config given for it (its own folder’s), citations between them still resolving', () => {
      const actions = loadConfig(
        'kinds:\n  A: action\nrules:\n  ref-unresolved: warning\n',
        'file:///workspace/b/.committee-reports.yaml',
      ).config;
      const workspace = new Workspace(defaultConfig(), (uri) =>
        uri.startsWith(uriOf('b/')) ? actions : defaultConfig(),
      );
      const text = minutesCiting(
        '**A1** The clerk to circulate the report.\n\n**R1** Endorses [A1, A2] and [transport-tg:F1].',
      );
      workspace.setDocument(uriOf(REPORT), reportText());
      workspace.setDocument(uriOf(`a/${MINUTES}`), text);
      const inB = workspace.setDocument(uriOf(`b/${MINUTES}`), text);
      assert.deepEqual(
        inB.definitions.map((definition) => definition.id),
        ['A1', 'R1'],
      );
      assert.equal(workspace.configFor(uriOf(`b/${MINUTES}`)), actions);
      assert.deepEqual(
        workspace.getDocument(uriOf(`a/${MINUTES}`))!.definitions.map((definition) => definition.id),
        ['R1'],
      );
      const unresolved = (name: string) =>
        withCode(workspace.diagnostics(uriOf(name)), 'ref-unresolved').map(
          (diagnostic) => `${diagnostic.severity} ${diagnostic.message.split(' ')[0]}`,
        );
      // The report's F1 resolves from both; A2 is an action only where A is a kind.
      assert.deepEqual(unresolved(`b/${MINUTES}`), ['warning A2']);
      assert.deepEqual(unresolved(`a/${MINUTES}`), []);
    });
  });

  describe('diagnostics', () => {
    it('lists a document’s diagnostics in position order', () => {
      const workspace = workspaceWith({
        [MINUTES]: minutesCiting('**R3** Endorses [F9] and [F3-F1].\n\n**R1** Notes [F8].'),
      });
      const starts = workspace
        .diagnostics(uriOf(MINUTES))
        .map((diagnostic) => diagnostic.range.start.line * 1000 + diagnostic.range.start.character);
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => a - b),
      );
      assert.ok(starts.length >= 4);
    });
  });

  describe('a document known by its summary', () => {
    it('takes the line of its id from its text once parsed, where its summary said another', () => {
      const text = reportText();
      const parsed = workspaceWith({ [REPORT]: text });
      const summary = parsed.summaryOf(uriOf(REPORT))!;
      const line = parsed.documentIdLine(uriOf(REPORT))!;
      const workspace = new Workspace(defaultConfig());
      workspace.setSummary(uriOf(REPORT), { ...summary, documentIdLine: line + 5 });
      assert.equal(workspace.documentIdLine(uriOf(REPORT)), line + 5);
      // The same links: the index stands, and the document is now read from its text.
      workspace.setDocument(uriOf(REPORT), text);
      assert.equal(workspace.documentIdLine(uriOf(REPORT)), line);
      assert.deepEqual(workspace.summaryOf(uriOf(REPORT)), summary);
    });

    /** A workspace with every file known by its summary, and a loader that gives their text and counts what it was asked. */
    function summarisedWorkspace(files: Record<string, string>): { workspace: Workspace; loaded: string[] } {
      const parsed = workspaceWith(files);
      const workspace = new Workspace(defaultConfig());
      const loaded: string[] = [];
      for (const name of Object.keys(files)) workspace.setSummary(uriOf(name), parsed.summaryOf(uriOf(name))!);
      workspace.setLoader((uri) => {
        loaded.push(uri);
        const name = Object.keys(files).find((file) => uriOf(file) === uri);
        return name === undefined ? undefined : { text: files[name]!, invalidUtf8: false };
      });
      return { workspace, loaded };
    }

    it('is parsed from the loader’s text when first asked for, once, and then answers as if parsed from the start', () => {
      const files = { [REPORT]: reportText(), [MINUTES]: minutesCiting('**R1** Endorses [transport-tg:F1] and [F9].') };
      const { workspace, loaded } = summarisedWorkspace(files);
      assert.equal(workspace.isSummarised(uriOf(MINUTES)), true);
      assert.deepEqual(loaded, []);
      assert.equal(workspace.getDocument(uriOf(MINUTES))!.documentId, 'scrutiny-2026-03-12');
      workspace.getDocument(uriOf(MINUTES));
      assert.deepEqual(loaded, [uriOf(MINUTES)]);
      assert.equal(workspace.isSummarised(uriOf(MINUTES)), false);
      assert.equal(workspace.isSummarised(uriOf(REPORT)), true);
      const parsed = workspaceWith(files);
      assert.deepEqual(workspace.diagnostics(uriOf(MINUTES)), parsed.diagnostics(uriOf(MINUTES)));
      // Its diagnostics parse a summarised document too.
      assert.deepEqual(workspace.diagnostics(uriOf(REPORT)), parsed.diagnostics(uriOf(REPORT)));
      assert.deepEqual(loaded, [uriOf(MINUTES), uriOf(REPORT)]);
    });

    it('is parsed before a walk over every document, so the walk misses none', () => {
      const { workspace, loaded } = summarisedWorkspace({ [REPORT]: reportText(), [MINUTES]: minutesCiting('') });
      assert.deepEqual([...workspace.allDocuments()].map((document) => document.uri).sort(), [
        uriOf(MINUTES),
        uriOf(REPORT),
      ]);
      assert.equal(loaded.length, 2);
    });

    it('is walked over in the order the documents came in, whichever was parsed first', () => {
      const names = ['a.report.md', 'b.report.md', 'c.report.md'];
      const texts = Object.fromEntries(
        names.map((name, n) => [name, reportText({ frontMatter: { id: `paper-${n}` } })]),
      );
      const { workspace } = summarisedWorkspace(texts);
      workspace.getDocument(uriOf('c.report.md'));
      workspace.getDocument(uriOf('b.report.md'));
      assert.deepEqual(
        [...workspace.allDocuments()].map((document) => document.uri),
        names.map(uriOf),
      );
    });

    it('stays unparsed, and in the index, when the loader cannot give its text', () => {
      const { workspace } = summarisedWorkspace({ [REPORT]: reportText() });
      workspace.setLoader(() => undefined);
      assert.equal(workspace.getDocument(uriOf(REPORT)), undefined);
      assert.equal(workspace.isSummarised(uriOf(REPORT)), true);
      assert.equal(workspace.documentsWithId('transport-tg').length, 1);
    });

    it('has the diagnostics of a document sharing its id worked out again when its id turns out on another line', () => {
      const text = reportText();
      const twin = uriOf(`b/${REPORT}`);
      const { workspace } = summarisedWorkspace({ [REPORT]: text });
      const summary = workspace.summaryOf(uriOf(REPORT))!;
      const line = workspace.documentIdLine(uriOf(REPORT))!;
      workspace.setSummary(uriOf(REPORT), { ...summary, documentIdLine: line + 5 });
      workspace.setDocument(twin, text);
      const duplicate = () => withCode(workspace.diagnostics(twin), 'document-id-duplicate')[0]!.message;
      assert.match(duplicate(), new RegExp(`\\(line ${line + 5}\\)`));
      workspace.getDocument(uriOf(REPORT));
      assert.match(duplicate(), new RegExp(`\\(line ${line}\\)`));
    });
  });
});
