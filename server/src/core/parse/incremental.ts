import type { LineIndex } from '../text/line-index';
import {
  blockIndexOf,
  makeStructure,
  parseLines,
  type HeadingBlock,
  type LinkDefinition,
  type MarkdownStructure,
  type ProseBlock,
} from './markdown';

/** Where two versions of a text differ, in lines. Lines before `firstLine` are the same in both; old line `oldEnd + k` is new line `newEnd + k`. */
export interface LineChange {
  readonly firstLine: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** How far text after the change moved, in characters. */
  readonly offsetDelta: number;
}

/** The lines an edit changed, or undefined when the texts are the same. Generous by a line each side, so line endings split by the edit count as changed. */
export function changedLines(before: LineIndex, after: LineIndex): LineChange | undefined {
  const a = before.text;
  const b = after.text;
  if (a === b) return undefined;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  // Compare in chunks first: slices compare far faster than characters one by one.
  for (let step = 4096; step >= 1; step >>= 4) {
    while (prefix + step <= shorter && a.slice(prefix, prefix + step) === b.slice(prefix, prefix + step))
      prefix += step;
  }
  let suffix = 0;
  const most = shorter - prefix;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (
      suffix + step <= most &&
      a.slice(a.length - suffix - step, a.length - suffix) === b.slice(b.length - suffix - step, b.length - suffix)
    )
      suffix += step;
  }
  const firstLine = before.positionAt(Math.max(0, prefix - 1)).line;
  const oldEnd = before.positionAt(a.length - suffix).line + 1;
  const newEnd = after.positionAt(b.length - suffix).line + 1;
  return { firstLine, oldEnd, newEnd, offsetDelta: b.length - a.length };
}

/** A re-parsed structure, and the lines it re-parsed: new lines `from` to `to` (old lines `from` to `to - lineDelta`). */
export interface MarkdownUpdate {
  readonly markdown: MarkdownStructure;
  readonly from: number;
  readonly to: number;
  readonly lineDelta: number;
}

/**
 * Re-parses only the top-level blocks an edit can reach and keeps the rest of
 * `previous`, moved by the lines the edit added or removed. The parse starts
 * at a top-level block before the change that follows a blank line (or at the
 * body's first line), where no earlier block can see the changed lines, and
 * stops at the first top-level block after the change that follows a blank
 * line and started a top-level block in the old parse too: from there on the
 * text, and so the parse, is the old one. Undefined when `previous` was not
 * made here or the change reaches into the lines before the body.
 */
