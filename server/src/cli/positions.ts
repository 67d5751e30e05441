import type { Range } from '../core';

/**
 * A range as people and code-scanning tools count: 1-based lines and columns,
 * columns in UTF-16 code units (as LSP counts them), end exclusive. It is the
 * LSP range with one added to every part.
 */
export interface OneBasedRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function toOneBased(range: Range): OneBasedRange {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
