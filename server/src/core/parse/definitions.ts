import type { LineIndex } from '../text/line-index';
import type { ProseBlock } from './markdown';

/** A finding, recommendation, resolution or other ID defined by a leading bold ID. */
export interface Definition {
  readonly id: string;
  readonly kind: string;
  readonly number: number;
  /** Offsets of the bold marker `**F1**` (or `**F1.**`). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the ID itself, `F1`, which a rename replaces. */
  readonly idStart: number;
  readonly idEnd: number;
  /** The lines the definition's text covers: its paragraph, list item or heading's section. */
  readonly extent: { readonly startLine: number; readonly endLine: number };
  /** The definition's words after the ID, on one line. */
  readonly text: string;
  readonly block: 'paragraph' | 'list-item' | 'heading';
}

const LEADING_ID = /^\*\*([A-Z]{1,3})([1-9]\d*)[.:]?\*\*/;

export function findDefinitions(
  prose: readonly ProseBlock[],
  sectionEnd: (headingIndex: number) => number,
  lines: LineIndex,
  kinds: ReadonlyMap<string, string>,
): Definition[] {
  const definitions: Definition[] = [];
  for (const block of prose) {
    if (block.content.charCodeAt(0) !== 42 /* * */) continue;
    const match = LEADING_ID.exec(block.content);
    if (!match || !kinds.has(match[1]!)) continue;
    const lineStart = lines.lineStart(block.startLine);
    const column = lines.lineText(block.startLine).indexOf(match[0]);
    if (column === -1) continue;
    const start = lineStart + column;
    const id = `${match[1]}${match[2]}`;
    const headingIndex = block.headingIndex;
    const extent =
      headingIndex !== undefined
        ? { startLine: block.startLine, endLine: sectionEnd(headingIndex) }
        : (block.listItem ?? { startLine: block.startLine, endLine: block.endLine });
    definitions.push({
      id,
      kind: match[1]!,
      number: Number(match[2]),
      start,
      end: start + match[0].length,
      idStart: start + 2,
      idEnd: start + 2 + id.length,
      extent,
      text: block.content
        .slice(match[0].length)
        .replace(/^[\s\u2013\u2014:.-]+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
      block: headingIndex !== undefined ? 'heading' : block.listItem ? 'list-item' : 'paragraph',
    });
  }
  return definitions;
}
