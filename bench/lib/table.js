'use strict';
// Tables for the terminal (aligned columns) and for Markdown.
// columns: [{ title, align: 'left' | 'right' }]; rows: arrays of strings.

function textTable(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (value, i) =>
    columns[i].align === 'right' ? String(value).padStart(widths[i]) : String(value).padEnd(widths[i]);
  const line = (values) => values.map(cell).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(columns, rows) {
  const escape = (value) => String(value).replace(/\|/g, '\\|');
  const line = (values) => `| ${values.map(escape).join(' | ')} |`;
  return [
    line(columns.map((c) => c.title)),
    `|${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

module.exports = { textTable, markdownTable };
