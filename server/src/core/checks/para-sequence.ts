import type { ParsedDocument } from '../document';
import { lineNumber, offsetsRange } from '../document-positions';
import { readNumberedBlock } from '../parse/numbered-blocks';
import { formatNumber, usesTrailingDots } from '../parse/paragraph-number';
import type { Finding, Fix, TextEdit } from '../types';
import type { DocumentCheck } from './check';

/**
 * Paragraph numbering (`1.1`, `2.3`, `20.2.7`): two or more numeric parts at
 * the start of a paragraph that is not a list item, or in a heading's
 * numbering (read through the heading normaliser).
 *
 * Rules, in one pass over the prose blocks:
 * - Each number is compared with the number before it. After `P` the next
 *   number may be a child (`P.1`, `P.1.1`), the next sibling (`2.1` → `2.2`),
 *   or the next sibling of an ancestor followed by first children
 *   (`2.1.3` → `2.2`, `2.4` → `3.1`). A larger jump is a gap, reported on
 *   the number after it; a smaller number is out of order; a number already
 *   used is a duplicate (on the second).
 * - A heading numbered with a single number (`## 3. Background`, `## 410
 *   APOLOGIES`, `## Item 5`) or `N.0` is a section number: never reported
 *   itself, it says which section the next paragraphs belong to (they should
 *   be `3.1`, `3.2`, …). The section runs to the next heading of the same or
 *   a higher level, as template sections do.
 * - Minutes quote reports' paragraphs with the reports' numbers, as printed
 *   (a minute quoting 1.1, 1.2 and 1.5 of a report is quoting, not leaving
 *   gaps). So in minutes only the minute's own numbers, those starting with
 *   the number of the minute they are in (`21.1` under `## 21.`), are held
 *   to a sequence and a style; a quoted number is checked only for its space.
 * - Parts have at most three digits (`18.06.2026` is a date).
 * - A number followed directly by an upper-case letter (`20.1.10The`) lacks
 *   its space (quick fix). Followed by a lower-case letter, digit, `%` or
 *   other punctuation (`1.5m`, `2.5%`), or by a space and a lower-case word
 *   (`1.5 million`), it is a figure, not a paragraph number. A no-break
 *   space counts as a space.
 * - `1.1.` and `1.1` mixed in one document: the less used style is reported
 *   (on a tie, the style used second).
 *
 * A gap, duplicate or out-of-order number offers "Renumber this section's
 * paragraphs" (see `renumberFix`).
 */
export const paraSequence: DocumentCheck = {
  code: 'para-sequence',
  defaultSeverity: 'warning',
  description:
    'Numbered paragraphs (2.1, 2.2, …) skip or repeat a number, run out of order, lack a space after the number, or mix 1.1 and 1.1. styles.',
  run({ document }, report) {
    const { lines } = document;
    const minutes = document.type === 'minutes';
    const numbers: ParagraphNumber[] = [];
    const counts = new Map<string, number>();
    const firstUses = new Map<string, number>();
    const findings: { finding: Finding; number?: ParagraphNumber }[] = [];
    let previous: readonly number[] | undefined;
    let previousIsSection = false;
    let section: { readonly number: number; readonly level: number } | undefined;
    let run: Run | undefined;

    for (const block of document.markdown.prose) {
      const read = readNumberedBlock(document, block);
      if (read === undefined) continue;
      if (read.kind === 'heading') {
        if (read.section !== undefined) {
          section = { number: read.section, level: read.level };
          if (previous === undefined || previous[0] !== read.section) {
            previous = [read.section];
            previousIsSection = true;
            run = { base: read.section, firstWritten: undefined, members: [], before: previous, beforeIsSection: true };
          }
        } else if (section && read.level <= section.level) {
          // The section has ended; its number still tells what may come next.
          section = undefined;
          previousIsSection = false;
        }
        continue;
      }

      const { found, start } = read;
      const numberEnd = start + found.digitsLength;
      const written = formatNumber(found.parts);
      if (found.missingSpace) {
        const at = lines.range(numberEnd + (found.trailingDot ? 1 : 0), numberEnd + (found.trailingDot ? 1 : 0));
        findings.push({
          finding: {
            range: offsetsRange(document, start, numberEnd),
            message: `Put a space after paragraph number ${written}.`,
            fixes: [{ title: `Put a space after ${written}`, edits: [{ range: at, newText: ' ' }], safe: true }],
          },
        });
      }
      // A minute quoting a report's paragraph keeps the report's number.
      if (minutes && (section === undefined || found.parts[0] !== section.number)) continue;

      if (!run || !joins(run, found.parts[0]!)) {
        run = {
          base: found.parts[0]!,
          firstWritten: found.parts[0]!,
          members: [],
          before: previous,
          beforeIsSection: previousIsSection,
        };
      }
      run.firstWritten ??= found.parts[0]!;
      const number: ParagraphNumber = {
        parts: found.parts,
        start,
        numberEnd,
        end: numberEnd + (found.trailingDot ? 1 : 0),
        written,
        trailingDot: found.trailingDot,
        run,
        index: run.members.length,
      };
      run.members.push(number);
      numbers.push(number);

      const problem = sequenceProblem(found.parts, previous, previousIsSection, firstUses.get(written), document);
      if (problem)
        findings.push({
          finding: { range: offsetsRange(document, start, numberEnd), message: `${problem} Renumber the paragraphs.` },
          number,
        });
      counts.set(written, (counts.get(written) ?? 0) + 1);
      if (!firstUses.has(written)) firstUses.set(written, start);
      previous = found.parts;
      previousIsSection = false;
    }

    for (const { finding, number } of findings) {
      const fix = number && renumberFix(document, number, counts);
      report(fix ? { ...finding, fixes: [fix] } : finding);
    }
    reportMixedStyle(document, numbers, report);
  },
};

