import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { fileAppears } from './file-appears';
import {
  GREP_VARIABLE,
  RESULTS_FILE_VARIABLE,
  SCREENSHOT_TAKEN_SUFFIX,
  SCREENSHOT_VARIABLE,
  type SuiteResults,
} from './results';

/**
 * The entry point VS Code calls with `extensionTestsPath`, under
 * @vscode/test-electron on a laptop or code-server here. It runs every
 * *.test.js beside it and, when the launcher asked for it, writes the results
 * to a file: under code-server the exit status does not reach the launcher.
 */
export async function run(): Promise<void> {
  const grep = process.env[GREP_VARIABLE];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, file));
  const tests: SuiteResults['tests'][number][] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) =>
      tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
    );
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? error.message }),
    );
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
  });
  const results: SuiteResults = {
    passes: tests.filter((test) => test.state === 'passed').length,
    failures: tests.filter((test) => test.state === 'failed').length,
    pending: tests.filter((test) => test.state === 'pending').length,
    tests,
  };
  const file = process.env[RESULTS_FILE_VARIABLE];
  if (file) {
    // Written whole and then renamed, so the launcher never reads half a file.
    writeFileSync(`${file}.partial`, JSON.stringify(results, null, 2));
    renameSync(`${file}.partial`, file);
    // VS Code shuts the extension host (and the language server) down when run() returns:
    // hold the workbench as the tests left it until the launcher has its screenshot.
    // Not appearing within the limit means the launcher died: VS Code must still close.
    if (process.env[SCREENSHOT_VARIABLE]) await fileAppears(`${file}${SCREENSHOT_TAKEN_SUFFIX}`, 120_000);
  }
  if (failures > 0) throw new Error(`${failures} VS Code test(s) failed`);
}
