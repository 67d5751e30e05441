/**
 * Random changes to a small workspace on disk, for the properties that a
 * kept result never differs from a fresh one (`check --cache`, the language
 * server's kept index): edits of words only (a document's links unchanged),
 * documents written anew (ids, definitions, references within and across
 * documents), deletions, renames and config changes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';

export const NAMES = ['a.report.md', 'b.report.md', 'c.minutes.md', 'sub/d.report.md'];
const IDS = ['alpha', 'beta', 'gamma'];

/** Words that change what a document says and what is found in it (a placeholder, an acronym), but not its links. */
const WORDS = ['Visits fell.', 'Costs rose. TBC', 'The SEND budget grew.', '[Insert the figures]', ''];

/** A small document: an id (or none: the file name gives it), definitions, and references here and to others. */
export const documentText = fc
  .record({
    id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    definitions: fc.uniqueArray(fc.constantFrom('F1', 'F2', 'F3', 'R1', 'R2'), { maxLength: 4 }),
    references: fc.array(
      fc.tuple(fc.option(fc.constantFrom(...IDS), { nil: undefined }), fc.constantFrom('F1', 'F2', 'F3', 'R1', 'R9')),
      { maxLength: 3 },
    ),
    words: fc.constantFrom(...WORDS),
  })
  .map(({ id, definitions, references, words }) => {
    const cites = references.map(([document, target]) => `[${document ? `${document}:` : ''}${target}]`).join(' ');
    const body = definitions.map((definition) => `**${definition}** ${words} ${cites}`.trim()).join('\n\n');
    return `---\n${id ? `id: ${id}\n` : ''}title: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n## Summary\n\n${words}\n\n${body}\n`;
  });

export type FileChange =
  | { readonly kind: 'write'; readonly name: string; readonly text: string }
  | { readonly kind: 'words'; readonly name: string; readonly words: string }
  | { readonly kind: 'delete'; readonly name: string }
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  | { readonly kind: 'config'; readonly text: string | undefined };

const name = fc.constantFrom(...NAMES);

/** Each kind of change, weighted for `fc.oneof`: most edits are of words or of a whole document. */
export const FILE_CHANGES: fc.WeightedArbitrary<FileChange>[] = [
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('words' as const), name, words: fc.constantFrom(...WORDS) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('write' as const), name, text: documentText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), name }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: name, to: name }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('config' as const),
      text: fc.constantFrom(
        undefined,
        'rules:\n  id-sequence: error\n',
        'kinds:\n  A: action\n',
        'exclude: ["sub/**"]\n',
      ),
    }),
  },
];

/** Makes the change in the workspace at `root`. */
export function applyChange(root: string, change: FileChange): void {
  const at = (file: string) => path.join(root, file);
  switch (change.kind) {
    case 'write':
      fs.mkdirSync(path.dirname(at(change.name)), { recursive: true });
      fs.writeFileSync(at(change.name), change.text);
      return;
    case 'words': {
      if (!fs.existsSync(at(change.name))) return;
      const text = fs.readFileSync(at(change.name), 'utf8');
      fs.writeFileSync(at(change.name), text.replace(/(## Summary\n\n)[^\n]*/, `$1${change.words}`));
      return;
    }
    case 'delete':
      fs.rmSync(at(change.name), { force: true });
      return;
    case 'rename':
      if (!fs.existsSync(at(change.from))) return;
      fs.mkdirSync(path.dirname(at(change.to)), { recursive: true });
      fs.renameSync(at(change.from), at(change.to));
      return;
    case 'config':
      if (change.text === undefined) fs.rmSync(at('.committee-reports.yaml'), { force: true });
      else fs.writeFileSync(at('.committee-reports.yaml'), change.text);
      return;
  }
}
