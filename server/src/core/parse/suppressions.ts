/**
 * `<!-- committee-reports-disable-next-line CODE -->`,
 * `<!-- committee-reports-disable CODE -->` … `<!-- committee-reports-enable CODE -->`.
 * With no code, every check. Only comments in HTML or prose count, not in code.
 */
import { detached } from '../text/detached';

export interface Suppressions {
  isSuppressed(code: string, line: number): boolean;
}

interface Span {
  /** One check's code, or undefined for every check. */
  readonly code: string | undefined;
  readonly fromLine: number;
  toLine: number;
}

const COMMENT = /<!--\s*committee-reports-(disable-next-line|disable|enable)((?:\s+[A-Za-z0-9-]+)*)\s*-->/g;
const TO_THE_END = Number.MAX_SAFE_INTEGER;

/**
 * `countsAt` says whether a comment starting at this offset is a real HTML
 * comment (not in code). A `disable` before `firstContentLine` (the body's
 * first heading or paragraph) also covers the front matter, which cannot hold
 * an HTML comment of its own.
 */
export function readSuppressions(
  text: string,
  lineOf: (offset: number) => number,
  countsAt: (offset: number) => boolean,
  firstContentLine: number,
): Suppressions {
  if (text.indexOf('committee-reports-') === -1) return { isSuppressed: () => false };
  const spans: Span[] = [];
  // Spans still open, by code ('' for every check), so an enable closes them without looking at the rest.
  const open = new Map<string, Span[]>();
  COMMENT.lastIndex = 0;
  for (let match = COMMENT.exec(text); match; match = COMMENT.exec(text)) {
    if (!countsAt(match.index)) continue;
    const line = lineOf(match.index);
    // Detached: a document let go of (`Workspace.release`) keeps its suppressions, not its text.
    const words = match[2]!.trim().split(/\s+/).filter(Boolean).map(detached);
    const codes: (string | undefined)[] = words.length > 0 ? words : [undefined];
    switch (match[1]) {
      case 'disable-next-line':
        for (const code of codes) spans.push({ code, fromLine: line + 1, toLine: line + 1 });
        break;
      case 'disable':
        for (const code of codes) {
          const span = { code, fromLine: line < firstContentLine ? 0 : line, toLine: TO_THE_END };
          spans.push(span);
          const key = code ?? '';
          const list = open.get(key);
          if (list) list.push(span);
          else open.set(key, [span]);
        }
        break;
      default:
        // A bare enable ends every disable; a named one ends the disables of the checks it names.
        for (const key of words.length === 0 ? [...open.keys()] : words) {
          for (const span of open.get(key) ?? []) span.toLine = line;
          open.delete(key);
        }
    }
  }
  if (spans.length === 0) return { isSuppressed: () => false };
  // Each check asks about many lines: its spans (and those for every check), merged and sorted once.
  const byCode = new Map<string, readonly (readonly [number, number])[]>();
  return {
    isSuppressed: (code, line) => {
      let merged = byCode.get(code);
      if (!merged)
        byCode.set(code, (merged = mergeSpans(spans.filter((span) => span.code === undefined || span.code === code))));
      return covers(merged, line);
    },
  };
}

/** The spans' line ranges, sorted and merged where they touch. */
function mergeSpans(spans: readonly Span[]): [number, number][] {
  const sorted = spans.map((span): [number, number] => [span.fromLine, span.toLine]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Whether a line falls in one of the sorted, disjoint ranges. */
function covers(ranges: readonly (readonly [number, number])[], line: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = ranges[mid]!;
    if (line < from) high = mid - 1;
    else if (line > to) low = mid + 1;
    else return true;
  }
  return false;
}
