'use strict';
// Runs one command as a whole process and measures it: wall-clock time (from
// spawn to exit, high resolution), peak resident set size (GNU time's %M, in
// KiB; worker threads included, as they share the process) and CPU time
// (%U + %S, user and system, all threads). stdout and stderr go to files. A
// run that overruns its time limit is killed with its whole process group.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const GNU_TIME = '/usr/bin/time';
const active = new Set();
let counter = 0;

function hasGnuTime() {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// GNU time writes "Command exited with non-zero status 1" first when it does.
function readTimeFile(file) {
  try {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const [rss, user, system] = lines[lines.length - 1].split(' ').map(Number);
    return {
      rssKiB: rss > 0 ? rss : undefined,
      cpuMs: Number.isFinite(user) && Number.isFinite(system) ? (user + system) * 1000 : undefined,
    };
  } catch {
    return {};
  } finally {
    fs.rmSync(file, { force: true });
  }
}

// Returns { wallMs, rssKiB?, cpuMs?, exitCode, signal, timedOut, error? }.
function runMeasured({ command, args, cwd, timeoutMs, stdoutFile, stderrFile }) {
  const withTime = hasGnuTime();
  const timeFile = path.join(os.tmpdir(), `committee-reports-bench-${process.pid}-${counter++}.time`);
  const file = withTime ? GNU_TIME : command;
  const argv = withTime ? ['-f', '%M %U %S', '-o', timeFile, command, ...args] : args;
  const out = fs.openSync(stdoutFile, 'w');
  const err = fs.openSync(stderrFile, 'w');
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    let timedOut = false;
    const child = spawn(file, argv, { cwd, stdio: ['ignore', out, err], detached: true });
    fs.closeSync(out);
    fs.closeSync(err);
    active.add(child);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    const finish = (result) => {
      clearTimeout(timer);
      active.delete(child);
      resolve({
        wallMs: Number(process.hrtime.bigint() - start) / 1e6,
        ...(withTime ? readTimeFile(timeFile) : {}),
        timedOut,
        ...result,
      });
    };
    child.on('error', (error) => finish({ exitCode: null, signal: null, error: error.message }));
    child.on('exit', (exitCode, signal) => finish({ exitCode, signal }));
  });
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// Kill every run still going (used on Ctrl-C).
function killActive() {
  for (const child of active) killGroup(child);
}

module.exports = { runMeasured, killActive, hasGnuTime };
