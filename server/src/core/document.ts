import type { ResolvedConfig } from './config';
import { documentIdFromFileName, fileNameOf, typeFromFileName } from './document-names';
import { findDefinitions, type Definition } from './parse/definitions';
import { splitFrontMatter, type FrontMatter, type FrontMatterProblem } from './parse/front-matter';
import { parseMarkdown, type HeadingBlock, type MarkdownStructure, type ProseBlock } from './parse/markdown';
import { maskInlineSyntax } from './parse/inline-scan';
import { scanReferences, type MalformedReference, type ReferencedId } from './parse/references';
import { readSuppressions, type Suppressions } from './parse/suppressions';
import { DOCUMENT_ID_PATTERN } from './schema/front-matter';
import { validateFrontMatter, type FrontMatterIssue } from './schema/validate-front-matter';
import { matchSections, type MatchedSection } from './templates/match';
import type { Template } from './templates/template';
import { LineIndex } from './text/line-index';
import type { DocumentType, Range } from './types';

/** A reference together with the definition whose text holds it, if any. */
export interface Reference extends ReferencedId {
  readonly line: number;
  /** Index into `definitions` of the innermost definition citing this, or -1. */
  readonly citedBy: number;
}

/** Everything the checks and features need to know about one document, computed once per version. */
export interface ParsedDocument {
  readonly uri: string;
  readonly lines: LineIndex;
  readonly type: DocumentType;
  readonly documentId: string;
  /** Where the id is written (the `id` value), or undefined when it comes from the file name. */
  documentIdRange(): Range | undefined;
  readonly frontMatter: FrontMatter | undefined;
  readonly data: Record<string, unknown>;
  readonly frontMatterProblems: readonly FrontMatterProblem[];
  readonly frontMatterIssues: readonly FrontMatterIssue[];
  readonly templateName: string;
  readonly template: Template | undefined;
  readonly markdown: MarkdownStructure;
  readonly headings: readonly HeadingBlock[];
  readonly sections: readonly MatchedSection[];
  readonly definitions: readonly Definition[];
  /** Definitions by ID; more than one when an ID is defined twice. */
  readonly definitionsById: ReadonlyMap<string, readonly Definition[]>;
  readonly references: readonly Reference[];
  readonly malformedReferences: readonly MalformedReference[];
  readonly suppressions: Suppressions;
  /** One past the last line of the section a heading opens (next heading of the same or higher level). */
  sectionEnd(headingIndex: number): number;
}

const DOCUMENT_TYPES: readonly DocumentType[] = ['report', 'scrutiny', 'minutes'];

export function parseDocument(uri: string, rawText: string, config: ResolvedConfig): ParsedDocument {
  // VS Code drops a byte order mark before the text reaches us; do the same so columns agree.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineIndex(text);
  const fileName = fileNameOf(uri);
  const split = splitFrontMatter(lines);
  const frontMatter = split.frontMatter;
  const data = frontMatter?.data ?? {};
  const type = DOCUMENT_TYPES.includes(data['type'] as DocumentType) ? (data['type'] as DocumentType) : typeFromFileName(fileName);
  const templateNames = [...config.templates.keys()];
  const frontMatterIssues = frontMatter ? validateFrontMatter(frontMatter, lines, type, templateNames) : [];
  const { documentId, documentIdRange } = documentIdOf(data, frontMatter, lines, fileName);
  const templateName = typeof data['template'] === 'string' && config.templates.has(data['template']) ? data['template'] : type;

  const bodyStart = lines.lineStart(split.bodyStartLine);
  const markdown = parseMarkdown(split.bodyStartLine < lines.lineCount && bodyStart <= text.length ? text.slice(bodyStart) : '', split.bodyStartLine);
  const headings = markdown.headings;
  const sectionEnds = computeSectionEnds(headings, lines.lineCount);
  const sectionEnd = (headingIndex: number) => sectionEnds[headingIndex] ?? lines.lineCount;
  const template = config.templates.get(templateName);
  const kinds = new Set(config.kinds.keys());

  const definitions = findDefinitions(markdown.prose, sectionEnd, lines, config.kinds);
  const scan = { ids: [] as ReferencedId[], malformed: [] as MalformedReference[] };
  for (const block of markdown.prose) {
    const start = lines.lineStart(block.startLine);
    scanReferences(lines.textOfLines(block.startLine, block.endLine), start, kinds, markdown.linkLabels, scan);
  }
  const references = attachCitations(scan.ids, definitions, lines);

  return {
    uri,
    lines,
    type,
    documentId,
    documentIdRange,
    frontMatter,
    data,
    frontMatterProblems: split.problems,
    frontMatterIssues,
    templateName,
    template,
    markdown,
    headings,
    sections: template ? matchSections(headings, template) : [],
    definitions,
    definitionsById: groupById(definitions),
    references,
    malformedReferences: scan.malformed,
    suppressions: readSuppressions(text, (offset) => lines.positionAt(offset).line, isRealComment(markdown, lines), markdown.prose[0]?.startLine ?? lines.lineCount),
    sectionEnd,
  };
}

