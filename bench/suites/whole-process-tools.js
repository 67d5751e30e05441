'use strict';
// The three tools the whole-process suite times, each run as `node <entry>`
// with cwd = the corpus folder: how to start it, which exit codes mean "ran
// fine", and how to summarise what it reported.

const fs = require('node:fs');
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

const TOOLS = [
  {
    key: 'ours',
    name: 'committee-reports',
    entry: path.join(ROOT, 'bin', 'committee-reports.js'),
    args: ['check', '.', '--format', 'json'],
    okExitCodes: [0, 1], // 1 = errors found in the documents
    summarise: (stdoutFile) => jsonSummary(stdoutFile),
  },
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
