import { kindName } from '../kinds';
import { headingRange } from '../document-positions';
import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import type { Range } from '../types';
import { definitionWords } from './definition-words';

/** One entry of the outline: a heading, or an ID defined under it. */
export interface OutlineSymbol {
  name: string;
  /** The template section a heading stands for, or what an ID is: 'finding', 'recommendation', 'resolution', … */
  detail: string;
  kind: 'heading' | 'definition';
  /** All it covers: a heading's whole section, a definition's paragraph or item. */
  readonly range: Range;
  /** What to select when it is chosen: the heading text, or the ID. */
  selectionRange: Range;
  readonly children: OutlineSymbol[];
}

const WORDS_IN_NAME = 8;

/**
 * The outline: headings nested by level, each holding the findings,
 * recommendations and resolutions defined in its own text (before any
 * sub-heading), named by ID and their first words.
 */
export function documentSymbols(document: ParsedDocument, config: ResolvedConfig): OutlineSymbol[] {
  const { lines, headings } = document;
  const roots: OutlineSymbol[] = [];
  const open: { level: number; symbol: OutlineSymbol }[] = [];
  const byHeading: OutlineSymbol[] = [];
  // The sections of each heading, looked up once: a search per heading was quadratic in a document of many sections.
  // A combined heading lists each ("Summary and Purpose": Summary; "Legal and Financial Implications": both).
  const sectionTitles = new Map<number, string>();
  for (const matched of document.sections) {
    const earlier = sectionTitles.get(matched.headingIndex);
    sectionTitles.set(
      matched.headingIndex,
      earlier === undefined ? matched.section.title : `${earlier}, ${matched.section.title}`,
    );
  }
  headings.forEach((heading, index) => {
    const end = document.sectionEnd(index);
    const name = heading.text.trim() === '' ? '(untitled heading)' : heading.text.trim();
    // The template's title beside the heading only when it says something the heading does not ("6. Executive Summary": Summary).
    const title = sectionTitles.get(index) ?? '';
    const symbol: OutlineSymbol = {
      name,
      detail: title.toLowerCase() === name.toLowerCase() ? '' : title,
      kind: 'heading',
      range: lines.range(
        lines.lineStart(heading.line),
        end >= lines.lineCount ? lines.text.length : lines.lineStart(end),
      ),
      selectionRange: headingRange(document, index),
      children: [],
    };
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
    (open.length > 0 ? open[open.length - 1]!.symbol.children : roots).push(symbol);
    open.push({ level: heading.level, symbol });
    byHeading.push(symbol);
  });
  let headingAt = -1;
  for (const definition of document.definitions) {
    while (headingAt + 1 < headings.length && headings[headingAt + 1]!.line <= definition.extent.startLine) headingAt++;
    const symbol: OutlineSymbol = {
      name: `${definition.id} ${definitionWords(definition.text, WORDS_IN_NAME)}`.trim(),
      detail: kindName(definition.kind, document.type, config),
      kind: 'definition',
      range: lines.range(lines.lineStart(definition.extent.startLine), lines.lineEnd(definition.extent.endLine - 1)),
      selectionRange: lines.range(definition.idStart, definition.idEnd),
      children: [],
    };
    // A heading that is itself a definition (### **F5** …) is shown once, as the definition.
    const owner = headingAt === -1 ? undefined : byHeading[headingAt];
    if (owner && definition.block === 'heading' && headings[headingAt]!.line === definition.extent.startLine) {
      owner.name = symbol.name;
      owner.detail = symbol.detail;
      owner.kind = symbol.kind;
      owner.selectionRange = symbol.selectionRange;
    } else {
      (owner ? owner.children : roots).push(symbol);
    }
  }
  return inDocumentOrder(roots);
}

/** Headings and definitions were gathered in two passes; an outline reads top to bottom. */
function inDocumentOrder(symbols: OutlineSymbol[]): OutlineSymbol[] {
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const symbol of symbols) inDocumentOrder(symbol.children);
  return symbols;
}
