/**
 * `<!-- committee-reports-disable-next-line CODE -->`,
 * `<!-- committee-reports-disable CODE -->` … `<!-- committee-reports-enable CODE -->`.
 * With no code, every check. Only comments in HTML or prose count, not in code.
 */
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
  COMMENT.lastIndex = 0;
  for (let match = COMMENT.exec(text); match; match = COMMENT.exec(text)) {
    if (!countsAt(match.index)) continue;
    const line = lineOf(match.index);
    const words = match[2]!.trim().split(/\s+/).filter(Boolean);
    const codes: (string | undefined)[] = words.length > 0 ? words : [undefined];
    switch (match[1]) {
      case 'disable-next-line':
        for (const code of codes) spans.push({ code, fromLine: line + 1, toLine: line + 1 });
        break;
      case 'disable':
        for (const code of codes) spans.push({ code, fromLine: line < firstContentLine ? 0 : line, toLine: TO_THE_END });
        break;
      default:
        for (const span of spans) {
          const named = words.length === 0 || (span.code !== undefined && words.includes(span.code));
          if (span.toLine === TO_THE_END && named) span.toLine = line;
        }
    }
  }
  return {
    isSuppressed: (code, line) =>
      spans.some((span) => line >= span.fromLine && line <= span.toLine && (span.code === undefined || span.code === code)),
  };
}
