import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KNOWN_ACRONYMS, wellKnownAcronymsMarkdown } from '../support/core';

describe('docs/format.md', () => {
  it('prints the well-known abbreviations exactly as the check knows them', () => {
    const format = fs.readFileSync(path.resolve(__dirname, '../../../docs/format.md'), 'utf8');
    const block = /<!-- well-known-acronyms:start -->\n([\s\S]*?)\n<!-- well-known-acronyms:end -->/.exec(format);
    assert.ok(block, 'docs/format.md has no well-known-acronyms block');
    const expected = wellKnownAcronymsMarkdown();
    assert.equal(block[1], expected, `Replace the well-known-acronyms block in docs/format.md with:\n${expected}`);
    // Every abbreviation the check knows is printed, and nothing else.
    const printed = block[1]!.split('\n').flatMap((line) =>
      line
        .replace(/^- [^:]+: /, '')
        .replace(/\.$/, '')
        .split(', '),
    );
    assert.deepEqual(new Set(printed), KNOWN_ACRONYMS);
  });
});
