/**
 * The language server's kept index never changes a result: over random
 * sequences of edits (words, definitions, references within and across
 * documents, document ids), renames, deletions, new files and config
 * changes made on disk between two sessions, a server started from the
 * index the last session left publishes exactly what a server started
 * without one publishes, each document's diagnostics once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { assertSameAsCold, startAndStop } from '../protocol/support';
import { parameters, timeout } from './support';

const NAMES = ['a.report.md', 'b.report.md', 'c.minutes.md', 'sub/d.report.md'];
const IDS = ['alpha', 'beta', 'gamma'];
const WORDS = ['Visits fell.', 'Costs rose. TBC', 'The SEND budget grew.', '[Insert the figures]', ''];

/** A small document: an id (or none: the file name gives it), definitions, and references here and to others. */
const documentText = fc
  .record({
    id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    definitions: fc.uniqueArray(fc.constantFrom('F1', 'F2', 'R1', 'R2'), { maxLength: 3 }),
    references: fc.array(
      fc.tuple(fc.option(fc.constantFrom(...IDS), { nil: undefined }), fc.constantFrom('F1', 'F2', 'R1', 'R9')),
      { maxLength: 3 },
    ),
    words: fc.constantFrom(...WORDS),
  })
  .map(({ id, definitions, references, words }) => {
    const cites = references.map(([document, target]) => `[${document ? `${document}:` : ''}${target}]`).join(' ');
    const body = definitions.map((definition) => `**${definition}** ${words} ${cites}`.trim()).join('\n\n');
    return `---\n${id ? `id: ${id}\n` : ''}title: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n## Summary\n\n${words}\n\n${body}\n`;
  });

type Step =
  | { readonly kind: 'write'; readonly name: string; readonly text: string }
  | { readonly kind: 'words'; readonly name: string; readonly words: string }
  | { readonly kind: 'delete'; readonly name: string }
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  | { readonly kind: 'config'; readonly text: string | undefined };

const name = fc.constantFrom(...NAMES);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('words' as const), name, words: fc.constantFrom(...WORDS) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), name, text: documentText }) },
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
);

function apply(root: string, change: Step): void {
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

describe('The language server’s kept index over random sequences of changes between sessions', function () {
  // Two servers started per step.
  this.timeout(timeout(240_000));

  it('starts with exactly the diagnostics of a start without the index, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(documentText, { minLength: 1, maxLength: NAMES.length }),
        fc.array(step, { minLength: 1, maxLength: 4 }),
        async (texts, steps) => {
          const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-index-'));
          const indexFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-index-store-'));
          const withIndex = { initializationOptions: { indexFolder } };
          try {
            texts.forEach((text, index) => apply(root, { kind: 'write', name: NAMES[index]!, text }));
            await startAndStop(root, withIndex);
            for (const change of steps) {
              apply(root, change);
              await assertSameAsCold(root, await startAndStop(root, withIndex));
            }
          } finally {
            fs.rmSync(root, { recursive: true, force: true });
            fs.rmSync(indexFolder, { recursive: true, force: true });
          }
        },
      ),
      parameters(12),
    );
  });
});
