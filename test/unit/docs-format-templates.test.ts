import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommandLine } from '../support/command-line';

const START = '<!-- templates-table:start -->\n';
const END = '<!-- templates-table:end -->';

describe('docs/format.md', function () {
  this.timeout(30_000);

  it('prints the default templates’ sections exactly as committee-reports templates --format markdown does', () => {
    const format = fs.readFileSync(path.resolve(__dirname, '../../../docs/format.md'), 'utf8').replace(/\r\n/g, '\n');
    const from = format.indexOf(START);
    const to = format.indexOf(END);
    assert.ok(from !== -1 && to > from, `docs/format.md has no ${START.trim()} … ${END} block`);
    // An empty folder: no config, so the built-in templates.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-format-'));
    try {
      const run = runCommandLine(folder, ['templates', '--format', 'markdown']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(format.slice(from + START.length, to), run.stdout);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