interface ParagraphNumber {
  readonly parts: readonly number[];
  readonly start: number;
  readonly numberEnd: number;
  /** After the trailing dot, if any. */
  readonly end: number;
  readonly written: string;
  readonly trailingDot: boolean;
  /** The run of numbers it is renumbered with, and its place in it. */
  readonly run: Run;
  readonly index: number;
}

/**
 * The numbers "Renumber this section's paragraphs" renumbers together: those
 * after a section heading (`## 3.`), or else a stretch of numbers that share
 * their first part (`2.1`, `2.3`, `2.3`). The first number after a section
 * heading belongs to it whatever it is numbered (`## 3.` then `2.2`).
 */
interface Run {
  /** The section number the renumbered paragraphs get. */
  readonly base: number;
  /** The first part the run's first number was written with. */
  firstWritten: number | undefined;
  readonly members: ParagraphNumber[];
  /** What came before the run, for whether its renumbered first number follows on. */
  readonly before: readonly number[] | undefined;
  readonly beforeIsSection: boolean;
  /** Computed once, for the first of its numbers that is reported; null when no renumbering helps. */
  renumbering?: Renumbering | null;
}

interface Renumbering {
  readonly fix: Fix;
  /** The run's first renumbered number follows what comes before the run. */
  readonly firstFollows: boolean;
}

function joins(run: Run, firstPart: number): boolean {
  return run.firstWritten === undefined || firstPart === run.base || firstPart === run.firstWritten;
}

function missing(prefix: readonly number[], from: number, to: number): string {
  const first = formatNumber([...prefix, from]);
  return from === to ? `${first} is missing` : `${first} to ${formatNumber([...prefix, to])} are missing`;
}

/** What is wrong with `parts` coming after `previous`, or undefined when it is the expected next number. */
function sequenceProblem(
  parts: readonly number[],
  previous: readonly number[] | undefined,
  previousIsSection: boolean,
  firstUse: number | undefined,
  document: ParsedDocument,
): string | undefined {
  const written = formatNumber(parts);
  if (firstUse !== undefined)
    return `Paragraph ${written} is numbered twice: the first ${written} is on line ${lineNumber(document, firstUse)}.`;
  let base: readonly number[];
  let label: string;
  if (previous === undefined) {
    // The numbering may start at any section (minutes carry on from the last meeting: 34.1).
    base = [parts[0]!];
    label = 'no earlier numbered paragraph';
  } else if (previousIsSection) {
    if (parts[0] !== previous[0])
      return `Paragraph ${written} is in section ${previous[0]}: its number should start ${previous[0]}.`;
    base = previous;
    label = `the heading of section ${previous[0]}`;
  } else {
    base = previous;
    label = formatNumber(previous);
  }

  const common = Math.min(parts.length, base.length);
  let differ = 0;
  while (differ < common && parts[differ] === base[differ]) differ++;
  let firstChild: number;
  if (differ === common) {
    if (parts.length <= base.length) return `Paragraph ${written} comes after ${label}: it is out of order.`;
    firstChild = base.length;
  } else {
    const now = parts[differ]!;
    const before = base[differ]!;
    if (now < before) return `Paragraph ${written} comes after ${label}: it is out of order.`;
    if (now > before + 1)
      return `Paragraph ${written} follows ${label}: ${missing(parts.slice(0, differ), before + 1, now - 1)}.`;
    firstChild = differ + 1;
  }
  // Deeper parts must each start at 1.
  for (let index = firstChild; index < parts.length; index++) {
    if (parts[index] !== 1)
      return `Paragraph ${written} follows ${label}: ${missing(parts.slice(0, index), 1, parts[index]! - 1)}.`;
  }
  return undefined;
}

