'use strict';
// Suite: how many diagnostics of each code `check` reports on the samples, on
// the real council papers in ../shared/real-papers (a folder beside the clone,
// in CI and on the team's machines: the councils' text, not kept in the
// repository; optional, and left out when absent) and on the generated corpora. Not a timing: it shows, change by change, how
// much each check says on text we wrote and on text councils published.
//
// Run as a suite by bench/run.js, or alone to compare two builds:
//   node bench/suites/code-counts.js [--cli PATH/TO/bin/committee-reports.js]

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { textTable, markdownTable } = require('../lib/table');

const ROOT = path.resolve(__dirname, '../..');
const REAL_PAPERS = path.resolve(ROOT, '..', 'shared', 'real-papers');

/** The document sets counted: [name, folder to run in, path to check]. Corpora come from the bench's manifest. */
function sets(corpora) {
  const list = [['samples', ROOT, 'samples']];
  if (fs.existsSync(REAL_PAPERS)) list.push(['real papers', REAL_PAPERS, '.']);
  for (const [name, corpus] of Object.entries(corpora ?? {})) list.push([name, corpus.dir, '.']);
  return list;
}

/** Counts per code of `check --format json` on one folder (exit 1 means errors were found, not a failure). */
function countCodes(cli, cwd, target) {
  let output;
  try {
    output = execFileSync(process.execPath, [cli, 'check', target, '--format', 'json'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  } catch (error) {
    if (error.status !== 1) throw error;
    output = error.stdout;
  }
  const result = JSON.parse(output);
  const counts = {};
  for (const file of result.files)
    for (const diagnostic of file.diagnostics) counts[diagnostic.code] = (counts[diagnostic.code] ?? 0) + 1;
  return { files: result.files.length, counts };
}

function measure(cli, corpora, log = () => undefined) {
  const results = [];
  for (const [name, cwd, target] of sets(corpora)) {
    const counted = countCodes(cli, cwd, target);
    log(
      `  ${name.padEnd(12)} ${String(counted.files).padStart(5)} files  ${Object.values(counted.counts).reduce((a, b) => a + b, 0)} diagnostics`,
    );
    results.push({ name, ...counted });
  }
  return results;
}

async function run(context) {
  return measure(path.join(ROOT, 'bin', 'committee-reports.js'), context.corpora, context.log);
}

function render(results) {
  const codes = [...new Set(results.flatMap((set) => Object.keys(set.counts)))].sort();
  const columns = [
    { title: 'Code' },
    ...results.map((set) => ({ title: `${set.name} (${set.files})`, align: 'right' })),
  ];
  const rows = codes.map((code) => [code, ...results.map((set) => String(set.counts[code] ?? 0))]);
  rows.push(['all codes', ...results.map((set) => String(Object.values(set.counts).reduce((a, b) => a + b, 0)))]);
  const note = fs.existsSync(REAL_PAPERS)
    ? 'Diagnostics of each code from `check --format json`; the number of files in brackets.'
    : 'Diagnostics of each code from `check --format json`; the number of files in brackets. ../shared/real-papers is not here, so it is not counted.';
  return { text: `${note}\n\n${textTable(columns, rows)}`, markdown: `${note}\n\n${markdownTable(columns, rows)}` };
}

if (require.main === module) {
  const at = process.argv.indexOf('--cli');
  const cli = at === -1 ? path.join(ROOT, 'bin', 'committee-reports.js') : path.resolve(process.argv[at + 1]);
  const corpusRoot = path.join(ROOT, 'bench', '.corpus');
  const corpora = {};
  for (const name of ['corpus-a', 'corpus-b'])
    if (fs.existsSync(path.join(corpusRoot, name))) corpora[name] = { dir: path.join(corpusRoot, name) };
  process.stdout.write(`${render(measure(cli, corpora)).text}\n`);
}

module.exports = { name: 'code-counts', title: 'Diagnostics by code', run, render };
