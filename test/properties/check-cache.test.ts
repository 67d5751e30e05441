/**
 * `check --cache` never changes a result: over random sequences of edits
 * (words, definitions, references within and across documents, document
 * ids), renames, deletions, new files, config changes and new builds of the
 * tool, what a cached check prints (text, JSON and SARIF) is what `check`
 * prints, step after step, on one cache file.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import type * as CheckModule from '../../server/src/cli/check';
import type { CheckOutcome } from '../../server/src/cli/model';
import type * as CachedModule from '../../server/src/cli/check-cached';
import type * as JsonModule from '../../server/src/cli/format-json';
import type * as SarifModule from '../../server/src/cli/format-sarif';
import type * as TextModule from '../../server/src/cli/format-text';
import { parameters, timeout } from './support';

// The command line's modules are not exported from the package, so the compiled ones are loaded by path.
const CLI = path.resolve(__dirname, '../../../server/out/cli');
/* eslint-disable @typescript-eslint/no-require-imports */
const { runCheck } = require(path.join(CLI, 'check')) as typeof CheckModule;
const { runCheckWithCache } = require(path.join(CLI, 'check-cached')) as typeof CachedModule;
const { formatJson } = require(path.join(CLI, 'format-json')) as typeof JsonModule;
const { formatSarif } = require(path.join(CLI, 'format-sarif')) as typeof SarifModule;
const { formatText } = require(path.join(CLI, 'format-text')) as typeof TextModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const NAMES = ['a.report.md', 'b.report.md', 'c.minutes.md', 'sub/d.report.md'];
const IDS = ['alpha', 'beta', 'gamma'];

/** Words that change what a document says and what is found in it (a placeholder, an acronym), but not its links. */
const WORDS = ['Visits fell.', 'Costs rose. TBC', 'The SEND budget grew.', '[Insert the figures]', ''];

/** A small document: an id (or none: the file name gives it), definitions, and references here and to others. */
const documentText = fc
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

type Step =
  | { readonly kind: 'write'; readonly name: string; readonly text: string }
  | { readonly kind: 'words'; readonly name: string; readonly words: string }
  | { readonly kind: 'delete'; readonly name: string }
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  | { readonly kind: 'config'; readonly text: string | undefined }
  | { readonly kind: 'build' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('words' as const),
      name: fc.constantFrom(...NAMES),
      words: fc.constantFrom(...WORDS),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('write' as const), name: fc.constantFrom(...NAMES), text: documentText }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), name: fc.constantFrom(...NAMES) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      from: fc.constantFrom(...NAMES),
      to: fc.constantFrom(...NAMES),
    }),
  },
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
  { weight: 1, arbitrary: fc.constant({ kind: 'build' as const }) },
);

function apply(root: string, change: Step): void {
  const at = (name: string) => path.join(root, name);
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
    case 'build':
      return;
  }
}

function printed(outcome: CheckOutcome): string {
  return [formatText(outcome, false), formatJson(outcome), formatSarif(outcome, '1'), outcome.warnings.join('\n')].join(
    '\n---\n',
  );
}

describe('check --cache over random sequences of changes', function () {
  this.timeout(timeout(120_000));

  // Files written a moment ago have no settled stamp, so every run reads them: a clock some seconds
  // ahead lets the runs trust the stamps, as they do for files last changed before today.
  for (const [clock, now] of [
    ['with the real clock', undefined],
    ['with every file settled', () => Date.now() + 60_000],
  ] as const) {
    it(`prints exactly what check prints after every step, ${clock}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-cache-'));
          try {
            const location = path.join(root, 'node_modules/.cache/committee-reports/check.json');
            let build = 0;
            for (const change of steps) {
              apply(root, change);
              if (change.kind === 'build') build++;
              const request = { root, paths: ['.'] };
              const expected = printed(runCheck(request));
              // The first run brings the cache up to date; the second takes all it can from it.
              for (const run of ['first', 'second']) {
                const options = { location, identity: `build ${build}`, ...(now ? { now } : {}) };
                const cached = printed(await runCheckWithCache(request, options));
                assert.equal(cached, expected, `${run} cached run after ${JSON.stringify(change)}`);
              }
            }
          } finally {
            fs.rmSync(root, { recursive: true, force: true });
          }
        }),
        parameters(60),
      );
    });
  }
});
