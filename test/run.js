#!/usr/bin/env node
'use strict';
/**
 * Runs the compiled tests (test/out, built by `tsc -b`) one suite per top
 * folder, each in its own child process so a crash or leaked global in one
 * cannot hide another's results. Prints each suite with the spec reporter and
 * ends with one line: "N passed, N failed" (", N skipped" when any are pending).
 * Exits 1 when anything failed or when no test ran at all.
 *
 * A suite whose tools are not installed here (see SUITE_TOOLS) is left out,
 * and so are cases a suite leaves out itself (the hostile suite's permission
 * cases, where the tools cannot run as another user); each is named, with why
 * and how to install what it needs, above the last line. Under CI (CI set)
 * nothing is left out: a suite runs without its tools, and fails.
 *
 * Each suite runs in a process group of its own, and is stopped (the whole
 * group, the servers its tests started included) and counted as failed when
 * it runs longer than its time limit (SUITE_TIME_LIMIT_SECONDS overrides it).
 *
 *   node test/run.js            every suite
 *   node test/run.js cli unit   only these suites
 *   node test/run.js vscode     only the VS Code suite (inside code-server)
 */
const { fork } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const COMPILED_TESTS = path.join(__dirname, 'out');
/** Suites run in this order; other top folders follow alphabetically. */
const SUITE_ORDER = ['unit', 'scenarios', 'cli', 'protocol', 'export'];
/** Top folders that do not run under plain mocha (the VS Code suite runs inside VS Code). */
const NOT_HERE = new Set(['vscode', 'support']);
/** The VS Code suite's launcher: it runs the suite inside code-server and reports like a suite (test/vscode). */
const VSCODE_LAUNCHER = path.join(COMPILED_TESTS, 'vscode', 'launcher', 'main.js');
const CHILD_FLAG = '--run-suite';
const REPOSITORY = path.resolve(__dirname, '..');
const INSTALL_TOOLS =
  'bash scripts/install-test-tools.sh, as root or where sudo asks no password (npm test runs it first; its note above says what it could not install, and why)';
/**
 * What a suite needs beyond node_modules, each as a name and a test of
 * whether it is here. (The unit suite's grammar tests need only VS Code's
 * grammars, which scripts/install-test-tools.sh installs without root.)
 */
const SUITE_TOOLS = {
  vscode: [
    // Its install script builds lib/vscode/node_modules; without it, code-server cannot start.
    [
      'code-server in .tools',
      () => fs.existsSync(path.join(REPOSITORY, '.tools/node_modules/code-server/lib/vscode/node_modules')),
    ],
    ['Chromium (/usr/bin/chromium)', () => canRun('/usr/bin/chromium')],
  ],
  editors: [['Neovim (nvim)', () => onPath('nvim')]],
  // axe-core checks the exported pages in a real browser, which also prints them to PDF; LibreOffice opens the Word files.
  export: [
    ['Chromium (/usr/bin/chromium)', () => canRun('/usr/bin/chromium')],
    ['LibreOffice (soffice)', () => onPath('soffice')],
    // poppler reads the PDFs Chromium and LibreOffice print.
    ['pdfinfo (poppler-utils)', () => onPath('pdfinfo')],
    ['pdftotext (poppler-utils)', () => onPath('pdftotext')],
  ],
};
/** How long a suite may run before it is stopped and counted as failed: far beyond what each needs. */
const TIME_LIMIT_SECONDS = { vscode: 30 * 60, default: 15 * 60 };
/**
 * Suites that read a folder beside the repository: real council papers are the
 * councils' text, kept outside it, in `../shared/real-papers` in CI and on the
 * team's machines. The folder is optional elsewhere: where it is absent (a
 * user's own clone) the suite is left out, and the run says so; under CI it
 * must be there, so the suite runs and fails.
 */
const OUTSIDE_FOLDERS = { 'real-papers': path.resolve(__dirname, '..', '..', 'shared', 'real-papers') };

