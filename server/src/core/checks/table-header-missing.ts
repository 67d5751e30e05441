import MarkdownIt from 'markdown-it';
import type { ParsedDocument } from '../document';
import { offsetsRange } from '../document-positions';
import type { Finding } from '../types';
import type { DocumentCheck } from './check';

export const tableHeaderMissing: DocumentCheck = {
  code: 'table-header-missing',
  defaultSeverity: 'warning',
  description:
    'A table has no header row: its first row or one of its header cells is empty, or an HTML table has no th cells.',
  run({ document }, report) {
    markdownTables(document, report);
    htmlTables(document, report);
  },
};

/**
 * The core's parse reads GitHub tables as paragraph lines (`parse/markdown.ts`);
 * the export renders them as tables. So a paragraph line followed by a line that
 * looks like a delimiter row (`|---|:--|`) is read again, those two lines only,
 * by markdown-it with tables on: the same rule the export uses decides whether
 * they start a table, and what its header cells hold.
 */
let tableParser: MarkdownIt | undefined;

/** Made when the first table is met: making a parser costs a few milliseconds a run that has no table need not pay. */
function parserForTables(): MarkdownIt {
  if (!tableParser) {
    tableParser = new MarkdownIt('commonmark').enable('table');
    tableParser.core.ruler.disable(['normalize', 'inline', 'text_join']);
  }
  return tableParser;
}

function markdownTables(document: ParsedDocument, report: (finding: Finding) => void): void {
  const { lines, markdown } = document;
  // A header row holds a `|`: a paragraph without one holds no table. The search moves on through the text once.
  let nextPipe = -1;
  let readTo = 0;
  for (const block of markdown.prose) {
    if (block.kind !== 'paragraph') continue;
    const blockStart = lines.lineStart(block.startLine);
    if (nextPipe < blockStart) nextPipe = lines.text.indexOf('|', blockStart);
    if (nextPipe === -1) return;
    if (block.endLine < lines.lineCount && nextPipe >= lines.lineStart(block.endLine)) continue;
    // Rows of a table found run on while they hold a `|`: a body row of dashes under an empty one starts no table.
    let inTable = false;
    for (let line = Math.max(block.startLine + 1, readTo); line < block.endLine; line++) {
      const text = lines.lineText(line);
      if (inTable && text.includes('|')) continue;
      inTable = false;
      if (!looksLikeDelimiterRow(text)) continue;
      const header = headerCells(lines.lineText(line - 1), text);
      if (!header) continue;
      reportHeader(document, line - 1, header, report);
      inTable = true;
    }
    readTo = block.endLine;
  }
}

/** Block quote markers and indentation before a table row: they are not part of the row. */
function rowStart(text: string): number {
  let at = 0;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) at++;
  return at;
}

/** Only `|`, `-`, `:` and spaces, starting with one of the first three, with at least one `-`. */
function looksLikeDelimiterRow(text: string): boolean {
  const start = rowStart(text);
  if (start === text.length || ' \t'.includes(text[start]!)) return false;
  let dash = false;
  for (let at = start; at < text.length; at++) {
    const character = text[at]!;
    if (character === '-') dash = true;
    else if (!'|: \t'.includes(character)) return false;
  }
  return dash;
}

/** The header cells' text when the two lines start a table, else undefined. */
function headerCells(headerLine: string, delimiterLine: string): string[] | undefined {
  const text = `${headerLine.slice(rowStart(headerLine))}\n${delimiterLine.slice(rowStart(delimiterLine))}\n`;
  const tokens = parserForTables().parse(text, {});
  const cells: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.type === 'th_open') cells.push(tokens[index + 1]?.content ?? '');
    if (tokens[index]!.type === 'thead_close') return cells;
  }
  return undefined;
}

