import type { TextEdit } from '../types';
import { LineIndex } from './line-index';

/**
 * The text after applying edits made against it, as an editor applies a
 * `WorkspaceEdit`: every range counts in the original text, and the edits do
 * not overlap. What lies outside them is kept as it was, line endings too.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      text: edit.newText,
    }))
    .sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.start) + span.text;
    at = span.end;
  }
  return result + text.slice(at);
}
