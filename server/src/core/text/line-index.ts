import type { Position, Range } from '../types';

/** Where a text's offsets are as positions: all a diagnostic's range needs, without the text itself. */
export interface LinePositions {
  readonly lineCount: number;
  positionAt(offset: number): Position;
  range(startOffset: number, endOffset: number): Range;
  /** The whole of one line, without its line ending. */
  lineRange(line: number): Range;
}

/**
 * Converts between string offsets and LSP positions. JavaScript strings are
 * UTF-16, so an offset is already a UTF-16 column once the line start is
 * subtracted. Lines end at `\r\n`, `\n` or a lone `\r`, as LSP and CommonMark say.
 */
export class LineIndex implements LinePositions {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    } else {
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code === 10) starts.push(at + 1);
        else if (code === 13 && text.charCodeAt(at + 1) !== 10) starts.push(at + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** Offset just past the line's last character, before its line ending. */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    const next = this.starts[line + 1] ?? this.text.length;
    if (this.text.charCodeAt(next - 1) === 13) return next - 1;
    return this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The text of lines `startLine` to `endLine - 1`, without the last line's ending; it starts at `lineStart(startLine)`. */
  textOfLines(startLine: number, endLine: number): string {
    return this.text.slice(this.lineStart(startLine), this.lineEnd(endLine - 1));
  }

  /** The line ending the document uses, for text inserted into it. */
  get newline(): '\r\n' | '\n' {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const start = this.starts[low] ?? 0;
    // An offset inside a line ending (the \n of a \r\n) is the end of its line: LSP has no position between the two.
    return { line: low, character: Math.min(clamped - start, this.lineEnd(low) - start) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** The whole of one line, without its line ending. */
  lineRange(line: number): Range {
    return this.range(this.lineStart(line), this.lineEnd(line));
  }

  /** The same positions, kept without the text (see `LinePositions`). */
  withoutText(): LinePositions {
    // Without a \r, each line ends one before the next one starts, and the ends need not be kept.
    if (this.text.indexOf('\r') === -1) return new LineEnds(this.starts, undefined, this.text.length);
    const ends = new Int32Array(this.starts.length);
    for (let line = 0; line < ends.length; line++) ends[line] = this.lineEnd(line);
    return new LineEnds(this.starts, ends, this.text.length);
  }
}

/** A text's line starts and ends, which give the positions `LineIndex` gives for it. */
class LineEnds implements LinePositions {
  /** `ends` undefined: every line but the last ends with a \n alone. */
  constructor(
    private readonly starts: readonly number[],
    private readonly ends: Int32Array | undefined,
    private readonly length: number,
  ) {}

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    const start = this.starts[low]!;
    return { line: low, character: Math.min(clamped - start, this.lineEnd(low) - start) };
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  lineRange(line: number): Range {
    const clamped = Math.max(0, Math.min(line, this.starts.length - 1));
    return this.range(this.starts[clamped]!, this.lineEnd(clamped));
  }

  private lineEnd(line: number): number {
    if (this.ends) return this.ends[line]!;
    return line >= this.starts.length - 1 ? this.length : this.starts[line + 1]! - 1;
  }
}
