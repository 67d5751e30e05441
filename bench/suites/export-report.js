'use strict';
// Renders the export suite's result as text (terminal) and Markdown.

const format = require('../lib/format');
const { textTable, markdownTable } = require('../lib/table');
const { FORMATS } = require('./export-tools');

const COLUMNS = [
  { title: 'Format' },
  { title: 'Tool' },
  { title: 'Runs', align: 'right' },
  { title: 'Wall (median)', align: 'right' },
  { title: 'Min', align: 'right' },
  { title: 'Max', align: 'right' },
  { title: 'CPU (median)', align: 'right' },
  { title: 'Peak RSS (median)', align: 'right' },
  { title: 'Ours ÷ pandoc (medians)', align: 'right' },
  { title: 'Per-round ratios', align: 'right' },
  { title: 'Output' },
];
const TARGET_COLUMNS = [{ title: 'Target' }, { title: 'Measured', align: 'right' }, { title: 'Result' }];

function rows(corpus) {
  const list = [];
  for (const { key, title, peer } of FORMATS) {
    const states = corpus.formats[key];
    const c = corpus.ratios[key];
    for (const state of Object.values(states)) {
      if (!state.wall) {
        list.push([
          title,
          state.name,
          '0',
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
          '–',
          `${state.status}: ${state.reason || ''}`,
        ]);
        continue;
      }
      const ours = state.key === 'ours';
      const then = state.status === 'ok' ? '' : ` (then ${state.status}: ${state.reason})`;
      list.push([
        title,
        ours && !peer ? `${state.name} (no peer)` : state.name,
        ...format.measuredCells(state),
        ours ? (peer ? '1×' : '–') : format.ratio(c?.ratio),
        ours ? '–' : format.ratioRange(c?.perRound),
        `${state.output || ''}${then}`,
      ]);
    }
  }
  return list;
}

function heading(corpus) {
  const s = corpus.stats;
  return `${corpus.title}: ${format.plural(s.files, 'document')}, ${format.plural(s.lines, 'line')}, ${format.megabytes(s.bytes)}`;
}

function render(result) {
  const notes = [
    `Rounds: ${result.rounds.completed} of ${result.rounds.planned}${result.stoppedEarly ? ` (${result.stoppedEarly})` : ''}.`,
    `Peer: ${result.pandoc.version ?? `not run, ${result.pandoc.missing}`}; one pandoc process per document, ` +
      'its time the sum of them and its peak RSS the largest; ours exports all the documents in one process (--force).',
  ];
  for (const [key, f] of Object.entries(result.formats)) {
    if (!f.available) notes.push(`${key}: ${f.reason}, so not timed (${f.detail}).`);
  }
  const text = [...notes, ''];
  const markdown = [...notes.map((n) => `${n}  `), ''];
  for (const corpus of Object.values(result.corpora)) {
    const table = rows(corpus);
    text.push(heading(corpus), '', textTable(COLUMNS, table), '');
    markdown.push(`### ${heading(corpus)}`, '', markdownTable(COLUMNS, table), '');
  }
  const targets = result.targets.map((t) => [t.label, t.measured, t.verdict]);
  text.push('Targets', '', textTable(TARGET_COLUMNS, targets));
  markdown.push('### Targets', '', markdownTable(TARGET_COLUMNS, targets));
  return { text: text.join('\n'), markdown: markdown.join('\n') };
}

module.exports = { render };
