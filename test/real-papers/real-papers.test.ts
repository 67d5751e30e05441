/**
 * Real council papers, checked as published: `../shared/real-papers`, a
 * folder beside the clone that CI and the team's machines have, holds papers
 * councils published, converted to the format, and `expected.json`, what a
 * careful reviewer would flag (`mustFind`) and where a diagnostic would be a
 * false alarm (`mustNotFind`). The papers stay there, not here: they are the
 * councils' text. Outside CI the folder is optional: `test/run.js` leaves this
 * suite out, and says so, where it is absent; under CI its absence fails.
 *
 * The folder is checked by the built command line, as an officer would run
 * it, so every step from reading the files to the JSON output is the real one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCommandLine } from '../support/command-line';

export const REAL_PAPERS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'real-papers');

interface Expected {
  readonly files: readonly string[];
  readonly mustFind: readonly { path: string; line: number; code: string; note?: string }[];
  readonly mustNotFind: readonly { path: string; line: number; codes?: readonly string[]; note?: string }[];
}

interface JsonDiagnostic {
  readonly line: number;
  readonly endLine: number;
  readonly code: string;
  readonly message: string;
}

interface JsonOutput {
  readonly files: readonly { path: string; diagnostics: readonly JsonDiagnostic[] }[];
}

describe('Real council papers (../shared/real-papers)', function () {
  this.timeout(60_000);

  if (!fs.existsSync(path.join(REAL_PAPERS, 'expected.json'))) {
    // test/run.js runs this suite without the folder only under CI, where the folder must be there.
    it('finds the real papers beside the repository', () => {
      assert.fail(`${REAL_PAPERS} with its expected.json is not there: CI and every developer's machine must have it`);
    });
    return;
  }

  const expected = JSON.parse(fs.readFileSync(path.join(REAL_PAPERS, 'expected.json'), 'utf8')) as Expected;
  let byFile: Map<string, readonly JsonDiagnostic[]>;

  before(() => {
    const run = runCommandLine(REAL_PAPERS, ['check', '.', '--format', 'json'], { timeoutMs: 60_000 });
    assert.ok(run.status === 0 || run.status === 1, `check exited ${run.status}: ${run.stderr}`);
    const output = JSON.parse(run.stdout) as JsonOutput;
    byFile = new Map(output.files.map((file) => [file.path, file.diagnostics]));
  });

  const shown = (diagnostics: readonly JsonDiagnostic[]) =>
    diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`).join('\n') || '(none)';

  it('checks every paper the expectations name', () => {
    for (const file of expected.files) assert.ok(byFile.has(file), `${file} was not checked`);
  });

  describe('what a reviewer would flag is found', () => {
    for (const wanted of expected.mustFind) {
      it(`${wanted.code} on line ${wanted.line} of ${path.basename(wanted.path)}`, () => {
        const diagnostics = byFile.get(wanted.path) ?? [];
        const onLine = diagnostics.filter((diagnostic) => diagnostic.line === wanted.line);
        assert.ok(
          onLine.some((diagnostic) => diagnostic.code === wanted.code),
          `expected ${wanted.code} on line ${wanted.line} (${wanted.note ?? ''}); that line has:\n${shown(onLine)}`,
        );
      });
    }
  });

  describe('no false alarm where a reviewer would stay quiet', () => {
    for (const quiet of expected.mustNotFind) {
      const codes = quiet.codes && quiet.codes.length > 0 ? quiet.codes : undefined;
      it(`nothing${codes ? ` of ${codes.join(', ')}` : ''} on line ${quiet.line} of ${path.basename(quiet.path)}`, () => {
        const diagnostics = byFile.get(quiet.path) ?? [];
        const onLine = diagnostics.filter(
          (diagnostic) => diagnostic.line <= quiet.line && quiet.line <= diagnostic.endLine,
        );
        const wrong = onLine.filter((diagnostic) => codes === undefined || codes.includes(diagnostic.code));
        assert.deepEqual(
          wrong.map((d) => `${d.line}: ${d.code}: ${d.message}`),
          [],
          `a false alarm (${quiet.note ?? ''})`,
        );
      });
    }
  });
});