export function updateMarkdown(
  previous: MarkdownStructure,
  change: LineChange,
  lines: LineIndex,
  bodyStartLine: number,
): MarkdownUpdate | undefined {
  const index = blockIndexOf(previous);
  if (!index || change.firstLine < bodyStartLine) return undefined;
  const starts = index.blockStarts;
  const lineDelta = change.newEnd - change.oldEnd;
  let from = bodyStartLine;
  for (let at = lastBelow(starts, change.firstLine); at >= 0; at--) {
    const start = starts[at]!;
    if (start <= bodyStartLine) break;
    if (/^[ \t]*$/.test(lines.lineText(start - 1))) {
      from = start;
      break;
    }
  }
  const stopAt = (line: number, blankBefore: boolean) =>
    blankBefore && line >= change.newEnd && includes(starts, line - lineDelta);
  // The first window ends just past the first line the parse may stop at; it doubles until the parse stops or reaches the end.
  // A window that ends early cannot mislead a stop: each block read before a stop looks no further than the stop's line
  // (a link definition's run of lines ends at the blank line before it), and a block that would look past the window's
  // end runs to it, so the parse does not stop inside that window.
  let candidate = lastBelow(starts, change.oldEnd) + 1;
  while (candidate < starts.length && !/^[ \t]*$/.test(lines.lineText(starts[candidate]! + lineDelta - 1))) candidate++;
  const firstStop = candidate < starts.length ? starts[candidate]! + lineDelta : lines.lineCount;
  let parse: ReturnType<typeof parseLines>;
  for (
    let windowEnd = Math.min(lines.lineCount, firstStop + 1);
    ;
    windowEnd = Math.min(lines.lineCount, from + 2 * (windowEnd - from))
  ) {
    const end = windowEnd >= lines.lineCount ? lines.text.length : lines.lineStart(windowEnd);
    parse = parseLines(lines.text.slice(lines.lineStart(from), end), from, stopAt);
    if (parse.stoppedAt !== -1 || windowEnd >= lines.lineCount) break;
  }
  const to = parse.stoppedAt === -1 ? lines.lineCount : parse.stoppedAt;
  const oldTo = to - lineDelta;

  const headingsBefore = countBelow(previous.headings, (heading) => heading.line, from);
  const headingsAfter = previous.headings.length - countBelow(previous.headings, (heading) => heading.line, oldTo);
  const headingShift = headingsBefore + parse.headings.length - (previous.headings.length - headingsAfter);
  const headings: HeadingBlock[] = [...previous.headings.slice(0, headingsBefore), ...parse.headings];
  for (let at = previous.headings.length - headingsAfter; at < previous.headings.length; at++)
    headings.push(moveHeading(previous.headings[at]!, lineDelta));

  const proseBefore = countBelow(previous.prose, (block) => block.startLine, from);
  const proseAfter = countBelow(previous.prose, (block) => block.startLine, oldTo);
  const prose: ProseBlock[] = previous.prose.slice(0, proseBefore);
  for (const block of parse.prose)
    prose.push(
      block.headingIndex === undefined ? block : { ...block, headingIndex: block.headingIndex + headingsBefore },
    );
  for (let at = proseAfter; at < previous.prose.length; at++)
    prose.push(moveProse(previous.prose[at]!, lineDelta, headingShift));

  const htmlBefore = countBelow(previous.htmlBlocks, (block) => block.startLine, from);
  const htmlAfter = countBelow(previous.htmlBlocks, (block) => block.startLine, oldTo);
  const htmlBlocks = [...previous.htmlBlocks.slice(0, htmlBefore), ...parse.htmlBlocks];
  for (let at = htmlAfter; at < previous.htmlBlocks.length; at++)
    htmlBlocks.push(moveLines(previous.htmlBlocks[at]!, lineDelta));

  const startsBefore = lastBelow(starts, from) + 1;
  const startsAfter = lastBelow(starts, oldTo) + 1;
  const blockStarts = [...starts.slice(0, startsBefore), ...parse.blockStarts];
  for (let at = startsAfter; at < starts.length; at++) blockStarts.push(starts[at]! + lineDelta);

  const definitions = index.linkDefinitions;
  const definitionsBefore = countBelow(definitions, (definition) => definition.line, from);
  const definitionsAfter = countBelow(definitions, (definition) => definition.line, oldTo);
  const linkDefinitions: LinkDefinition[] = [...definitions.slice(0, definitionsBefore), ...parse.linkDefinitions];
  for (let at = definitionsAfter; at < definitions.length; at++)
    linkDefinitions.push({ line: definitions[at]!.line + lineDelta, label: definitions[at]!.label });
  // Labels hold for the whole document: keep the old set unless a definition was re-read.
  const sameLabels = parse.linkDefinitions.length === 0 && definitionsAfter === definitionsBefore;

  const markdown = makeStructure(
    { headings, prose, htmlBlocks, blockStarts, linkDefinitions },
    sameLabels ? previous.linkLabels : undefined,
  );
  return { markdown, from, to, lineDelta };
}

function moveLines<T extends { readonly startLine: number; readonly endLine: number }>(block: T, delta: number): T {
  return delta === 0 ? block : { ...block, startLine: block.startLine + delta, endLine: block.endLine + delta };
}

function moveHeading(heading: HeadingBlock, delta: number): HeadingBlock {
  return delta === 0
    ? heading
    : {
        ...heading,
        line: heading.line + delta,
        lastTextLine: heading.lastTextLine + delta,
        endLine: heading.endLine + delta,
      };
}

function moveProse(block: ProseBlock, delta: number, headingShift: number): ProseBlock {
  if (delta === 0 && (headingShift === 0 || block.headingIndex === undefined)) return block;
  const moved: ProseBlock = {
    ...moveLines(block, delta),
    ...(block.listItem ? { listItem: moveLines(block.listItem, delta) } : {}),
  };
  return block.headingIndex === undefined ? moved : { ...moved, headingIndex: block.headingIndex + headingShift };
}

/** Index of the last number below `limit` in ascending `values`, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

function includes(values: readonly number[], value: number): boolean {
  const at = lastBelow(values, value + 1);
  return at >= 0 && values[at] === value;
}

/** How many items, in ascending order of `lineOf`, stand before `limit`. */
function countBelow<T>(items: readonly T[], lineOf: (item: T) => number, limit: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineOf(items[mid]!) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
