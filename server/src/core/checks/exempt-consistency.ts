import type { ParsedDocument } from '../document';
import { headingRange } from '../document-positions';
import { maskInlineSyntax } from '../parse/inline-scan';
import { locate } from '../schema/yaml-locate';
import { normaliseHeading } from '../templates/normalise';
import { isRequired } from '../templates/requirement';
import { isBareNegative, sectionText } from '../templates/section-text';
import type { Range } from '../types';
import type { DocumentCheck } from './check';

const PART_TWO_TITLE = 'Reason for Inclusion in Part II';
/** The default template's names for the section, for templates (such as scrutiny) that lack it. */
const PART_TWO_NAMES = new Set([PART_TWO_TITLE, 'Exempt Information'].map(normaliseHeading));
const MAYBE_PART_TWO = /exempt|part/i;

/** "This report is not exempt", "Not exempt." at the start of the section. */
const NOT_EXEMPT =
  /^[\s*_>#-]*(?:(?:this|the)\s+(?:report|item|information)\s+is\s+|it\s+is\s+)?not\s+exempt(?![\p{L}\p{N}])/iu;

/** "paragraph 3", "paragraphs 1 and 3", "para 3", "paras. 1, 2 or 7A": Schedule 12A paragraphs cited. */
const CITATION = /(?<![\p{L}\p{N}_])(?:paragraphs?|paras?\.?)(?![\p{L}\p{N}_])/giu;
/** A paragraph number, not a numbered paragraph of the report ("paragraph 3.5"). */
const NUMBER = String.raw`(\d{1,2}[A-Ca-c]?)(?![\p{L}\p{N}_]|[.,]\d)`;
const FIRST_NUMBER = new RegExp(String.raw`\s+` + NUMBER, 'uy');
const NEXT_NUMBER = new RegExp(String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)` + NUMBER, 'uy');
const RANGE_NUMBER = new RegExp(String.raw`(?:\s*[-\u2013]\s*|\s+to\s+)(\d{1,2})(?![\p{L}\p{N}_]|[.,]\d)`, 'uy');

export const exemptConsistency: DocumentCheck = {
  code: 'exempt-consistency',
  defaultSeverity: 'warning',
  description: "The front matter's 'exempt' and the Reason for Inclusion in Part II section do not agree.",
  run({ document }, report) {
    if (!document.frontMatter || document.frontMatter.data === undefined) return;
    const exempt = document.data['exempt'];
    const isExempt = exempt !== null && typeof exempt === 'object' && !Array.isArray(exempt);
    const notExempt = exempt === undefined || exempt === null || exempt === false;
    // Any other value is a schema error, reported by front-matter-schema.
    if (!isExempt && !notExempt) return;
    const headingIndex = partTwoHeading(document);

    if (isExempt && headingIndex === undefined) {
      const templateSection = document.template?.sections.find((section) => section.title === PART_TWO_TITLE);
      // section-missing already reports the section when the template requires it.
      if (templateSection && isRequired(templateSection.requirement, document)) return;
      report({
        range: exemptKeyRange(document),
        message: `The front matter marks this report exempt, but it has no '${PART_TWO_TITLE}' section: add one giving the Schedule 12A paragraphs and the public interest test, or remove 'exempt'.`,
      });
      return;
    }
    if (headingIndex === undefined) return;

    const { text } = sectionText(document, headingIndex);
    const saysNotExempt = text !== '' && (isBareNegative(text) || NOT_EXEMPT.test(text));
    if (notExempt) {
      // A section that itself says "Not applicable" agrees with a report that is not exempt.
      if (saysNotExempt) return;
      report({
        range: headingRange(document, headingIndex),
        message: `This report has a '${PART_TWO_TITLE}' section, but the front matter does not mark it exempt: set 'exempt' with the jurisdiction, paragraphs and reason, or remove the section.`,
      });
      return;
    }
    if (saysNotExempt) {
      report({
        range: headingRange(document, headingIndex),
        message: `The '${PART_TWO_TITLE}' section says the report is not exempt, but the front matter marks it exempt: give the reason for exemption here, or set 'exempt: false'.`,
      });
      return;
    }
    const paragraphs = (exempt as Record<string, unknown>)['paragraphs'];
    if (!Array.isArray(paragraphs)) return;
    const listed = new Set(paragraphs.map((paragraph) => String(paragraph).trim().toUpperCase()));
    const shown = paragraphs.map((paragraph) => String(paragraph)).join(', ');
    for (const citation of citedParagraphs(document, headingIndex)) {
      if (listed.has(citation.paragraph)) continue;
      report({
        range: document.lines.range(citation.start, citation.end),
        message: `This cites paragraph ${citation.paragraph} of Schedule 12A, but the front matter's 'exempt' lists ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${shown}: make them agree.`,
      });
    }
  },
};