if (process.argv[2] === CHILD_FLAG) {
  runSuiteInThisProcess(process.argv[3]).catch((error) => {
    process.stderr.write(
      `test/run.js: suite ${process.argv[3]} could not run: ${error && error.stack ? error.stack : error}\n`,
    );
    process.exitCode = 1;
  });
} else {
  runAllSuites(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`test/run.js: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 1;
    },
  );
}

async function runAllSuites(requested) {
  const all = [...findSuites(), ...(fs.existsSync(VSCODE_LAUNCHER) ? ['vscode'] : [])];
  const suites = all.filter((suite) => requested.length === 0 || requested.includes(suite));
  const unknown = requested.filter((name) => !all.includes(name));
  if (unknown.length > 0) process.stderr.write(`test/run.js: no compiled tests for ${unknown.join(', ')} (skipped)\n`);

  const total = { passes: 0, failures: 0, pending: 0 };
  /** What was left out, and why, as lines for the end of the run. */
  const leftOut = [];
  for (const suite of suites) {
    process.stdout.write(`\n=== ${suite} ===\n`);
    const why = process.env.CI ? undefined : whyLeftOut(suite);
    if (why) {
      process.stdout.write(`left out: ${why}\n`);
      leftOut.push(`${suite}: ${why}`);
      continue;
    }
    const stats = await runSuiteInChild(suite, (what, reason) =>
      leftOut.push(`${suite}, the cases "${what}": ${reason}`),
    );
    total.passes += stats.passes;
    total.failures += stats.failures;
    total.pending += stats.pending;
  }
  if (leftOut.length > 0) process.stdout.write(`\nLeft out:\n${leftOut.map((line) => `  - ${line}`).join('\n')}\n`);
  const skipped = total.pending > 0 ? `, ${total.pending} skipped` : '';
  process.stdout.write(`\n${total.passes} passed, ${total.failures} failed${skipped}\n`);
  return total.failures > 0 || total.passes + total.failures === 0 ? 1 : 0;
}

/** Why a suite cannot run here, as a sentence, or undefined when it can. */
function whyLeftOut(suite) {
  const outside = OUTSIDE_FOLDERS[suite];
  if (outside && !fs.existsSync(outside))
    return `${outside} is not beside this repository (it is in CI and on the team's machines)`;
  const missing = (SUITE_TOOLS[suite] || []).filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length === 0) return undefined;
  return `it needs ${missing.join(' and ')}, not installed here; install with ${INSTALL_TOOLS}`;
}

function onPath(command) {
  return (process.env.PATH || '')
    .split(path.delimiter)
    .some((folder) => folder !== '' && canRun(path.join(folder, command)));
}

function canRun(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Top folders of test/out holding at least one *.test.js, in run order. */
function findSuites() {
  if (!fs.existsSync(COMPILED_TESTS)) return [];
  const folders = fs
    .readdirSync(COMPILED_TESTS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_HERE.has(entry.name))
    .map((entry) => entry.name)
    .filter((folder) => testFilesIn(folder).length > 0);
  const rank = (folder) => (SUITE_ORDER.includes(folder) ? SUITE_ORDER.indexOf(folder) : SUITE_ORDER.length);
  return folders.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function testFilesIn(suite) {
  const folder = path.join(COMPILED_TESTS, suite);
  return (
    fs
      .readdirSync(folder, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.test.js'))
      // tsc -b leaves the output of a moved or deleted test behind: run only those whose source is still there.
      .filter((file) => fs.existsSync(path.join(__dirname, suite, file.replace(/\.js$/, '.ts'))))
      .sort()
      .map((file) => path.join(folder, file))
  );
}

/**
 * Runs one suite in a child, in a process group of its own; a child that dies
 * without reporting counts as one failure, and so does one that outruns its
 * time limit, which is then stopped with everything it started.
 * `onLeftOut(what, why)` hears of cases the suite leaves out.
 */
function runSuiteInChild(suite, onLeftOut) {
  return new Promise((resolve) => {
    let stats;
    const options = { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true };
    const child =
      suite === 'vscode' ? fork(VSCODE_LAUNCHER, [], options) : fork(module.filename, [CHILD_FLAG, suite], options);
    const stopGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    // In a group of its own, the suite no longer hears the terminal's Ctrl-C: pass it on, then end.
    const interrupted = (signal) => {
      stopGroup('SIGKILL');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
    const seconds =
      Number(process.env.SUITE_TIME_LIMIT_SECONDS) || TIME_LIMIT_SECONDS[suite] || TIME_LIMIT_SECONDS.default;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.stdout.write(
        `\nsuite ${suite} ran longer than its limit of ${seconds} s: stopping it and everything it started\n`,
      );
      stopGroup('SIGTERM');
      setTimeout(() => stopGroup('SIGKILL'), 5000).unref();
    }, seconds * 1000);
    child.on('message', (message) => {
      if (message && message.type === 'left-out') onLeftOut(message.what, message.why);
      else if (message && (message.type === 'stats' || suite === 'vscode') && message.stats) stats = message.stats;
    });
    child.on('error', (error) => {
      process.stderr.write(`test/run.js: could not start suite ${suite}: ${error.message}\n`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
      // Whatever its tests started and left running goes with it.
      stopGroup('SIGKILL');
      if (timedOut) {
        process.stdout.write(
          `suite ${suite} was stopped after ${seconds} s: counted as 1 failure${stats ? ' on top of its results' : ''}\n`,
        );
        resolve({
          passes: stats ? stats.passes : 0,
          failures: (stats ? stats.failures : 0) + 1,
          pending: stats ? stats.pending : 0,
        });
      } else if (stats === undefined) {
        process.stdout.write(
          `suite ${suite} ended (${signal || `exit code ${code}`}) without reporting results: counted as 1 failure\n`,
        );
        resolve({ passes: 0, failures: 1, pending: 0 });
      } else {
        resolve(stats);
      }
    });
  });
}

async function runSuiteInThisProcess(suite) {
  const mochaModule = require('mocha');
  const Mocha = mochaModule.Mocha || mochaModule.default || mochaModule;
  const mocha = new Mocha({ reporter: 'spec', timeout: 10000 });
  for (const file of testFilesIn(suite)) mocha.addFile(file);
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => {
      const { passes, failures, pending } = runner.stats;
      resolve({ passes, failures, pending });
    });
  });
  await new Promise((resolve) => process.send({ type: 'stats', stats }, resolve));
  // Reported: end now, so a handle a test left open cannot hang the run, once output is flushed.
  process.disconnect();
  process.stdout.write('', () => process.exit(0));
}
