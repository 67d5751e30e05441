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
import { applyChange, FILE_CHANGES, type FileChange } from './workspace-changes';

// The command line's modules are not exported from the package, so the compiled ones are loaded by path.
const CLI = path.resolve(__dirname, '../../../server/out/cli');
/* eslint-disable @typescript-eslint/no-require-imports */
const { runCheck } = require(path.join(CLI, 'check')) as typeof CheckModule;
const { runCheckWithCache } = require(path.join(CLI, 'check-cached')) as typeof CachedModule;
const { formatJson } = require(path.join(CLI, 'format-json')) as typeof JsonModule;
const { formatSarif } = require(path.join(CLI, 'format-sarif')) as typeof SarifModule;
const { formatText } = require(path.join(CLI, 'format-text')) as typeof TextModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** A change to the workspace, or a new build of the tool (which no cache written by another may survive). */
type Step = FileChange | { readonly kind: 'build' };

const step: fc.Arbitrary<Step> = fc.oneof(...FILE_CHANGES, {
  weight: 1,
  arbitrary: fc.constant({ kind: 'build' as const }),
});

function apply(root: string, change: Step): void {
  if (change.kind !== 'build') applyChange(root, change);
}

function printed(outcome: CheckOutcome): string {
  return [formatText(outcome, false), formatJson(outcome), formatSarif(outcome, '1'), outcome.warnings.join('\n')].join(
    '\n---\n',
  );
}

/** Every format at once, so a printout given again from the cache is held to each. */
const printing = {
  key: 'every format',
  print: (outcome: CheckOutcome) => Promise.resolve({ stdout: printed(outcome), warnings: [], exitCode: 0 }),
};

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
                const cached = (await runCheckWithCache(request, options, printing)).stdout;
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
