'use strict';
// Command-line options of `node bench/run.js`.

const { parseArgs } = require('node:util');

const CORPORA = ['corpus-a', 'corpus-b'];
// `--only export` runs the export suite alone, on corpus B and the sample copies;
// `--only renumber` the renumbering suite alone, on corpus A.
const ONLY = [...CORPORA, 'export', 'renumber'];

const USAGE = `Usage: node bench/run.js [options]     (npm run bench -- [options])

  --rounds N        timed rounds per tool and corpus (default 5)
  --quick           one round, for development (same as --rounds 1)
  --only WHAT       run one corpus only: ${CORPORA.join(' | ')}; or export: only
                    the export suite (ours against pandoc, .docx, HTML and
                    PDF, on 20 copies of the samples and on corpus B); or
                    renumber: only the language server renumbering one
                    document of corpus A with the documents citing it
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
  if (values.only !== undefined && !ONLY.includes(values.only)) {
    throw new Error(`--only takes ${ONLY.slice(0, -1).join(', ')} or ${ONLY.at(-1)}, not '${values.only}'`);
  }
  const exportOnly = values.only === 'export';
  const renumberOnly = values.only === 'renumber';
  return {
    help: values.help,
    rounds: values.quick ? 1 : Math.floor(positiveNumber('rounds', values.rounds, 5)),
    corpora: exportOnly ? ['corpus-b'] : renumberOnly ? ['corpus-a'] : values.only ? [values.only] : CORPORA,
    /** The suites to run by name; undefined means all of them. */
    suites: exportOnly ? ['export'] : renumberOnly ? ['renumber'] : undefined,
    timeoutMs: positiveNumber('timeout', values.timeout, 300) * 1000,
    budgetMs: positiveNumber('budget', values.budget, 14) * 60 * 1000,
    regenerate: values.regenerate,
    baseline: values.baseline,
  };
}

module.exports = { parseOptions, USAGE, CORPORA };
