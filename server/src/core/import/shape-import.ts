import { documentIdFromFileName } from '../document-names';
import { yamlLibrary } from '../yaml-library';
import { FRONT_MATTER_KEYS } from '../schema/front-matter';
import { numberingEnd } from '../templates/normalise';
import type { ImportedFields } from './front-sheet-fields';
import { readFrontSheet } from './front-sheet';
import { addImportedIds } from './imported-ids';
import { headingOf, joinBlocks, plainText, splitBlocks, type Block } from './markdown-blocks';
import { citeOtherPapers, type KnownPaper } from './other-papers';

export type ImportedType = 'report' | 'scrutiny' | 'minutes';

export interface ShapeOptions {
  /** The Word file's name, for the document's own name when the paper gives no better one. */
  readonly fileName: string;
  /** The kind of paper, when the officer says; otherwise it is worked out from the paper. */
  readonly type?: ImportedType;
  /** Papers of the workspace, by id and title, so "finding F1 of *Title*" becomes `[id:F1]`. */
  readonly papers?: readonly KnownPaper[];
}

export interface ShapedImport {
  /** The document: front matter, then the body. */
  readonly text: string;
  readonly type: ImportedType;
  /** The file to write, such as `school-meals.report.md`. */
  readonly name: string;
  readonly warnings: readonly string[];
}

/**
 * A Word paper's Markdown (as the node layer converts it) made into a
 * document of the format: front matter from the front sheet, headings from
 * bold numbered lines, bold IDs on findings, recommendations and
 * resolutions, and references to other papers as the format writes them.
 */
export function shapeImportedMarkdown(markdown: string, options: ShapeOptions): ShapedImport {
  const blocks = splitBlocks(markdown);
  const fields = readFrontSheet(blocks);
  promoteBoldHeadings(blocks);
  demoteSectionHeadings(blocks, typeof fields['title'] === 'string' ? fields['title'] : undefined);
  const title = typeof fields['title'] === 'string' ? fields['title'] : titleOf(blocks, options.fileName);
  if (!blocks.some((block) => headingOf(block)?.level === 1)) blocks.unshift({ lines: [`# ${title}`] });
  const type = options.type ?? guessType(blocks, title);
  addImportedIds(blocks, type);
  if (options.papers !== undefined) citeOtherPapers(blocks, options.papers);
  const base = baseName(options.fileName);
  const id = knownId(options.papers, title, base);
  const data: ImportedFields = { ...fields, type, ...(id === undefined ? {} : { id }), title };
  if (typeof data['exempt'] === 'object' && data['exempt'] !== null) {
    const reason = exemptReason(blocks);
    if (reason !== undefined) data['exempt'] = { ...(data['exempt'] as object), reason };
  }
  const warnings: string[] = [];
  if (fields['committee'] === undefined)
    warnings.push(
      'No front sheet was found: fill in the front matter (committee, meeting date and the rest) at the top.',
    );
  return {
    text: `---\n${frontMatter(data)}---\n\n${joinBlocks(blocks)}`,
    type,
    name: `${base}.${type === 'minutes' ? 'minutes' : 'report'}.md`,
    warnings,
  };
}

/**
 * The id of the workspace's paper with this title, when its id is not the
 * one the file's name gives: a paper exported to Word and imported back, or
 * a draft worked on in Word, keeps the id the papers citing it use. (A
 * second paper with that id is reported as document-id-duplicate, which is
 * what the officer should know.)
 */
function knownId(papers: readonly KnownPaper[] | undefined, title: string, base: string): string | undefined {
  const same = (papers ?? []).filter((paper) => paper.title.trim().toLowerCase() === title.trim().toLowerCase());
  const [paper, ...more] = same;
  return paper === undefined || more.length > 0 || paper.id === base ? undefined : paper.id;
}

/** The file's name without `.docx`, as a document id would be: lower case, words joined by `-`. */
function baseName(fileName: string): string {
  const name = fileName
    .split(/[/\\]/)
    .pop()!
    .replace(/\.docx$/i, '');
  return documentIdFromFileName(name) || 'imported';
}

function frontMatter(data: ImportedFields): string {
  const ordered: ImportedFields = {};
  // In the order the format lists its keys.
  for (const key of FRONT_MATTER_KEYS) if (data[key] !== undefined) ordered[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in ordered)) ordered[key] = value;
  return yamlLibrary().stringify(ordered, { lineWidth: 0 });
}

