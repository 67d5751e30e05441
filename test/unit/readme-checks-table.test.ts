import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRegistry } from '../support/core';

describe('The README', () => {
  it('lists every check with its default severity and description, in registry order', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \| (.+) \|$/gm)].map((match) => ({
      code: match[1],
      defaultSeverity: match[2],
      description: match[3],
    }));
    assert.deepEqual(
      rows,
      checkRegistry.map(({ code, defaultSeverity, description }) => ({ code, defaultSeverity, description })),
    );
  });
});
