import type { ParsedDocument } from '../document';
import type { LineIndex } from '../text/line-index';
import type { Diagnostic } from '../types';
import type { SemanticTokenKind } from './semantic-token-legend';

/** A run of text on one line that an editor colours as what it is. */
export interface SemanticToken {
  readonly line: number;
  /** In UTF-16 code units, as LSP counts. */
  readonly character: number;
  readonly length: number;
  readonly kind: SemanticTokenKind;
}

/** The diagnostics that say a reference does not lead anywhere: where one lies, the reference is drawn as broken. */
export const BROKEN_REFERENCE_CODES: ReadonlySet<string> = new Set([
  'ref-unresolved',
  'ref-unknown-document',
  'ref-malformed',
]);

interface Span {
  readonly start: number;
  readonly end: number;
  kind: SemanticTokenKind;
}

/**
 * The semantic tokens of a document, in order: each definition's ID, each
 * reference's written IDs and document id (wherever the bracket wraps), the
 * text of each heading, and what a malformed reference's diagnostic covers.
 * A reference or document id is broken where one of `diagnostics` (the
 * document's own, as published) of a BROKEN_REFERENCE_CODES code lies on it,
 * so the colour agrees with the underline. No token spans a line; none
 * overlap (a heading's text is cut around the IDs in it). Linear in the text.
 */
export function semanticTokens(document: ParsedDocument, diagnostics: readonly Diagnostic[]): SemanticToken[] {
  const broken = brokenSpans(document.lines, diagnostics);
  const ids = idSpans(document, diagnostics);
  markBroken(ids, broken);
  return onLines(document.lines, merge(ids, headingSpans(document, ids)));
}

/** Where the broken-reference diagnostics lie, as sorted, disjoint offset spans. */
function brokenSpans(lines: LineIndex, diagnostics: readonly Diagnostic[]): { start: number; end: number }[] {
  const spans = diagnostics
    .filter((diagnostic) => BROKEN_REFERENCE_CODES.has(diagnostic.code))
    .map(({ range }) => ({ start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/**
 * Definitions' and references' IDs, references' document ids, and malformed
 * references' text (which names no ID the scan could read), sorted and
 * without overlaps: `[doc:F1, F2]` names its document once for both IDs.
 */
function idSpans(document: ParsedDocument, diagnostics: readonly Diagnostic[]): Span[] {
  const spans: Span[] = [];
  for (const definition of document.definitions)
    spans.push({ start: definition.idStart, end: definition.idEnd, kind: 'definition' });
  for (const reference of document.references) {
    if (reference.prefixStart !== -1)
      spans.push({ start: reference.prefixStart, end: reference.prefixEnd, kind: 'document-id' });
    // An ID inside a range (F2 of F1-F3) is not written: there is nothing to colour.
    if (reference.idStart !== -1) spans.push({ start: reference.idStart, end: reference.idEnd, kind: 'reference' });
  }
  const { lines } = document;
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'ref-malformed') continue;
    const span = withinBrackets(
      lines.text,
      lines.offsetAt(diagnostic.range.start),
      lines.offsetAt(diagnostic.range.end),
    );
    spans.push({ ...span, kind: 'broken-reference' });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let keptEnd = -1;
  for (const span of spans) {
    if (span.end <= span.start || span.start < keptEnd) continue;
    kept.push(span);
    keptEnd = span.end;
  }
  return kept;
}

/** A malformed reference's text without its brackets and the spaces inside them: `F3-F1` of `[ F3-F1 ]`. */
function withinBrackets(text: string, start: number, end: number): { start: number; end: number } {
  if (text[start] === '[' && text[end - 1] === ']') {
    start++;
    end--;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** References and document ids a broken-reference diagnostic lies on become broken (both lists sorted). */
function markBroken(spans: Span[], broken: readonly { start: number; end: number }[]): void {
  let at = 0;
  for (const span of spans) {
    if (span.kind !== 'reference' && span.kind !== 'document-id') continue;
    while (at < broken.length && broken[at]!.end <= span.start) at++;
    const over = broken[at];
    if (!over || over.start >= span.end) continue;
    span.kind = span.kind === 'reference' ? 'broken-reference' : 'broken-document-id';
  }
}

/** Block quote and list markers before a heading's text, and the indentation between them. */
const CONTAINER_MARKS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const ATX_OPENING = /^#{1,6}[ \t]*/;
/** An ATX heading's closing sequence (`## Title ##`), or a heading of nothing but hashes. */
const ATX_CLOSING = /(?:^|[ \t]+)#+[ \t]*$/;

/**
 * Each heading's text, line by line, without its `#` marks, the markers of
 * what holds it, or a closing sequence; cut around the IDs in it.
 */
function headingSpans(document: ParsedDocument, ids: readonly Span[]): Span[] {
  const { lines } = document;
  const spans: Span[] = [];
  let at = 0;
  const add = (start: number, end: number) => {
    while (at < ids.length && ids[at]!.end <= start) at++;
    let cursor = start;
    for (let next = at; next < ids.length && ids[next]!.start < end; next++) {
      if (ids[next]!.start > cursor) spans.push({ start: cursor, end: ids[next]!.start, kind: 'heading' });
      cursor = Math.max(cursor, ids[next]!.end);
    }
    if (cursor < end) spans.push({ start: cursor, end, kind: 'heading' });
  };
  for (const heading of document.headings) {
    const atx = heading.endLine === heading.lastTextLine + 1;
    for (let line = heading.line; line <= heading.lastTextLine; line++) {
      const lineStart = lines.lineStart(line);
      let text = lines.lineText(line);
      let from = CONTAINER_MARKS.exec(text)![0].length;
      if (atx) {
        from += ATX_OPENING.exec(text.slice(from))?.[0].length ?? 0;
        text = text.slice(0, from) + text.slice(from).replace(ATX_CLOSING, '');
      }
      const to = text.trimEnd().length;
      if (to > from) add(lineStart + from, lineStart + to);
    }
  }
  return spans;
}

/** Two sorted lists of spans that do not overlap, as one sorted list. */
function merge(a: readonly Span[], b: readonly Span[]): Span[] {
  const merged: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

/** Sorted spans as tokens, each cut at the ends of the lines it crosses; lines are found by walking forward once. */
function onLines(lines: LineIndex, spans: readonly Span[]): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  let line = 0;
  for (const span of spans) {
    let start = span.start;
    while (start < span.end) {
      while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= start) line++;
      const lineStart = lines.lineStart(line);
      const end = Math.min(span.end, lines.lineEnd(line));
      if (end > start) tokens.push({ line, character: start - lineStart, length: end - start, kind: span.kind });
      if (line + 1 >= lines.lineCount) break;
      start = Math.max(end, lines.lineStart(line + 1));
    }
  }
  return tokens;
}
