import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KNOWN_ACRONYMS, wellKnownAcronymsMarkdown } from '../support/core';

describe('The README', () => {
  it('prints the well-known abbreviations exactly as the check knows them', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const block = /<!-- well-known-acronyms:start -->\n([\s\S]*?)\n<!-- well-known-acronyms:end -->/.exec(readme);
    assert.ok(block, 'the README has no well-known-acronyms block');
    const expected = wellKnownAcronymsMarkdown();
    assert.equal(block[1], expected, `Replace the README's well-known-acronyms block with:\n${expected}`);
    // Every abbreviation the check knows is printed, and nothing else.
    const printed = block[1]!.split('\n').flatMap((line) => line.replace(/^- [^:]+: /, '').replace(/\.$/, '').split(', '));
    assert.deepEqual(new Set(printed), KNOWN_ACRONYMS);
  });
});