/** The first heading that is the Part II section: as the template matched it, else by the default names. */
function partTwoHeading(document: ParsedDocument): number | undefined {
  const matched = document.sections.find((section) => section.section.title === PART_TWO_TITLE);
  if (matched) return matched.headingIndex;
  // Both names hold "exempt" or "part": only such headings are worth normalising.
  const index = document.headings.findIndex(
    (heading) => MAYBE_PART_TWO.test(heading.text) && PART_TWO_NAMES.has(normaliseHeading(heading.text)),
  );
  return index === -1 ? undefined : index;
}

function exemptKeyRange(document: ParsedDocument): Range {
  const frontMatter = document.frontMatter!;
  const { found } = locate(frontMatter.yaml(), ['exempt']);
  const at = found.key ?? found.value;
  return at
    ? document.lines.range(frontMatter.yamlOffset + at[0], frontMatter.yamlOffset + at[1])
    : frontMatter.openingRange;
}

/** Paragraph numbers cited in the section's prose (code masked), with their offsets. */
function citedParagraphs(
  document: ParsedDocument,
  headingIndex: number,
): { paragraph: string; start: number; end: number }[] {
  const { lines } = document;
  const heading = document.headings[headingIndex]!;
  const end = document.sectionEnd(headingIndex);
  const cited: { paragraph: string; start: number; end: number }[] = [];
  for (const block of document.markdown.prose) {
    if (block.startLine < heading.endLine || block.startLine >= end || block.kind === 'heading') continue;
    const base = lines.lineStart(block.startLine);
    const text = maskInlineSyntax(lines.textOfLines(block.startLine, block.endLine));
    CITATION.lastIndex = 0;
    for (let match = CITATION.exec(text); match; match = CITATION.exec(text)) {
      let at = CITATION.lastIndex;
      const first = readNumber(FIRST_NUMBER, text, at);
      if (!first) continue;
      const found = [first];
      at = first.end;
      for (;;) {
        const ranged = readNumber(RANGE_NUMBER, text, at);
        const previous = found[found.length - 1]!;
        if (ranged && /^\d+$/.test(previous.value)) {
          const low = Number(previous.value);
          const high = Number(ranged.value);
          for (let number = low + 1; number <= high && number - low <= 20; number++) {
            found.push({ value: String(number), start: previous.start, end: ranged.end });
          }
          at = ranged.end;
          continue;
        }
        const next = readNumber(NEXT_NUMBER, text, at);
        if (!next) break;
        found.push(next);
        at = next.end;
      }
      CITATION.lastIndex = at;
      for (const number of found)
        cited.push({ paragraph: number.value.toUpperCase(), start: base + number.start, end: base + number.end });
    }
  }
  return cited;
}

function readNumber(
  pattern: RegExp,
  text: string,
  at: number,
): { value: string; start: number; end: number } | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const value = match[1]!;
  return { value, start: pattern.lastIndex - value.length, end: pattern.lastIndex };
}
