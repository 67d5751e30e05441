/**
 * A new version of a document re-reads only the blocks an edit can reach and
 * keeps the rest of the previous version, moved. Whatever the document and the
 * edit, the result is the one a fresh parse of the new text gives, and so are
 * the diagnostics of every document in the workspace.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Workspace, defaultConfig } from '../support/core';
import { FRAGMENTS, parameters } from './support';

type ParsedDocument = ReturnType<Workspace['setDocument']>;

const URI = 'file:///workspace/a.report.md';
const FRONT_MATTER = '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\nid: cab-2026\n---\n';
const CODES = ['ref-unresolved', 'ref-malformed', 'heading-level', 'acronym-undefined', 'section-order'];

/** Whole lines of the block constructs that reach furthest: fences, HTML blocks and comments, lists, quotes, setext underlines, link definitions. */
const BLOCK_LINES: readonly string[] = [
  '# Summary\n',
  '## Findings\n',
  '### Recommendations\n',
  'Title\n',
  '===\n',
  '---\n',
  '- - -\n',
  '```\n',
  '~~~\n',
  '````md\n',
  '    code [F1]\n',
  '<!--\n',
  '-->\n',
  '<!-- x -->\n',
  '<div>\n',
  '</div>\n',
  '<pre>\n',
  '</pre>\n',
  '<!-- committee-reports-disable -->\n',
  '<!-- committee-reports-enable -->\n',
  '<!-- committee-reports-disable-next-line ref-unresolved -->\n',
  '- item [F2]\n',
  '* **R1** Do it [F1]\n',
  '1. first\n',
  '  continued [F3]\n',
  '> quoted [F1]\n',
  '> - in a list\n',
  '[F1]: http://x\n',
  '[x]: /url\n',
  "'title\n",
  "title'\n",
  '**F1** The finding.\n',
  '**F2.** Another [F1].\n',
  '**R1** – Act on [F1, F2].\n',
  'Text with [F1-F3] and [cab-2026:R1].\n',
  'A link [F1](u) and [F2][x].\n',
  'Words and `[F2]` code.\n',
  '\n',
  '\n',
  '\n',
  '\r\n',
  'line\r\n',
  'cr\r',
];

/** Documents built from whole block lines and the shared report fragments, usually after a front matter. */
const documents: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...BLOCK_LINES) },
        { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
      ),
      { maxLength: 60, size: 'max' },
    ),
  )
  .map(([withFrontMatter, parts]) => (withFrontMatter ? FRONT_MATTER : '') + parts.join(''));

/** What an edit inserts: a block line, a fragment, a character, or nothing. */
const insertions: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...BLOCK_LINES),
  fc.constantFrom(...FRAGMENTS),
  fc.constantFrom('x', ' ', '\n', '\r', '`', '~', '<', '>', '-', '=', '*', '[', ']', ':', '#', '\t'),
  fc.constant(''),
);

/** Where an edit falls: taken modulo the length, so edits land anywhere (fractions from fast-check crowd near 0). */
const place = fc.integer({ min: 0, max: 1_000_000 });

/** One edit: where, how many characters it removes, and what it inserts. */
const edits = fc.record({
  at: place,
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 80 })),
  insert: insertions,
});

function applyEdit(text: string, edit: { at: number; remove: number; insert: string }): string {
  const at = edit.at % (text.length + 1);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}

/** Everything checks and features read of a parsed document, as plain data. */
function viewOf(document: ParsedDocument): unknown {
  const suppressed: string[] = [];
  for (let line = 0; line <= document.lines.lineCount; line++) {
    for (const code of CODES) if (document.suppressions.isSuppressed(code, line)) suppressed.push(`${line} ${code}`);
  }
  return {
    text: document.lines.text,
    type: document.type,
    documentId: document.documentId,
    documentIdRange: document.documentIdRange(),
    frontMatter: document.frontMatter && { ...document.frontMatter, yaml: undefined },
    data: document.data,
    frontMatterProblems: document.frontMatterProblems,
    frontMatterIssues: document.frontMatterIssues,
    templateName: document.templateName,
    headings: document.headings,
    prose: document.markdown.prose,
    htmlBlocks: document.markdown.htmlBlocks,
    linkLabels: [...document.markdown.linkLabels].sort(),
    sections: document.sections,
    sectionEnds: document.headings.map((_, index) => document.sectionEnd(index)),
    definitions: document.definitions,
    definitionsById: [...document.definitionsById].sort(([a], [b]) => a.localeCompare(b)),
    references: document.references,
    malformedReferences: document.malformedReferences,
    suppressed,
  };
}

function fresh(text: string): { document: ParsedDocument; workspace: Workspace } {
  const workspace = new Workspace(defaultConfig());
  return { document: workspace.setDocument(URI, text), workspace };
}

describe('Re-parsing a document after an edit', function () {
  this.timeout(120_000);

  it('gives what a fresh parse of the new text gives, after each of a run of edits anywhere', () => {
    fc.assert(
      fc.property(documents, fc.array(edits, { minLength: 1, maxLength: 4 }), (text, run) => {
        const workspace = new Workspace(defaultConfig());
        workspace.setDocument(URI, text);
        let current = text;
        for (const edit of run) {
          current = applyEdit(current, edit);
          const edited = workspace.setDocument(URI, current);
          const expected = fresh(current);
          assert.deepStrictEqual(viewOf(edited), viewOf(expected.document));
          assert.deepStrictEqual(workspace.diagnostics(URI), expected.workspace.diagnostics(URI));
        }
      }),
      parameters(700),
    );
  });

  it('gives the same after whole lines are inserted or deleted', () => {
    const lineEdits = fc.record({
      at: place,
      remove: fc.nat({ max: 3 }),
      insert: fc.array(fc.constantFrom(...BLOCK_LINES), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(documents, lineEdits, (text, edit) => {
        const lines = text.split(/(?<=\n)/);
        const at = edit.at % (lines.length + 1);
        const edited = [...lines.slice(0, at), ...edit.insert, ...lines.slice(at + edit.remove)].join('');
        const workspace = new Workspace(defaultConfig());
        workspace.setDocument(URI, text);
        assert.deepStrictEqual(viewOf(workspace.setDocument(URI, edited)), viewOf(fresh(edited).document));
      }),
      parameters(500),
    );
  });

  it("keeps every document's diagnostics as a fresh workspace gives them while one of them is edited", () => {
    const citing = `${FRONT_MATTER.replace('cab-2026', 'minutes-1')}## Minutes\n\nWe noted [cab-2026:F1, F2] and [cab-2026:R1].\n\n**A1** Act on [cab-2026:R2].\n`;
    fc.assert(
      fc.property(documents, fc.array(edits, { minLength: 1, maxLength: 4 }), (text, run) => {
        const other = 'file:///workspace/b.minutes.md';
        const workspace = new Workspace(defaultConfig());
        workspace.setDocument(other, citing);
        workspace.setDocument(URI, text);
        workspace.diagnostics(other);
        let current = text;
        for (const edit of run) {
          current = applyEdit(current, edit);
          workspace.setDocument(URI, current);
          const expected = new Workspace(defaultConfig());
          expected.setDocument(other, citing);
          expected.setDocument(URI, current);
          assert.deepStrictEqual(workspace.diagnostics(other), expected.diagnostics(other));
          assert.deepStrictEqual(workspace.diagnostics(URI), expected.diagnostics(URI));
        }
      }),
      parameters(300),
    );
  });
});
