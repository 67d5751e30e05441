import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureExists, runSuite, type TestOutcome } from './run-suite';
import { REPO, missingTools } from './tools';

/**
 * `node test/out/vscode/launcher/main.js`: the VS Code suite inside
 * code-server and Chromium (docs/architecture.md, "Tests"), twice:
 *   1. the extension from the sources (bundled), with every test and a screenshot;
 *   2. the packaged .vsix installed into a fresh code-server, with the @smoke tests.
 * Prints each test and ends with "N passed, N failed"; exits 1 on any failure.
 * Run under test/run.js, it also sends the counts to the parent.
 */
export const SCREENSHOT = path.join(REPO, 'test/vscode/screenshots/workbench.png');
const HOST_EXTENSION = path.join(REPO, 'test/vscode/host-extension');
/** As `npm run package` packages (package.json). */
const VSCE_PACKAGE_ARGUMENTS = [
  'package',
  '--no-dependencies',
  '--skip-license',
  '--allow-missing-repository',
  '--readme-path',
  'client/extension-readme.md',
];

async function main(): Promise<number> {
  const outcomes: TestOutcome[] = [];
  const missing = missingTools();
  if (missing) {
    outcomes.push({ title: 'VS Code can run here', state: 'failed', error: missing });
    return finish(outcomes, Date.now());
  }
  ensureExists(path.join(REPO, 'test/out/vscode/suite/index.js'), 'run "npx tsc -b" first');
  const started = Date.now();
  node(['scripts/bundle.js']);
  outcomes.push(
    ...(await phase('development', () =>
      runSuite({ name: 'development', extensionPath: REPO, screenshot: SCREENSHOT }),
    )),
  );

  const packaging = mkdtempSync(path.join(os.tmpdir(), 'committee-reports-vsix-'));
  try {
    outcomes.push(
      ...(await phase('installed .vsix', () => {
        const vsix = path.join(packaging, 'committee-reports.vsix');
        node(['scripts/bundle.js', '--release']);
        node([require.resolve('@vscode/vsce/vsce'), ...VSCE_PACKAGE_ARGUMENTS, '--out', vsix]);
        process.stdout.write(`  .vsix: ${(statSync(vsix).size / 1024).toFixed(0)} KiB\n`);
        return runSuite({ name: 'installed .vsix', extensionPath: HOST_EXTENSION, vsix, grep: '@smoke' });
      })),
    );
  } finally {
    rmSync(packaging, { recursive: true, force: true });
    // Leave a readable bundle for debugging, as `npm run bundle` makes.
    node(['scripts/bundle.js']);
  }
  return finish(outcomes, started);
}

/** One run of the suite; a run that cannot even start counts as one failure, with its reason. */
async function phase(name: string, run: () => Promise<TestOutcome[]>): Promise<TestOutcome[]> {
  const started = Date.now();
  try {
    const outcomes = await run();
    process.stdout.write(`  ${name}: ${outcomes.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return outcomes;
  } catch (error) {
    // execFileSync's error carries the command's own output, which says what went wrong.
    const output =
      error && typeof error === 'object' && 'stderr' in error
        ? `\n${String(error.stderr)}${'stdout' in error ? String(error.stdout) : ''}`
        : '';
    return [
      {
        title: `[${name}] the suite runs inside code-server`,
        state: 'failed',
        error: `${error instanceof Error ? error.message : String(error)}${output}`,
      },
    ];
  }
}

function node(args: string[]): void {
  execFileSync(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Hands the counts to test/run.js when it started us, then lets go of the channel so this process can end. */
function report(stats: { passes: number; failures: number; pending: number }): void {
  if (process.send) process.send({ stats }, () => process.disconnect());
}

function finish(outcomes: readonly TestOutcome[], started: number): number {
  for (const outcome of outcomes) {
    const mark = outcome.state === 'passed' ? '✓' : outcome.state === 'failed' ? '✗' : '-';
    process.stdout.write(`  ${mark} ${outcome.title}\n`);
    if (outcome.error) process.stdout.write(`      ${outcome.error.split('\n').join('\n      ')}\n`);
  }
  const count = (state: TestOutcome['state']) => outcomes.filter((outcome) => outcome.state === state).length;
  const stats = { passes: count('passed'), failures: count('failed'), pending: count('pending') };
  process.stdout.write(
    `\nVS Code suite: ${((Date.now() - started) / 1000).toFixed(1)} s\n${stats.passes} passed, ${stats.failures} failed\n`,
  );
  report(stats);
  return stats.failures > 0 || stats.passes === 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`VS Code suite: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    report({ passes: 0, failures: 1, pending: 0 });
    process.exitCode = 1;
  },
);
