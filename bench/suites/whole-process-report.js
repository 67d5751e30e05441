'use strict';
// Renders the whole-process suite's result as text (terminal) and Markdown.

const format = require('../lib/format');
const { textTable, markdownTable } = require('../lib/table');
const { compare } = require('./whole-process');

const CORPUS_TITLES = { 'corpus-a': 'Corpus A', 'corpus-b': 'Corpus B' };

const TOOL_COLUMNS = [
  { title: 'Tool' },
  { title: 'Runs', align: 'right' },
  { title: 'Wall (median)', align: 'right' },
  { title: 'Min', align: 'right' },
  { title: 'Max', align: 'right' },
  { title: 'CPU (median)', align: 'right' },
  { title: 'Peak RSS (median)', align: 'right' },
  { title: 'Ours ÷ tool (medians)', align: 'right' },
  { title: 'Per-round ratios', align: 'right' },
  { title: 'Reported' },
];
const TARGET_COLUMNS = [{ title: 'Target' }, { title: 'Measured', align: 'right' }, { title: 'Result' }];

function toolRows(corpus) {
  return Object.entries(corpus.tools).map(([key, t]) => {
    if (!t.wall) {
      const why = key === 'ours' ? `pending: ${t.reason || t.status}` : `${t.status}: ${t.reason || ''}`;
      return [t.name, '0', '–', '–', '–', '–', '–', '–', '–', why];
    }
    const c = key === 'ours' ? undefined : compare(corpus, key);
    const status = t.status === 'ok' ? '' : ` (then ${t.status}: ${t.reason})`;
    return [
      t.name,
      ...format.measuredCells(t),
      key === 'ours' ? '1×' : format.ratio(c?.ratio),
      format.ratioRange(c?.perRound),
      `${t.output || ''}${status}`,
    ];
  });
}

function corpusHeading(name, stats) {
  return (
    `${CORPUS_TITLES[name] || name}: ${format.plural(stats.files, 'document')}, ` +
    `${format.plural(stats.lines, 'line')}, ${format.megabytes(stats.bytes)}`
  );
}

function render(result) {
  const text = [];
  const markdown = [];
  for (const [name, corpus] of Object.entries(result.corpora)) {
    const rows = toolRows(corpus);
    text.push(corpusHeading(name, corpus.stats), '', textTable(TOOL_COLUMNS, rows), '');
    markdown.push(`### ${corpusHeading(name, corpus.stats)}`, '', markdownTable(TOOL_COLUMNS, rows), '');
  }
  const targetRows = result.targets.map((t) => [t.label, t.measured, t.verdict]);
  text.push('Targets', '', textTable(TARGET_COLUMNS, targetRows));
  markdown.push('### Targets', '', markdownTable(TARGET_COLUMNS, targetRows));
  const rounds = `Rounds: ${result.rounds.completed} of ${result.rounds.planned}${result.stoppedEarly ? ` (${result.stoppedEarly})` : ''}.`;
  text.unshift(rounds, '');
  markdown.unshift(rounds, '');
  return { text: text.join('\n'), markdown: markdown.join('\n') };
}

module.exports = { render };
