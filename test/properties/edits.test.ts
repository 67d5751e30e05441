/**
 * Quick fixes and renames are exact. Applied to its document as an editor
 * applies it (vscode-languageserver-textdocument), a fix changes the text in
 * its edit ranges and nowhere else, and the document then re-checks without
 * that diagnostic: no diagnostic of the same code and message is left at the
 * place it stood (mapped through the edits), and there are fewer of its code
 * than before (it made no new one of its kind elsewhere). A rename changes only the ID
 * where it is written, and every reference resolves after it as before.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace, defaultConfig, renameId, type Diagnostic, type Fix, type TextEdit } from '../support/core';
import { DRAFT_SAMPLE, cleanSamples, minutes, readSample, scrutiny, type DocumentChanges } from '../unit/support';
import { linesOf, offsetAt, parameters, rangeProblem, splitsAPair, timeout } from './support';

type Files = Record<string, string>;

const uriOf = (name: string) => `file:///workspace/${name}`;

function workspaceOf(files: Files): Workspace {
  const workspace = new Workspace(defaultConfig());
  for (const [name, text] of Object.entries(files)) workspace.setDocument(uriOf(name), text);
  return workspace;
}

/** Applies edits as an editor does, through the LSP library's own document. */
function applyAsEditor(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'committee-report', 1, text), [...edits]);
}

