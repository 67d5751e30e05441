#!/usr/bin/env node
'use strict';
/**
 * Runs the compiled tests (test/out, built by `tsc -b`) one suite per top
 * folder, each in its own child process so a crash or leaked global in one
 * cannot hide another's results. Prints each suite with the spec reporter and
 * ends with one line: "N passed, N failed" (", N skipped" when any are pending).
 * Exits 1 when anything failed or when no test ran at all.
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
const SUITE_ORDER = ['unit', 'scenarios', 'cli', 'protocol'];
/** Top folders that do not run under plain mocha (the VS Code suite runs inside VS Code). */
const NOT_HERE = new Set(['vscode', 'support']);
/** The VS Code suite's launcher: it runs the suite inside code-server and reports like a suite (test/vscode). */
const VSCODE_LAUNCHER = path.join(COMPILED_TESTS, 'vscode', 'launcher', 'main.js');
const CHILD_FLAG = '--run-suite';
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
    process.stderr.write(`test/run.js: suite ${process.argv[3]} could not run: ${error && error.stack ? error.stack : error}\n`);
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
  for (const suite of suites) {
    const outside = OUTSIDE_FOLDERS[suite];
    if (outside && !fs.existsSync(outside) && !process.env.CI) {
      process.stdout.write(`\n=== ${suite} ===\nleft out: ${outside} is not beside this repository (it is in CI and on the team's machines)\n`);
      continue;
    }
    process.stdout.write(`\n=== ${suite} ===\n`);
    const stats = await runSuiteInChild(suite);
    total.passes += stats.passes;
    total.failures += stats.failures;
    total.pending += stats.pending;
  }
  const skipped = total.pending > 0 ? `, ${total.pending} skipped` : '';
  process.stdout.write(`\n${total.passes} passed, ${total.failures} failed${skipped}\n`);
  return total.failures > 0 || total.passes + total.failures === 0 ? 1 : 0;
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
  return fs
    .readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(folder, file));
}

/** Runs one suite in a child; a child that dies without reporting counts as one failure. */
function runSuiteInChild(suite) {
  return new Promise((resolve) => {
    let stats;
    const child =
      suite === 'vscode'
        ? fork(VSCODE_LAUNCHER, [], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] })
        : fork(module.filename, [CHILD_FLAG, suite], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => {
      if (message && (message.type === 'stats' || suite === 'vscode') && message.stats) stats = message.stats;
    });
    child.on('error', (error) => {
      process.stderr.write(`test/run.js: could not start suite ${suite}: ${error.message}\n`);
    });
    child.on('exit', (code, signal) => {
      if (stats === undefined) {
        process.stdout.write(`suite ${suite} ended (${signal || `exit code ${code}`}) without reporting results: counted as 1 failure\n`);
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
