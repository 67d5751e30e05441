'use strict';
// The three tools the whole-process suite times, each run as `node <entry>`
// with cwd = the corpus folder: how to start it, which exit codes mean "ran
// fine", and how to summarise what it reported.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const format = require('../lib/format');

const ROOT = path.resolve(__dirname, '..', '..');

function jsonSummary(stdoutFile) {
  const { summary } = JSON.parse(fs.readFileSync(stdoutFile, 'utf8'));
  return (
    `${format.plural(summary.files, 'file')}: ${format.plural(summary.errors, 'error')}, ` +
    `${format.plural(summary.warnings, 'warning')}, ${format.plural(summary.infos, 'info')}`
  );
}

function markdownlintSummary(stdoutFile, stderrFile) {
  const text = `${fs.readFileSync(stdoutFile, 'utf8')}\n${fs.readFileSync(stderrFile, 'utf8')}`;
  const match = /Summary: (\d+) issues? in (\d+) files?/.exec(text);
  return match ? `${format.plural(match[1], 'issue')} in ${format.plural(match[2], 'file')}` : 'no summary printed';
}

const OURS = path.join(ROOT, 'bin', 'committee-reports.js');

/** Where a cached tool keeps its cache for a corpus: outside the corpus, so no other tool reads it. */
function cacheFile(corpusDir, key) {
  return path.join(os.tmpdir(), 'committee-reports-bench', `${path.basename(corpusDir)}.${key}.json`);
}

/** A run of ours with --cache, its cache made (warm) before the rounds by one run of its own. */
function cached(key, name, hooks = {}) {
  return {
    key,
    name,
    entry: OURS,
    args: (corpusDir) => ['check', '.', '--format', 'json', '--cache-location', cacheFile(corpusDir, key)],
    okExitCodes: [0, 1],
    summarise: (stdoutFile) => jsonSummary(stdoutFile),
    prepare(corpusDir) {
      const dir = hooks.workDir?.(corpusDir) ?? corpusDir;
      fs.rmSync(cacheFile(dir, key), { force: true });
      hooks.prepare?.(corpusDir);
      // Exit 1 means errors found in the documents, as in every timed run.
      const warm = spawnSync(process.execPath, [OURS, ...this.args(dir)], { cwd: dir, stdio: 'ignore' });
      if (!this.okExitCodes.includes(warm.status))
        throw new Error(`${name}: the run making its cache failed (exit ${warm.status})`);
    },
    workDir: hooks.workDir,
    beforeRun: hooks.beforeRun,
    finish: hooks.finish,
  };
}

/**
 * The "one changed" run works on a copy of the corpus of its own, so its
 * edits never reach the other tools (with one document, corpus B, the
 * "nothing changed" run would otherwise find its only document changed).
 * Before each run it edits the copy's first report: a new last paragraph of
 * words, different each time (so it tells the others what it told them
 * before, as most edits do). The copy is removed at the end.
 */
function editedCopy(corpusDir) {
  return path.join(os.tmpdir(), 'committee-reports-bench', `${path.basename(corpusDir)}-one-changed`);
}

const edited = new Map();
function editedDocument(corpusDir) {
  const name = fs
    .readdirSync(corpusDir, { recursive: true })
    .filter((file) => String(file).endsWith('.report.md'))
    .sort()[0];
  return path.join(corpusDir, String(name));
}

/** Waits, without a timer, for files just written to be older than the stamps `check --cache` trusts (2 s). */
function letStampsSettle() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_100);
}

const TOOLS = [
  {
    key: 'ours',
    name: 'committee-reports',
    entry: OURS,
    args: ['check', '.', '--format', 'json'],
    okExitCodes: [0, 1], // 1 = errors found in the documents
    summarise: (stdoutFile) => jsonSummary(stdoutFile),
  },
  cached('ours-cached', 'committee-reports --cache, nothing changed'),
  cached('ours-one-changed', 'committee-reports --cache, one document changed', {
    workDir: editedCopy,
    prepare(corpusDir) {
      const copy = editedCopy(corpusDir);
      fs.rmSync(copy, { recursive: true, force: true });
      fs.cpSync(corpusDir, copy, { recursive: true });
      letStampsSettle();
      const file = editedDocument(copy);
      edited.set(copy, { file, text: fs.readFileSync(file, 'utf8'), runs: 0 });
    },
    beforeRun(copy) {
      const state = edited.get(copy);
      state.runs++;
      fs.writeFileSync(state.file, `${state.text}\nEdited for the bench, run ${state.runs}.\n`);
    },
    finish(copy) {
      fs.rmSync(copy, { recursive: true, force: true });
    },
  }),
  {
    key: 'mdls',
    name: 'markdown-languageservice',
    entry: path.join(__dirname, '..', 'peers', 'markdown-languageservice.js'),
    args: ['.'],
    okExitCodes: [0],
    summarise: (stdoutFile) => jsonSummary(stdoutFile),
  },
  {
    key: 'markdownlint',
    name: 'markdownlint-cli2',
    entry: path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'),
    args: ['**/*.md'],
    okExitCodes: [0, 1], // 1 = issues found
    summarise: markdownlintSummary,
  },
];

/** The tools for this run: the three above, and another build of ours when `--baseline` names one. */
function toolsFor(options) {
  if (!options.baseline) return TOOLS;
  return [
    ...TOOLS,
    { ...TOOLS[0], key: 'baseline', name: 'committee-reports (baseline)', entry: path.resolve(options.baseline) },
  ];
}

// Why a tool cannot run at all, or undefined when it can.
function unavailable(tool) {
  return fs.existsSync(tool.entry) ? undefined : `${path.relative(ROOT, tool.entry)} not found`;
}

module.exports = { TOOLS, toolsFor, unavailable, ROOT };
