import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'test/scenarios/shared-examples');
const REPORT = 'school-transport-task-group.report.md';
const MINUTES = 'cyp-scrutiny-2026-03-12.minutes.md';
/** A report whose findings run F1, F4, F3, F5, and minutes citing it by lists and ranges: the CLI's golden case. */
const RENUMBER_CASE = path.join(ROOT, 'test/renumber-golden/gaps-lists-and-ranges');

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

interface SeenRenumbering {
  before: string[];
  after: string[];
  action: { title: string; files: string[] } | null;
  texts: Record<string, string>;
  errors: string[];
}

interface Seen {
  diagnostics: { code: string; line: number; message: string }[];
  definition: { uri: string; line: number; character: number } | null;
  export: { written?: string } | null;
  semantic_tokens: number[] | null;
  legend: { tokenTypes: string[]; tokenModifiers: string[] } | null;
  fix: { title: string; line: string } | null;
  symbols: { name: string; kind: number }[];
  errors: string[];
}

/** LSP's encoded semantic tokens as [line, character, length, type, modifiers] with absolute positions. */
function decodeTokens(data: readonly number[]): number[][] {
  const tokens: number[][] = [];
  let line = 0;
  let character = 0;
  for (let at = 0; at + 4 < data.length; at += 5) {
    line += data[at]!;
    character = data[at] === 0 ? character + data[at + 1]! : data[at + 1]!;
    tokens.push([line, character, data[at + 2]!, data[at + 3]!, data[at + 4]!]);
  }
  return tokens;
}

/**
 * Runs Neovim headless, without the user's configuration, on one of the Lua
 * drivers beside this file, with the server started on `folder` and `file`
 * open; returns what the driver wrote to its result file.
 */