/** The first h1's text, the first paragraph's, or the file's name. */
function titleOf(blocks: readonly Block[], fileName: string): string {
  const heading = blocks.map(headingOf).find((found) => found?.level === 1);
  if (heading !== undefined) return plainText(heading.text);
  // Words above the first heading may be the title; a section's heading never is.
  const first = blocks.find((block) => plainText(block.lines.join(' ')).length > 0);
  const text = first === undefined || headingOf(first) !== undefined ? '' : plainText(first.lines.join(' '));
  return text !== '' && text.length <= 150 ? text : fileName.replace(/\.docx$/i, '');
}

/**
 * Minutes when the title or a heading says so, or the paper has the minutes'
 * Present and Apologies; a scrutiny report when it has findings; otherwise a report.
 */
function guessType(blocks: readonly Block[], title: string): ImportedType {
  const headings = blocks.flatMap((block) => {
    const heading = headingOf(block);
    return heading === undefined ? [] : [plainText(heading.text.slice(numberingEnd(heading.text))).toLowerCase()];
  });
  if (/\bminutes\b/i.test(title) || headings.some((heading) => /^minutes\b/.test(heading) && !/previous/.test(heading)))
    return 'minutes';
  if (
    headings.some((h) => /^(?:present|attendance|members present)\b/.test(h)) &&
    headings.some((h) => /^apologies\b/.test(h))
  )
    return 'minutes';
  if (headings.some((heading) => /^(?:key |main )?findings\b/.test(heading))) return 'scrutiny';
  return 'report';
}

/**
 * A paragraph that is all bold and short, with no full stop, is a heading
 * that was typed rather than styled: `3.2 **Consultation**` becomes
 * `### 3.2 Consultation`, a level below the title for each level of its number.
 */
function promoteBoldHeadings(blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.lines.length !== 1) continue;
    const match = /^(\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+|[A-Z]\.\s+)?\*\*([^*]+?)\*\*:?$/.exec(block.lines[0]!);
    if (!match || /^[A-Z]{1,3}\d+\.?$|^(?:it was )?(?:resolved|agreed|decided|recommended)\b/i.test(match[2]!.trim()))
      continue;
    const words = match[2]!.trim().split(/\s+/);
    if (words.length > 12 || /[.;,]$/.test(match[2]!.trim())) continue;
    const number = match[1]?.trim() ?? '';
    const depth = number === '' ? 1 : number.replace(/\.$/, '').split('.').length;
    block.lines = [`${'#'.repeat(Math.min(depth + 1, 6))} ${number === '' ? '' : `${number} `}${match[2]!.trim()}`];
  }
}

/**
 * The format has one h1, the paper's title, above its sections. Word papers
 * put sections in Heading 1 either below a Title (two kinds of h1: the title
 * stays, every heading after it goes down a level) or with no title heading
 * at all (every heading goes down a level, and the title is added above).
 * The first h1 is the title when it says what the front sheet's title says,
 * or, with no title on the front sheet, when it is not numbered as a
 * section is (`1. Summary` never is a title).
 */
function demoteSectionHeadings(blocks: readonly Block[], frontSheetTitle: string | undefined): void {
  const headings = blocks.flatMap((block) => {
    const heading = headingOf(block);
    return heading === undefined ? [] : [{ block, ...heading }];
  });
  const [first, ...rest] = headings;
  if (first?.level !== 1 || !rest.some((heading) => heading.level === 1) || headings.some((h) => h.level === 6)) return;
  const firstIsTitle =
    frontSheetTitle === undefined
      ? numberingEnd(plainText(first.text)) === 0
      : sameWords(plainText(first.text), frontSheetTitle);
  for (const heading of firstIsTitle ? rest : headings)
    heading.block.lines = [`${'#'.repeat(heading.level + 1)} ${heading.text}`];
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return words(a) === words(b);
}

/** The reason an exempt report gives in its Reason for Inclusion in Part II section, its first paragraph. */
function exemptReason(blocks: readonly Block[]): string | undefined {
  const at = blocks.findIndex((block) => {
    const heading = headingOf(block);
    return heading !== undefined && /reason for inclusion|exempt information|part ii|part 2\b/i.test(heading.text);
  });
  const paragraph = at === -1 ? undefined : blocks[at + 1];
  if (paragraph === undefined || headingOf(paragraph) !== undefined) return undefined;
  const text = plainText(paragraph.lines.join(' '));
  return text.slice(numberingEnd(text)).trim() || undefined;
}
