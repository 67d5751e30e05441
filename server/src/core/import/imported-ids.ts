import { numberingEnd } from '../templates/normalise';
import { headingOf, isTable, type Block } from './markdown-blocks';

/**
 * Findings, recommendations and resolutions, as printed in a council's Word
 * paper, given the format's bold IDs: each recommendation under a
 * Recommendations heading and each finding under Findings (numbered `(1)`,
 * `(a)`, `1.`, `3.2`, or a paragraph that begins "That"), and each
 * resolution of minutes ("RESOLVED that …", or the items of a list after
 * "RESOLVED:"). A kind the paper already marks (a paper exported from the
 * format) is left as it is. The printed number stays beside the ID unless it
 * is the same number in brackets (`(1)` beside `R1`).
 */
export function addImportedIds(blocks: Block[], type: 'report' | 'scrutiny' | 'minutes'): void {
  const text = blocks.map((block) => block.lines.join('\n')).join('\n');
  const marked = (kind: string) =>
    new RegExp(String.raw`(?:^|\n)(?:\s*(?:[-*+]|\d{1,9}[.)])\s+)?\*\*${kind}\d+`).test(text);
  if (type === 'minutes') {
    if (!marked('R')) markResolutions(blocks);
    return;
  }
  for (const kind of ['R', 'F'] as const) if (!marked(kind)) markSections(blocks, kind);
}

/** One paragraph, or one item of a list, and where its text starts after a list marker. */
interface Unit {
  readonly block: Block;
  readonly line: number;
  readonly marker: string;
  readonly text: string;
}

const MARKER = /^((?:[-*+]|\d{1,9}[.)])[ \t]+)/;

function unitsOf(block: Block): Unit[] {
  if (isTable(block) || headingOf(block) !== undefined || /^\s*(?:```|~~~)/.test(block.lines[0]!)) return [];
  if (!MARKER.test(block.lines[0]!)) return [{ block, line: 0, marker: '', text: block.lines.join(' ') }];
  const units: Unit[] = [];
  block.lines.forEach((line, index) => {
    const marker = MARKER.exec(line)?.[1];
    if (marker !== undefined) units.push({ block, line: index, marker, text: line.slice(marker.length) });
  });
  return units;
}

const RECOMMENDATIONS = /\brecommendations?\b|\brecommendation\/s\b|\bdecisions? required\b/;
const FINDINGS = /^(?:key |main |our )?(?:findings|conclusions)\b|\bfindings\b/;

function headingWords(text: string): string {
  return text
    .slice(numberingEnd(text))
    .replace(/\*\*/g, '')
    .toLowerCase()
    .replace(/[^a-z/ ]/g, ' ')
    .trim();
}

function markSections(blocks: readonly Block[], kind: 'R' | 'F'): void {
  const pattern = kind === 'R' ? RECOMMENDATIONS : FINDINGS;
  let sectionLevel: number | undefined;
  let section: Unit[] = [];
  let next = 1;
  const close = () => {
    next = markUnits(section, kind, next);
    section = [];
  };
  for (const block of blocks) {
    const heading = headingOf(block);
    if (heading !== undefined) {
      const words = headingWords(heading.text);
      if (sectionLevel !== undefined && heading.level <= sectionLevel) {
        close();
        sectionLevel = undefined;
      }
      if (sectionLevel === undefined && pattern.test(words) && !/\breasons? for\b|\bimplications\b/.test(words))
        sectionLevel = heading.level;
      continue;
    }
    if (sectionLevel !== undefined) section.push(...unitsOf(block));
  }
  close();
}

/** The recommendations (or findings) of one section: its numbered units of the first numbering style, or its "That" paragraphs. */
function markUnits(units: readonly Unit[], kind: string, first: number): number {
  let style: string | undefined;
  let next = first;
  for (const unit of units) {
    const unitStyle = styleOf(unit);
    if (unitStyle === undefined || unit.text.trimEnd().endsWith(':')) continue;
    style ??= unitStyle;
    if (unitStyle !== style) continue;
    mark(unit, `${kind}${next}`, next);
    next++;
  }
  return next;
}

/** How a unit is numbered: `1.`, `3.2`, `(1)`, `(a)`, `i)`; "that" when it begins "That"; undefined when it is not numbered. */
function styleOf(unit: Unit): string | undefined {
  if (unit.marker !== '') return /^\d/.test(unit.marker) ? 'list-number' : 'bullet';
  const end = numberingEnd(unit.text);
  if (end === 0) return /^that\b/i.test(unit.text) ? 'that' : undefined;
  const printed = unit.text.slice(0, end).trim();
  return printed
    .replace(/\d+/g, '9')
    .replace(/\b[ivxlc]+\b/g, 'i')
    .replace(/\b[IVXLC]+\b/g, 'I')
    .replace(/\b[a-z]\b/g, 'a')
    .replace(/\b[A-Z]\b/g, 'A');
}

function mark(unit: Unit, id: string, number: number): void {
  const end = unit.marker === '' ? numberingEnd(unit.text) : 0;
  const printed = unit.text.slice(0, end).trim();
  const sameNumber = printed === `(${number})` || printed === `${number})` || printed === `${number}.`;
  const text = sameNumber ? unit.text.slice(end) : unit.text;
  if (unit.marker === '') {
    unit.block.lines = [`**${id}** ${text}`];
    return;
  }
  const lines = unit.block.lines;
  lines[unit.line] = `${unit.marker}**${id}** ${lines[unit.line]!.slice(unit.marker.length)}`;
}

const RESOLVED = /^(?:it was\s+)?(?:\*\*)?(resolved|agreed|decided)(?:\*\*)?\b/i;

/** Each resolution of minutes: a "RESOLVED that …" paragraph, or each item after a "RESOLVED:" that opens a list. */
function markResolutions(blocks: readonly Block[]): void {
  let next = 1;
  let opened = false;
  for (const block of blocks) {
    if (headingOf(block) !== undefined) {
      opened = false;
      continue;
    }
    for (const unit of unitsOf(block)) {
      const text = unit.text.slice(numberingEnd(unit.text));
      const resolved = RESOLVED.exec(text);
      if (resolved !== undefined && resolved !== null) {
        const rest = text
          .slice(resolved[0].length)
          .replace(/^[\s:–—-]*(?:\*\*)?[\s:–—-]*/, '')
          .replace(/^that\s*[:–—-]?\s*$/i, '');
        opened = rest.trim() === '' || (rest.trimEnd().endsWith(':') && rest.split(/\s+/).length <= 8);
        if (!opened) mark(unit, `R${next}`, 0);
        if (!opened) next++;
        continue;
      }
      const style = opened ? styleOf(unit) : undefined;
      if (style === undefined) opened = false;
      else {
        mark(unit, `R${next}`, next);
        next++;
      }
    }
  }
}