function runNeovim<T>(driver: string, folder: string, file: string, env: Record<string, string> = {}): T {
  const resultPath = path.join(folder, 'result.json');
  const run = spawnSync(
    'nvim',
    ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(ROOT, 'test/editors', driver)}`],
    {
      encoding: 'utf8',
      timeout: 50_000,
      env: {
        ...process.env,
        CR_SERVER: path.join(ROOT, 'bin/committee-reports-language-server.js'),
        CR_ROOT: folder,
        CR_FILE: path.join(folder, file),
        CR_RESULT: resultPath,
        // The server keeps its index of the workspace in the user's cache folder: here, the test's own.
        XDG_CACHE_HOME: path.join(folder, '.cache'),
        ...env,
      },
    },
  );
  assert.ok(fs.existsSync(resultPath), `Neovim wrote no result (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(fs.readFileSync(resultPath, 'utf8')) as T;
}

describe('Neovim, a real LSP client other than VS Code', function () {
  this.timeout(60_000);

  before(function () {
    // CI installs Neovim (.ci/run); on a machine without it the test says so rather than passing.
    if (!hasNeovim()) {
      if (process.env['CI']) throw new Error('Neovim (nvim) is not installed, and CI must run this test');
      this.skip();
    }
  });

  it('opens minutes, shows their unresolved reference, jumps from a reference to the finding in the report, reads the outline’s kinds, gets semantic tokens, exports them to Word, and applies a quick fix', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-nvim-'));
    try {
      const minutes =
        fs.readFileSync(path.join(EXAMPLES, MINUTES), 'utf8').replace(':R1]', ':R9]') +
        '\nTaken together [school-transport-tg-2026:F3-F1].\n';
      fs.writeFileSync(path.join(folder, MINUTES), minutes);
      const report = fs.readFileSync(path.join(EXAMPLES, REPORT), 'utf8');
      fs.writeFileSync(path.join(folder, REPORT), report);
      const lines = minutes.split('\n');
      const referenceLine = lines.findIndex((line) => line.includes('school-transport-tg-2026:F3]'));
      const seen = runNeovim<Seen>('neovim-client.lua', folder, MINUTES, {
        CR_DEF_LINE: String(referenceLine),
        CR_DEF_COLUMN: String(lines[referenceLine]!.indexOf(':F3]') + 1),
      });
      assert.deepEqual(seen.errors, []);
      const backwards = lines.findIndex((line) => line.includes(':F3-F1]'));
      assert.deepEqual(seen.diagnostics.map((d) => [d.code, d.line]).sort(), [
        ['ref-malformed', backwards],
        ['ref-unresolved', lines.findIndex((line) => line.includes(':R9]'))],
      ]);
      assert.match(
        seen.diagnostics.find((d) => d.code === 'ref-unresolved')!.message,
        /R9 is not defined in school-transport-tg-2026/,
      );
      const f3Definition = report.split('\n').findIndex((line) => line.startsWith('**F3**'));
      assert.deepEqual(seen.definition, {
        uri: pathToFileURL(path.join(folder, REPORT)).href,
        line: f3Definition,
        character: 2,
      });
      // The broken reference R9 is deprecated (modifier 2), the working F3 a plain enumMember, each where it is written.
      assert.deepEqual(seen.legend, {
        tokenTypes: ['enumMember', 'namespace'],
        tokenModifiers: ['declaration', 'deprecated'],
      });
      const tokens = decodeTokens(seen.semantic_tokens ?? []);
      const r9 = lines.findIndex((line) => line.includes(':R9]'));
      assert.deepEqual(
        tokens.find(([line, character]) => line === r9 && character === lines[r9]!.indexOf(':R9]') + 1),
        [r9, lines[r9]!.indexOf(':R9]') + 1, 2, 0, 2],
      );
      const f3 = lines[referenceLine]!.indexOf(':F3]') + 1;
      assert.deepEqual(
        tokens.find(([line, character]) => line === referenceLine && character === f3),
        [referenceLine, f3, 2, 0, 0],
      );
      // Sections are strings (15) and resolutions constants (14) in Neovim's outline, as in VS Code's.
      const kindOf = (name: string) => seen.symbols.find((symbol) => symbol.name.startsWith(name))?.kind;
      assert.equal(kindOf('Declarations of Interest'), 15, JSON.stringify(seen.symbols));
      assert.equal(kindOf('R1'), 14, JSON.stringify(seen.symbols));
      assert.deepEqual(seen.fix, {
        title: 'Write the range as F1-F3',
        line: 'Taken together [school-transport-tg-2026:F1-F3].',
      });
      const word = path.join(folder, 'export', MINUTES.replace('.minutes.md', '.docx'));
      assert.deepEqual(seen.export, { written: pathToFileURL(word).href });
      assert.equal(fs.readFileSync(word).subarray(0, 2).toString('latin1'), 'PK');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('renumbers a report and the minutes citing it through the code action on its id-sequence problem, as Neovim applies a workspace edit', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-nvim-'));
    try {
      const files = fs.readdirSync(path.join(RENUMBER_CASE, 'before'));
      // A clock (two UTF-16 units, four UTF-8 bytes) before the report's references: the edit's columns count UTF-16.
      const withClock = (stage: string, name: string) =>
        fs.readFileSync(path.join(RENUMBER_CASE, stage, name), 'utf8').replace('at 5pm', 'at 5pm \u{1F554}');
      for (const name of files) fs.writeFileSync(path.join(folder, name), withClock('before', name));
      const seen = runNeovim<SeenRenumbering>('neovim-renumber.lua', folder, 'plan.report.md');
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.action, {
        title: 'Renumber findings and recommendations in this document',
        files: files.map((name) => path.join(fs.realpathSync(folder), name)).sort(),
      });
      // Both buffers, the minutes too (Neovim loads a file the edit names), exactly as the CLI writes them.
      assert.deepEqual(seen.texts, Object.fromEntries(files.map((name) => [name, withClock('after', name)])));
      assert.ok(seen.before.includes('id-sequence'), JSON.stringify(seen.before));
      assert.deepEqual(
        seen.after,
        seen.before.filter((code) => code !== 'id-sequence'),
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
