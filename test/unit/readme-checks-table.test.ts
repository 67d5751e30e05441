import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRegistry } from '../support/core';
import { DRAFT_SAMPLE, cleanSamples, makeWorkspace, readSample, uriOf } from './support';

const ROW = /^\| `([a-z-]+)` \| (error|warning|info) \| (.+?) \| ([^|]+) \|$/gm;

function readmeRows() {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  return [...readme.matchAll(ROW)].map((match) => ({
    code: match[1]!,
    defaultSeverity: match[2]!,
    description: match[3]!,
    quickFix: match[4]!,
  }));
}

describe('The README', () => {
  it('lists every check with its default severity and description, in registry order', () => {
    assert.deepEqual(
      readmeRows().map(({ code, defaultSeverity, description }) => ({ code, defaultSeverity, description })),
      checkRegistry.map(({ code, defaultSeverity, description }) => ({ code, defaultSeverity, description })),
    );
  });

  it('says for every check what its quick fix does, or why there can be none', () => {
    for (const { code, quickFix } of readmeRows()) {
      assert.match(quickFix, /^(?:No: .{10,}|[A-Z].{10,})\.$/, `${code}: '${quickFix}'`);
    }
  });

  it('says no quick fix only for checks that offer none, in the samples', () => {
    const samples = { ...cleanSamples(), [DRAFT_SAMPLE]: readSample(DRAFT_SAMPLE) };
    const { workspace } = makeWorkspace(samples);
    const fixed = new Set(
      Object.keys(samples).flatMap((name) =>
        workspace
          .diagnostics(uriOf(name))
          .filter((diagnostic) => (diagnostic.fixes ?? []).length > 0)
          .map((diagnostic) => diagnostic.code),
      ),
    );
    assert.ok(fixed.size > 3, `only ${[...fixed].join(', ')} offer fixes in the samples`);
    const saysNone = readmeRows().filter((row) => row.quickFix.startsWith('No:') && fixed.has(row.code));
    assert.deepEqual(saysNone, []);
  });
});
