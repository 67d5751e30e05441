'use strict';
// Command-line options of `node bench/run.js`.

const { parseArgs } = require('node:util');

const CORPORA = ['corpus-a', 'corpus-b'];

const USAGE = `Usage: node bench/run.js [options]     (npm run bench -- [options])

  --rounds N        timed rounds per tool and corpus (default 5)
  --quick           one round, for development (same as --rounds 1)
  --only CORPUS     run one corpus only: ${CORPORA.join(' | ')}
  --timeout S       kill a single run after S seconds (default 300)
  --budget M        stop starting new rounds once the next one would end
                    after M minutes in all (default 14)
  --regenerate      regenerate the corpora even if they are current
  --baseline FILE   also time another build's bin/committee-reports.js in the
                    same rounds (a clone of an earlier commit, built), so a
                    change is compared with what came before it
  --help            show this help
`;

function positiveNumber(name, value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, not '${value}'`);
  return n;
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      timeout: { type: 'string' },
      budget: { type: 'string' },
      regenerate: { type: 'boolean', default: false },
      baseline: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.only !== undefined && !CORPORA.includes(values.only)) {
    throw new Error(`--only takes ${CORPORA.join(' or ')}, not '${values.only}'`);
  }
  return {
    help: values.help,
    rounds: values.quick ? 1 : Math.floor(positiveNumber('rounds', values.rounds, 5)),
    corpora: values.only ? [values.only] : CORPORA,
    timeoutMs: positiveNumber('timeout', values.timeout, 300) * 1000,
    budgetMs: positiveNumber('budget', values.budget, 14) * 60 * 1000,
    regenerate: values.regenerate,
    baseline: values.baseline,
  };
}

module.exports = { parseOptions, USAGE, CORPORA };
