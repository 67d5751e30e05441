'use strict';
// What each check costs: corpus A is parsed once in a fresh process, then each
// check runs over every document on its own, three times; the median is kept.
// Run as a suite by bench/run.js, or directly: node bench/suites/check-costs.js --measure DIR

const path = require('node:path');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const { textTable, markdownTable } = require('../lib/table');

const ROOT = path.resolve(__dirname, '../..');
const REPETITIONS = 3;

function measure(dir) {
  const { Workspace, defaultConfig } = require(path.join(ROOT, 'server/out/core'));
  const { documentChecks } = require(path.join(ROOT, 'server/out/core/checks'));
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  const config = defaultConfig();
  const workspace = new Workspace(config);
  const parseStart = process.cpuUsage();
  for (const file of files) workspace.setDocument(`file:///${file}`, fs.readFileSync(path.join(dir, file), 'utf8'));
  const parseMs = process.cpuUsage(parseStart).user / 1000;
  const documents = files.map((file) => workspace.getDocument(`file:///${file}`));
  const rows = documentChecks.map((check) => {
    const times = [];
    let findings = 0;
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      findings = 0;
      const start = process.cpuUsage();
      for (const document of documents) check.run({ document, workspace, config }, () => findings++);
      times.push(process.cpuUsage(start).user / 1000);
    }
    times.sort((a, b) => a - b);
    return { code: check.code, ms: times[Math.floor(times.length / 2)], findings };
  });
  return { files: files.length, parseMs, rows };
}

async function run(context) {
  const corpus = context.corpora['corpus-a'];
  const output = execFileSync(process.execPath, [__filename, '--measure', corpus.dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const result = JSON.parse(output);
  for (const row of [...result.rows].sort((a, b) => b.ms - a.ms).slice(0, 5))
    context.log(`  ${row.code.padEnd(28)} ${row.ms.toFixed(0).padStart(5)} ms`);
  return result;
}

function render(result) {
  const total = result.rows.reduce((sum, row) => sum + row.ms, 0);
  const columns = [
    { title: 'Check' },
    { title: 'CPU (median of 3)', align: 'right' },
    { title: 'Share of checks', align: 'right' },
    { title: 'Findings', align: 'right' },
  ];
  const rows = [...result.rows]
    .sort((a, b) => b.ms - a.ms)
    .map((row) => [
      row.code,
      `${row.ms.toFixed(0)} ms`,
      `${((100 * row.ms) / total).toFixed(0)}%`,
      String(row.findings),
    ]);
  rows.push([
    'all checks',
    `${total.toFixed(0)} ms`,
    '100%',
    String(result.rows.reduce((sum, row) => sum + row.findings, 0)),
  ]);
  const note = `Corpus A, ${result.files} documents, parsed once (${result.parseMs.toFixed(0)} ms of CPU); each check then run alone over every document.`;
  return { text: `${note}\n\n${textTable(columns, rows)}`, markdown: `${note}\n\n${markdownTable(columns, rows)}` };
}

if (process.argv[2] === '--measure') process.stdout.write(JSON.stringify(measure(process.argv[3])));

module.exports = { name: 'check-costs', title: 'What each check costs', run, render };
