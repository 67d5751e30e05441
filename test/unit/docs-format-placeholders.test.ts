import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLACEHOLDER_TABLE_HEADER, placeholderFormsTable } from './placeholder-forms-table';

describe('docs/format.md', () => {
  it("lists the placeholder forms exactly as the core's list gives them", () => {
    const lines = fs.readFileSync(path.resolve(__dirname, '../../../docs/format.md'), 'utf8').split('\n');
    const start = lines.indexOf(PLACEHOLDER_TABLE_HEADER);
    assert.notEqual(start, -1, `docs/format.md has no table starting ${PLACEHOLDER_TABLE_HEADER}`);
    let end = start;
    while (end < lines.length && lines[end]!.startsWith('|')) end++;
    assert.equal(lines.slice(start, end).join('\n'), placeholderFormsTable());
  });
});