function reportHeader(
  document: ParsedDocument,
  line: number,
  cells: readonly string[],
  report: (finding: Finding) => void,
): void {
  const { lines } = document;
  const text = lines.lineText(line);
  const lineStart = lines.lineStart(line);
  if (cells.every((cell) => cell.trim() === '')) {
    report({
      range: offsetsRange(document, lineStart + rowStart(text), lineStart + text.trimEnd().length),
      message:
        "This table's header row is empty, so a screen reader cannot say what each column holds: write a heading " +
        'for each column in the first row. A table used only for layout reads better as paragraphs or a list.',
    });
    return;
  }
  const spans = cellSpans(text);
  cells.forEach((cell, column) => {
    if (cell.trim() !== '') return;
    // The cell with the pipes around it, so that an empty cell still shows; the whole row if the split disagrees.
    const span = spans.length === cells.length ? spans[column]! : { start: rowStart(text), end: text.trimEnd().length };
    report({
      range: offsetsRange(document, lineStart + span.start, lineStart + span.end),
      message: `The header of column ${column + 1} of this table is empty: write what the column holds, so that a screen reader can say it.`,
    });
  });
}

/**
 * Each header cell's span in the line, the pipes around it included, split
 * as markdown-it splits a row: at each `|` not escaped by a backslash, the
 * empty pieces before a leading and after a trailing pipe dropped.
 */
function cellSpans(text: string): { start: number; end: number }[] {
  const start = rowStart(text);
  const end = text.trimEnd().length;
  const pipes: number[] = [];
  for (let at = start; at < end; at++) if (text[at] === '|' && text[at - 1] !== '\\') pipes.push(at);
  const spans: { start: number; end: number }[] = [];
  let from = start;
  for (const pipe of [...pipes, end]) {
    spans.push({ start: from === start ? from : from - 1, end: Math.min(pipe + 1, end) });
    from = pipe + 1;
  }
  if (pipes[0] === start) spans.shift();
  if (pipes.at(-1) === end - 1) spans.pop();
  return spans;
}

/**
 * An HTML `<table>` without a `<th>` before its `</table>`. A table may run
 * over several HTML blocks (a blank line inside it ends one), so the blocks
 * are read in order as one stream of tags; nested tables count with the
 * outermost. Comments are passed over: a commented-out table is no table.
 */
function htmlTables(document: ParsedDocument, report: (finding: Finding) => void): void {
  const { lines, markdown } = document;
  let open: { start: number; end: number; hasHeader: boolean; depth: number } | undefined;
  for (const block of markdown.htmlBlocks) {
    const blockStart = lines.lineStart(block.startLine);
    const text = lines.textOfLines(block.startLine, block.endLine);
    let nextClose = -1;
    for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
      if (text.startsWith('<!--', at)) {
        const close = text.indexOf('-->', at + 4);
        if (close === -1) break;
        at = close + 2;
        continue;
      }
      const closing = text[at + 1] === '/';
      const name = tagName(text, at + (closing ? 2 : 1));
      if (name === 'th' && !closing && open) open.hasHeader = true;
      else if (name === 'table' && !closing) {
        if (open) open.depth++;
        else {
          // Each search for a tag's `>` starts past the last: `<table<table…` stays linear.
          if (nextClose < at) nextClose = text.indexOf('>', at);
          const end = nextClose === -1 ? text.length : nextClose + 1;
          open = { start: blockStart + at, end: blockStart + end, hasHeader: false, depth: 1 };
        }
      } else if (name === 'table' && closing && open && --open.depth === 0) {
        if (!open.hasHeader) reportHtmlTable(document, open, report);
        open = undefined;
      }
    }
  }
  if (open && !open.hasHeader) reportHtmlTable(document, open, report);
}

/** The tag name starting at `at`, in small letters, if it is one of the two this check reads. */
function tagName(text: string, at: number): 'table' | 'th' | undefined {
  for (const name of ['table', 'th'] as const) {
    const after = text[at + name.length];
    if (text.slice(at, at + name.length).toLowerCase() === name && (after === undefined || /[\s/>]/.test(after)))
      return name;
  }
  return undefined;
}

function reportHtmlTable(
  document: ParsedDocument,
  table: { start: number; end: number },
  report: (finding: Finding) => void,
): void {
  report({
    range: offsetsRange(document, table.start, table.end),
    message:
      'This HTML table has no header cells (<th>), so a screen reader cannot say what each column holds: make the ' +
      'cells of its first row <th>, or write it as a Markdown table, whose first row is the header.',
  });
}