/**
 * "Renumber this section's paragraphs": the run's numbers in order from its
 * section's `.1`, each keeping its depth (`3.2.1` stays a third-level number)
 * and its trailing dot, and nothing else changed. Not offered when it would
 * give a number used elsewhere in the document, nor, for the run's first
 * number, when its new number would still not follow what comes before
 * (`2.4` then `4.1`: section 3 is missing, which renumbering one section cannot mend).
 */
function renumberFix(
  document: ParsedDocument,
  number: ParagraphNumber,
  counts: ReadonlyMap<string, number>,
): Fix | undefined {
  const run = number.run;
  // Each reported number of a run carries the run's edits: a run longer than any real section would make them the square of the text.
  if (run.members.length > MAX_RENUMBERED) return undefined;
  if (run.renumbering === undefined) run.renumbering = renumber(document, run, counts);
  const renumbering = run.renumbering;
  if (!renumbering || (number.index === 0 && !renumbering.firstFollows)) return undefined;
  return renumbering.fix;
}

/** More numbers than any real section has (reports number a few dozen paragraphs a section). */
const MAX_RENUMBERED = 500;

function renumber(document: ParsedDocument, run: Run, counts: ReadonlyMap<string, number>): Renumbering | null {
  const inRun = new Map<string, number>();
  for (const member of run.members) inRun.set(member.written, (inRun.get(member.written) ?? 0) + 1);
  const edits: TextEdit[] = [];
  let firstFollows = true;
  let previous: readonly number[] = [run.base];
  for (const member of run.members) {
    const depth = member.parts.length;
    const next =
      depth > previous.length
        ? [...previous, ...Array<number>(depth - previous.length).fill(1)]
        : [...previous.slice(0, depth - 1), previous[depth - 1]! + 1];
    const written = formatNumber(next);
    if ((counts.get(written) ?? 0) > (inRun.get(written) ?? 0)) return null;
    if (member.index === 0)
      firstFollows = sequenceProblem(next, run.before, run.beforeIsSection, undefined, document) === undefined;
    if (written !== member.written)
      edits.push({ range: offsetsRange(document, member.start, member.numberEnd), newText: written });
    previous = next;
  }
  if (edits.length === 0) return null;
  return { fix: { title: "Renumber this section's paragraphs", edits, safe: false }, firstFollows };
}

function reportMixedStyle(
  document: ParsedDocument,
  numbers: readonly ParagraphNumber[],
  report: (finding: Finding) => void,
): void {
  const dotted = numbers.filter((number) => number.trailingDot).length;
  if (dotted === 0 || dotted === numbers.length) return;
  const useDot = usesTrailingDots(numbers);
  const example = useDot ? "'1.1.'" : "'1.1'";
  for (const number of numbers) {
    if (number.trailingDot === useDot) continue;
    const wanted = useDot ? `${number.written}.` : number.written;
    const fix = useDot
      ? {
          title: `Write ${wanted}`,
          edits: [{ range: offsetsRange(document, number.numberEnd, number.numberEnd), newText: '.' }],
          safe: true,
        }
      : {
          title: `Write ${wanted}`,
          edits: [{ range: offsetsRange(document, number.numberEnd, number.end), newText: '' }],
          safe: true,
        };
    report({
      range: offsetsRange(document, number.start, number.end),
      message: `Paragraph numbers in this document are written ${example}; write '${wanted}' the same way.`,
      fixes: [fix],
    });
  }
}
