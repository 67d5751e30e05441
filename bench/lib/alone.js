'use strict';
// Runs one suite on its own (node bench/suites/NAME.js [--quick] [--rounds N]),
// with the corpora and the output folder bench/run.js gives it among the others.

const fs = require('node:fs');
const path = require('node:path');

function runAlone(run, render) {
  const { parseOptions } = require('./args');
  const { ensureCorpora } = require('../corpus/generate');
  const options = parseOptions(process.argv.slice(2));
  const log = (line) => process.stdout.write(`${line}\n`);
  const manifest = ensureCorpora({ force: options.regenerate, log });
  const outputDir = path.join(__dirname, '..', 'results', 'output');
  fs.mkdirSync(outputDir, { recursive: true });
  run({ options, log, startedAt: Date.now(), corpora: manifest.corpora, outputDir }).then((result) =>
    log(`\n${render(result).text}`),
  );
}

module.exports = { runAlone };