function documentIdOf(data: Record<string, unknown>, frontMatter: FrontMatter | undefined, lines: LineIndex, fileName: string) {
  const written = data['id'];
  if (frontMatter && typeof written === 'string' && DOCUMENT_ID_PATTERN.test(written)) {
    // Positions come from the slower YAML parse, so only when a diagnostic needs them.
    const documentIdRange = () => {
      const node = frontMatter.yaml().get('id', true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lines.range(frontMatter.yamlOffset + node.range[0], frontMatter.yamlOffset + node.range[1]) : undefined;
    };
    return { documentId: written, documentIdRange };
  }
  return { documentId: documentIdFromFileName(fileName), documentIdRange: () => undefined };
}

/** A heading's section runs to the next heading of the same or a higher level. */
function computeSectionEnds(headings: readonly HeadingBlock[], lineCount: number): number[] {
  const ends = new Array<number>(headings.length).fill(lineCount);
  const open: number[] = [];
  headings.forEach((heading, index) => {
    while (open.length > 0 && headings[open[open.length - 1]!]!.level >= heading.level) ends[open.pop()!] = heading.line;
    open.push(index);
  });
  return ends;
}

/**
 * Each reference belongs to the innermost definition whose lines hold it.
 * Definitions come in document order and nest (a paragraph inside a heading's
 * section), so writing each one's lines in turn leaves the innermost owner.
 */
function attachCitations(ids: readonly ReferencedId[], definitions: readonly Definition[], lines: LineIndex): Reference[] {
  const owner = definitions.length > 0 ? new Int32Array(lines.lineCount).fill(-1) : undefined;
  definitions.forEach((definition, index) => owner!.fill(index, definition.extent.startLine, definition.extent.endLine));
  return ids.map((id) => {
    const line = lines.positionAt(id.start).line;
    return { ...id, line, citedBy: owner ? (owner[line] ?? -1) : -1 };
  });
}

/**
 * Whether an HTML comment at this offset is real: in an HTML block, or in
 * prose outside a code span. Comments in code blocks or code spans are text.
 */
function isRealComment(markdown: MarkdownStructure, lines: LineIndex): (offset: number) => boolean {
  // Asked in document order, so each list is walked once and each block masked once, however many comments it holds.
  let html = 0;
  let prose = 0;
  let masked: { block: ProseBlock; text: string } | undefined;
  let lastLine = 0;
  return (offset) => {
    const line = lines.positionAt(offset).line;
    if (line < lastLine) html = prose = 0;
    lastLine = line;
    while (html < markdown.htmlBlocks.length && markdown.htmlBlocks[html]!.endLine <= line) html++;
    const htmlBlock = markdown.htmlBlocks[html];
    if (htmlBlock && line >= htmlBlock.startLine) return true;
    while (prose < markdown.prose.length && markdown.prose[prose]!.endLine <= line) prose++;
    const block = markdown.prose[prose];
    if (!block || line < block.startLine) return false;
    if (masked?.block !== block) masked = { block, text: maskInlineSyntax(lines.textOfLines(block.startLine, block.endLine), { keepComments: true }) };
    return masked.text.startsWith('<!--', offset - lines.lineStart(block.startLine));
  };
}

function groupById(definitions: readonly Definition[]): Map<string, Definition[]> {
  const byId = new Map<string, Definition[]>();
  for (const definition of definitions) {
    const list = byId.get(definition.id);
    if (list) list.push(definition);
    else byId.set(definition.id, [definition]);
  }
  return byId;
}