/** Edits as offsets, in document order, after checking each is a range of the text that splits no pair. */
function offsetsOf(text: string, edits: readonly TextEdit[]): { start: number; end: number; newText: string }[] {
  const lines = linesOf(text);
  return edits
    .map((edit) => {
      const problem = rangeProblem(lines, edit.range);
      assert.equal(problem, undefined, `an edit ${problem}`);
      const start = offsetAt(text, edit.range.start);
      const end = offsetAt(text, edit.range.end);
      assert.ok(
        !splitsAPair(text, start) && !splitsAPair(text, end),
        `an edit at ${start}-${end} splits a line ending or a surrogate pair`,
      );
      return { start, end, newText: edit.newText };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The text with the edits made, by slices of the original: what "nothing else changes" means. */
function splice(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let result = '';
  let at = 0;
  for (const edit of edits) {
    assert.ok(edit.start >= at, 'two edits overlap');
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** Where an offset of the original text lands after the edits. */
function mapOffset(offset: number, edits: readonly { start: number; end: number; newText: string }[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.start >= offset) break;
    if (edit.end > offset) return edit.start + shift + edit.newText.length;
    shift += edit.newText.length - (edit.end - edit.start);
  }
  return offset + shift;
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Applies one fix of a diagnostic of `name` and checks it: the editor's
 * result is the original outside the edit ranges, and that diagnostic (its
 * code and message, at its mapped place) is gone when the workspace is
 * checked again.
 */
function checkFix(files: Files, name: string, diagnostic: Diagnostic, fix: Fix): void {
  // Positions count from after a byte order mark, as the editor's do.
  const text = withoutBom(files[name]!);
  const edits = offsetsOf(text, fix.edits);
  const fixed = applyAsEditor(text, fix.edits);
  assert.equal(fixed, splice(text, edits), `'${fix.title}' changed text outside its edits`);

  const after = workspaceOf({ ...files, [name]: fixed }).diagnostics(uriOf(name));
  const place = mapOffset(offsetAt(text, diagnostic.range.start), edits);
  const left = after.filter(
    (other) =>
      other.code === diagnostic.code &&
      other.message === diagnostic.message &&
      offsetAt(fixed, other.range.start) === place,
  );
  assert.deepEqual(left, [], `'${fix.title}' left its diagnostic (${diagnostic.code}: ${diagnostic.message})`);
  // A fix that writes a fill-in ('[Insert the full name] (FTE)') leaves words for the author to write: until then it may still be reported.
  if (fix.edits.some((edit) => edit.newText.includes('[Insert'))) return;
  const before = workspaceOf(files).diagnostics(uriOf(name));
  const sameCode = (list: readonly Diagnostic[]) => list.filter((other) => other.code === diagnostic.code).length;
  assert.ok(
    sameCode(after) < sameCode(before),
    `'${fix.title}' made new ${diagnostic.code} problems: ${JSON.stringify(after.filter((other) => other.code === diagnostic.code).map((other) => other.message))}`,
  );
}

function checkEveryFix(files: Files): number {
  const workspace = workspaceOf(files);
  let checked = 0;
  for (const name of Object.keys(files)) {
    for (const diagnostic of workspace.diagnostics(uriOf(name))) {
      for (const fix of diagnostic.fixes ?? []) {
        checkFix(files, name, diagnostic, fix);
        checked++;
      }
    }
  }
  return checked;
}

// ---------------------------------------------------------------------------
// Damaged documents: valid ones with mistakes a fix exists for

const ALIASES: readonly (readonly [string, string])[] = [
  ['Summary', 'Executive Summary'],
  ['Background', 'Background and Context'],
  ['Equality Duty', 'Equality Implications'],
  ['Findings', 'Key Findings'],
  ['Human Rights Implications', 'Human Rights'],
];

const damage = fc.record({
  missing: fc.subarray(
    [
      'Summary',
      'Focus for Scrutiny',
      'Background',
      'Consultation',
      'Equality Duty',
      'Human Rights Implications',
      'Background Papers',
    ],
    { maxLength: 3 },
  ),
  aliases: fc.subarray([...ALIASES], { maxLength: 2 }),
  misspelt: fc.option(fc.constantFrom('titel', 'comittee', 'meting', 'purpse', 'exmpt', 'contcat')),
  references: fc.subarray(
    [
      'See [F3].',
      'As found [F4, F1].',
      'See [F0-F1].',
      'Compare [transport-tgg:R1].',
      'And [F1, F9].',
      'Backwards [F2-F1].',
      'Half written [F1-2].',
      'With semicolons [F1; F2].',
      'With a gap [F1, , F2] and [F2,].',
    ],
    { maxLength: 3 },
  ),
  badValue: fc.option(
    fc.constantFrom<Readonly<Record<string, string>>>(
      { meeting: '12 March 2026' },
      { meeting: '2026/3/12' },
      { purpose: 'Decision' },
      { key_decision: 'Not applicable' },
      { exempt: 'no' },
    ),
  ),
  deepHeadings: fc.subarray(['#### A deeper point', '###### Deeper still', 'Text under it.', '##### Back up'], {
    maxLength: 4,
  }),
  numbering: fc.subarray(
    [
      '2.1 The first point.',
      '2.3 The third point.',
      '20.1.10The cramped point.',
      '2.4. A dotted point.',
      '2.5 A plain point.',
    ],
    { maxLength: 4 },
  ),
  appendices: fc.constantFrom('none', 'block', 'flow', 'empty flow'),
  appendixMentions: fc.subarray(
    ['See Appendix B.', 'Appendices 2 and 3 hold the data.', 'Appendix A shows the routes.'],
    { maxLength: 2 },
  ),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  headingLevel: fc.constantFrom('#', '##', '###'),
});

const APPENDICES: Readonly<Record<string, string | null>> = {
  none: null,
  block: '\n  - id: A\n    title: Map of routes',
  flow: '[{ id: A, title: Map of routes }]',
  'empty flow': '[]',
};

function damagedWorkspace(d: typeof damage extends fc.Arbitrary<infer T> ? T : never): Files {
  const sections: Record<string, string | null> = {};
  for (const name of d.missing) sections[name] = null;
  for (const [title, alias] of d.aliases) {
    if (d.missing.includes(title)) continue;
    sections[title] = null;
    sections[alias] = `Text of the ${alias} section.`;
  }
  const changes: DocumentChanges = {
    frontMatter: {
      id: 'transport-tg',
      ...(d.misspelt ? { [d.misspelt]: 'x' } : {}),
      ...d.badValue,
      ...(APPENDICES[d.appendices] ? { appendices: APPENDICES[d.appendices]! } : {}),
    },
    sections,
    append: [...d.references, ...d.numbering, ...d.appendixMentions, ...d.deepHeadings].join('\n\n') + '\n',
  };
  const shape = (text: string) =>
    (d.bom ? '\uFEFF' : '') + text.replace(/^## /gm, `${d.headingLevel} `).replace(/\n/g, d.newline);
  return {
    'transport.report.md': shape(scrutiny(changes)),
    'cabinet.minutes.md': shape(
      minutes({
        sections: {
          '5. Home to School Transport':
            'Resolved that the Committee:\n\n**R1** Endorses the recommendation [transport-tg:R1, R2].',
        },
      }),
    ),
  };
}

describe('Quick fixes', function () {
  this.timeout(timeout(30_000));
  it('change only their edit ranges, and each clears its own diagnostic, in the samples', () => {
    const samples: Files = { ...cleanSamples(), [DRAFT_SAMPLE]: readSample(DRAFT_SAMPLE) };
    assert.ok(checkEveryFix(samples) > 0, 'the samples offer no fix to check');
  });

  it('change only their edit ranges, and each clears its own diagnostic, in damaged reports and minutes', () => {
    let checked = 0;
    fc.assert(
      fc.property(damage, (d) => {
        checked += checkEveryFix(damagedWorkspace(d));
      }),
      parameters(60),
    );
    assert.ok(checked > 100, `only ${checked} fixes were checked`);
  });
});

// ---------------------------------------------------------------------------
// Renames

const renameCase = fc.record({
  damage,
  kind: fc.constantFrom('F', 'R'),
  pick: fc.nat(),
  newNumber: fc.integer({ min: 1, max: 12 }),
  findingsCited: fc.constantFrom('[F1, F2]', '[F1-F2]', '[F2]'),
});

describe('Renaming an ID', function () {
  this.timeout(timeout(30_000));
  it('changes the ID exactly where it is written, and every reference resolves as before', () => {
    let renamed = 0;
    fc.assert(
      fc.property(renameCase, ({ damage: d, kind, pick, newNumber, findingsCited }) => {
        const files = damagedWorkspace({
          ...d,
          references: [...d.references, `**R2** That the route planning be reviewed ${findingsCited}.`],
        });
        const workspace = workspaceOf(files);
        const name = 'transport.report.md';
        const document = workspace.getDocument(uriOf(name))!;
        const candidates = document.definitions.filter((definition) => definition.kind === kind);
        fc.pre(candidates.length > 0);
        const oldId = candidates[pick % candidates.length]!.id;
        const newId = `${kind}${newNumber}`;
        const result = renameId(workspace, { documentId: document.documentId, id: oldId }, newId);
        if ('refusal' in result) {
          const taken = document.definitionsById.has(newId);
          const citing = (id: string, inRange: boolean) =>
            [...workspace.allDocuments()].some((other) =>
              other.references.some(
                (reference) =>
                  (reference.documentId ?? other.documentId) === document.documentId &&
                  reference.id === id &&
                  (!inRange || reference.inRange),
              ),
            );
          // Refused only when the new ID is taken, a citation of it would change meaning, or the ID is cited through a range.
          assert.ok(taken || citing(newId, false) || citing(oldId, true), `refused without cause: ${result.refusal}`);
          return;
        }
        renamed++;
        const unresolvedBefore = unresolvedCounts(workspace, files);
        const renamedFiles: Files = { ...files };
        for (const [uri, edits] of result.edits) {
          const fileName = Object.keys(files).find((candidate) => uriOf(candidate) === uri)!;
          const text = withoutBom(files[fileName]!);
          for (const edit of offsetsOf(text, edits))
            assert.equal(text.slice(edit.start, edit.end), oldId, 'an edit replaces something other than the ID');
          renamedFiles[fileName] = applyAsEditor(text, edits);
        }
        const after = workspaceOf(renamedFiles);
        const renamedDocument = after.getDocument(uriOf(name))!;
        assert.ok(renamedDocument.definitionsById.has(newId), `${newId} is not defined after the rename`);
        assert.ok(!renamedDocument.definitionsById.has(oldId), `${oldId} is still defined after the rename`);
        assert.deepEqual(
          unresolvedCounts(after, renamedFiles),
          unresolvedBefore,
          'a reference resolves differently after the rename',
        );
      }),
      parameters(150),
    );
    assert.ok(renamed > 20, `only ${renamed} renames were made`);
  });
});

/** How many references do not resolve, per document. */
function unresolvedCounts(workspace: Workspace, files: Files): Record<string, number> {
  return Object.fromEntries(
    Object.keys(files).map((name) => [
      name,
      workspace.diagnostics(uriOf(name)).filter((diagnostic) => diagnostic.code === 'ref-unresolved').length,
    ]),
  );
}
