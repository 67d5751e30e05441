#!/usr/bin/env node
'use strict';
// `npm run bench`: generates the corpora if needed, runs each benchmark suite,
// prints the results and writes them to bench/results/latest.md (and .json).
// Informational only: exits 0 whatever the figures; non-zero only on a crash
// (or 2 for a mistyped option). See bench/README.md.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { parseOptions, USAGE } = require('./lib/args');
const { ensureCorpora, GENERATOR_VERSION } = require('./corpus/generate');
const { killActive, hasGnuTime } = require('./lib/measure');

// A suite: { name, title, run(context) => result } and a renderer
// { render(result) => { text, markdown } }. Add new suites here.
const SUITES = [
  { suite: require('./suites/code-counts'), report: require('./suites/code-counts') },
  { suite: require('./suites/whole-process'), report: require('./suites/whole-process-report') },
  { suite: require('./suites/check-costs'), report: require('./suites/check-costs') },
  { suite: require('./suites/keystroke'), report: require('./suites/keystroke') },
  { suite: require('./suites/trace'), report: require('./suites/trace') },
  { suite: require('./suites/startup'), report: require('./suites/startup') },
  { suite: require('./suites/renumber'), report: require('./suites/renumber') },
  { suite: require('./suites/hostile'), report: require('./suites/hostile') },
  { suite: require('./suites/export'), report: require('./suites/export-report') },
];

const RESULTS_DIR = path.join(__dirname, 'results');

function machine() {
  const cpus = os.cpus();
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: __dirname,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    // not a git checkout, or no commits yet
  }
  return {
    cpus: `${cpus.length} × ${cpus[0] ? cpus[0].model.trim() : 'unknown CPU'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    commit,
  };
}

// Read every corpus file once so that the first timed run does not pay for a cold disk cache.
function warmCache(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) fs.readFileSync(path.join(entry.parentPath || entry.path, entry.name));
  }
}

function header(date, info, manifest, options) {
  const corpora = options.corpora
    .map((name) => {
      const c = manifest.corpora[name];
      return `${name} (${c.files} files, ${c.lines} lines)`;
    })
    .join(', ');
  return [
    `Date: ${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `Machine: ${info.cpus}, ${info.memory}, ${info.os}; load average at start ${info.loadAverage}`,
    `Node ${info.node}${info.commit ? `; commit ${info.commit}` : ''}; corpus generator v${GENERATOR_VERSION} (${manifest.sourceHash}): ${corpora}`,
    `Peak RSS: ${hasGnuTime() ? 'GNU time %M' : 'not measured (/usr/bin/time not found)'}`,
  ];
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const startedAt = Date.now();
  const log = (line) => process.stdout.write(`${line}\n`);
  const manifest = ensureCorpora({ force: options.regenerate, log });
  for (const name of options.corpora) warmCache(manifest.corpora[name].dir);
  const outputDir = path.join(RESULTS_DIR, 'output');
  fs.mkdirSync(outputDir, { recursive: true });
  const date = new Date();
  const info = machine();
  const lines = header(date, info, manifest, options);
  log(lines.join('\n'));
  const context = { options, log, startedAt, corpora: manifest.corpora, outputDir };
  const text = [];
  const markdown = ['# Benchmark results', '', ...lines.map((l) => `${l}  `), ''];
  const json = { date: date.toISOString(), machine: info, options, suites: {} };
  for (const { suite, report } of SUITES.filter(
    ({ suite }) => !options.suites || options.suites.includes(suite.name),
  )) {
    log(`\n${suite.title}`);
    const result = await suite.run(context);
    const rendered = report.render(result);
    text.push(`\n== ${suite.title} ==\n`, rendered.text);
    markdown.push(`## ${suite.title}`, '', rendered.markdown, '');
    json.suites[suite.name] = result;
  }
  log(text.join('\n'));
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), `${markdown.join('\n').trimEnd()}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  log(
    `\nWritten to ${path.relative(process.cwd(), path.join(RESULTS_DIR, 'latest.md'))} (${((Date.now() - startedAt) / 60000).toFixed(1)} minutes).`,
  );
}

process.on('SIGINT', () => {
  killActive();
  process.exit(130);
});

main().catch((error) => {
  killActive();
  process.stderr.write(`bench crashed: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
