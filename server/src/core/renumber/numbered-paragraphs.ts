import type { ParsedDocument } from '../document';
import { readNumberedBlock } from '../parse/numbered-blocks';
import { formatNumber } from '../parse/paragraph-number';

/** A paragraph number held to a sequence, with its new number when renumbering changes it. */
export interface NumberedParagraph {
  /** The number as written, without a trailing dot: `2.3`. */
  readonly written: string;
  readonly renumbered: string | undefined;
  readonly trailingDot: boolean;
  /** `2.3The`: no space after the number. */
  readonly missingSpace: boolean;
  /** Offsets of the first digit and just past the number, its trailing dot included. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/** Every paragraph number the rules hold to a sequence, with its new number where it changes. */
export function numberedParagraphs(document: ParsedDocument): NumberedParagraph[] {
  const minutes = document.type === 'minutes';
  const found: NumberedParagraph[] = [];
  let section: { readonly number: number; readonly level: number } | undefined;
  // The run being numbered: its section number, the first part its numbers were written with, and the last new number.
  let run: { readonly base: number; readonly written: number; previous: readonly number[] } | undefined;
  for (const block of document.markdown.prose) {
    const read = readNumberedBlock(document, block);
    if (read === undefined) continue;
    if (read.kind === 'heading') {
      if (read.section !== undefined) {
        section = { number: read.section, level: read.level };
        run = undefined;
      } else if (section && read.level <= section.level) {
        section = undefined;
      }
      continue;
    }
    const { parts } = read.found;
    const first = parts[0]!;
    // A minute quoting a report's paragraph keeps the report's number.
    if (minutes && (section === undefined || first !== section.number)) continue;
    if (!run || (section === undefined && first !== run.base && first !== run.written))
      run = { base: section?.number ?? first, written: first, previous: [section?.number ?? first] };
    const next = nextNumber(run.previous, parts.length);
    run.previous = next;
    const written = formatNumber(parts);
    const renumbered = formatNumber(next);
    const { trailingDot, missingSpace, digitsLength } = read.found;
    found.push({
      written,
      renumbered: renumbered === written ? undefined : renumbered,
      trailingDot,
      missingSpace,
      start: read.start,
      end: read.start + digitsLength + (trailingDot ? 1 : 0),
      line: document.lines.positionAt(read.start).line,
    });
  }
  return found;
}

/** After `previous`, the next number `depth` parts deep: a first child (`3` → `3.1`, `3.1` → `3.1.1`) or the next sibling. */
function nextNumber(previous: readonly number[], depth: number): number[] {
  return depth > previous.length
    ? [...previous, ...Array<number>(depth - previous.length).fill(1)]
    : [...previous.slice(0, depth - 1), previous[depth - 1]! + 1];
}
