import type { Document } from 'yaml';
import type { ResolvedConfig } from './config';
import { documentIdFromFileName, fileNameOf, typeFromFileName } from './document-names';
import { findDefinitions, type Definition } from './parse/definitions';
import { splitFrontMatter, type FrontMatter, type FrontMatterProblem } from './parse/front-matter';
import { parseMarkdown, type HeadingBlock, type MarkdownStructure, type ProseBlock } from './parse/markdown';
import { maskInlineSyntax } from './parse/inline-scan';
import {
  MAX_REFERENCES,
  scanReferences,
  type MalformedReference,
  type ReferenceScan,
  type ReferencedId,
} from './parse/references';
import { changedLines, updateMarkdown, type MarkdownUpdate } from './parse/incremental';
import { readSuppressions, type Suppressions } from './parse/suppressions';
import { DOCUMENT_ID_PATTERN } from './schema/front-matter';
import { validateFrontMatter, type FrontMatterIssue } from './schema/validate-front-matter';
import { matchSections, type MatchedSection } from './templates/match';
import type { Template } from './templates/template';
import { LineIndex, type LinePositions } from './text/line-index';
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

/** What a document was parsed under, so the next version can reuse what an edit did not reach. */
const parsedWith = new WeakMap<ParsedDocument, ResolvedConfig>();

/**
 * Parses one version of a document. Given the previous version (parsed under
 * the same config), an edit below the front matter re-reads only the blocks it
 * can reach (`parse/incremental.ts`) and moves the rest; the result is the
 * same as a full parse.
 */
export function parseDocument(
  uri: string,
  rawText: string,
  config: ResolvedConfig,
  previous?: ParsedDocument,
): ParsedDocument {
  // VS Code drops a byte order mark before the text reaches us; do the same so columns agree.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineIndex(text);
  const fileName = fileNameOf(uri);
  const change =
    previous && previous.uri === uri && parsedWith.get(previous) === config
      ? changedLines(previous.lines, lines)
      : undefined;
  const head =
    change && previous && bodyUnchangedAbove(previous, change.firstLine)
      ? keptHead(previous)
      : readHead(lines, fileName, config);
  const { documentId, documentIdRange } = documentIdOf(head.data, head.frontMatter, lines, fileName);
  const { bodyStartLine } = head;

  const update =
    change && head.kept && previous ? updateMarkdown(previous.markdown, change, lines, bodyStartLine) : undefined;
  const bodyStart = lines.lineStart(bodyStartLine);
  const markdown =
    update?.markdown ??
    parseMarkdown(
      bodyStartLine < lines.lineCount && bodyStart <= text.length ? text.slice(bodyStart) : '',
      bodyStartLine,
    );
  const headings = markdown.headings;
  const sectionEnds = computeSectionEnds(headings, lines.lineCount);
  const sectionEnd = (headingIndex: number) => sectionEnds[headingIndex] ?? lines.lineCount;
  const template = config.templates.get(head.templateName);
  const kinds = new Set(config.kinds.keys());

  const definitions =
    update && previous
      ? redefineChanged(previous, update, lines, sectionEnd, config.kinds, change!.offsetDelta)
      : findDefinitions(markdown.prose, sectionEnd, lines, config.kinds);
  const scan =
    (update &&
      previous &&
      markdown.linkLabels === previous.markdown.linkLabels &&
      rescanChanged(previous, update, lines, kinds, change!.offsetDelta)) ||
    scanAll(markdown, lines, kinds);
  const references = attachCitations(scan.ids, definitions, lines);

  const document: ParsedDocument = {
    uri,
    lines,
    type: head.type,
    documentId,
    documentIdRange,
    frontMatter: head.frontMatter,
    data: head.data,
    frontMatterProblems: head.frontMatterProblems,
    frontMatterIssues: head.frontMatterIssues,
    templateName: head.templateName,
    template,
    markdown,
    headings,
    sections: !template
      ? []
      : previous && update && sameHeadings(previous.headings, headings)
        ? previous.sections
        : matchSections(headings, template),
    definitions,
    definitionsById: groupById(definitions),
    references,
    malformedReferences: scan.malformed,
    suppressions: readSuppressions(
      text,
      (offset) => lines.positionAt(offset).line,
      isRealComment(markdown, lines),
      markdown.prose[0]?.startLine ?? lines.lineCount,
    ),
    sectionEnd,
  };
  parsedWith.set(document, config);
  return document;
}

/** The front matter and what follows from it: everything read before the body. */
interface Head {
  readonly frontMatter: FrontMatter | undefined;
  readonly data: Record<string, unknown>;
  readonly frontMatterProblems: readonly FrontMatterProblem[];
  readonly frontMatterIssues: readonly FrontMatterIssue[];
  readonly type: DocumentType;
  readonly templateName: string;
  readonly bodyStartLine: number;
  /** Taken from the previous version. */
  readonly kept: boolean;
}

function readHead(lines: LineIndex, fileName: string, config: ResolvedConfig): Head {
  const split = splitFrontMatter(lines);
  const frontMatter = split.frontMatter;
  const data = frontMatter?.data ?? {};
  const type = DOCUMENT_TYPES.includes(data['type'] as DocumentType)
    ? (data['type'] as DocumentType)
    : typeFromFileName(fileName);
  const templateNames = [...config.templates.keys()];
  const frontMatterIssues = frontMatter ? validateFrontMatter(frontMatter, lines, type, templateNames) : [];
  const templateName =
    typeof data['template'] === 'string' && config.templates.has(data['template']) ? data['template'] : type;
  return {
    frontMatter,
    data,
    frontMatterProblems: split.problems,
    frontMatterIssues,
    type,
    templateName,
    bodyStartLine: split.bodyStartLine,
    kept: false,
  };
}

function keptHead(previous: ParsedDocument): Head {
  const { frontMatter, data, frontMatterProblems, frontMatterIssues, type, templateName } = previous;
  return {
    frontMatter,
    data,
    frontMatterProblems,
    frontMatterIssues,
    type,
    templateName,
    bodyStartLine: frontMatter ? frontMatter.closingLine + 1 : 0,
    kept: true,
  };
}

/**
 * Whether an edit from `firstLine` on leaves the front matter as it was: it
 * starts below a closed front matter's closing line, or below the first line
 * of a document without one (an unclosed one may close anywhere).
 */
function bodyUnchangedAbove(previous: ParsedDocument, firstLine: number): boolean {
  if (previous.frontMatter) return firstLine > previous.frontMatter.closingLine;
  return firstLine > 0 && !/^---[ \t]*$/.test(previous.lines.lineText(0).replace(/^\uFEFF/, ''));
}

function scanAll(markdown: MarkdownStructure, lines: LineIndex, kinds: ReadonlySet<string>): ReferenceScan {
  const scan: ReferenceScan = { ids: [], malformed: [] };
  for (const block of markdown.prose) {
    const start = lines.lineStart(block.startLine);
    scanReferences(lines.textOfLines(block.startLine, block.endLine), start, kinds, markdown.linkLabels, scan);
  }
  return scan;
}

/** A ranged ID list this far below the cap is read the same whatever was read before it. */
const CAP_MARGIN = 1_000;

/**
 * The previous version's references outside the re-parsed lines (moved by the
 * edit) and the re-parsed lines' own; undefined when the document cites so
 * many IDs that the cap (`MAX_REFERENCES`) may come into play.
 */
function rescanChanged(
  previous: ParsedDocument,
  update: MarkdownUpdate,
  lines: LineIndex,
  kinds: ReadonlySet<string>,
  offsetDelta: number,
): ReferenceScan | undefined {
  if (previous.references.length > MAX_REFERENCES - CAP_MARGIN) return undefined;
  const old = previous.lines;
  const from = old.lineStart(update.from);
  const oldTo = update.to - update.lineDelta;
  const to = oldTo >= old.lineCount ? Infinity : old.lineStart(oldTo);
  const scan: ReferenceScan = { ids: [], malformed: [] };
  for (const id of previous.references) if (id.start < from) scan.ids.push(id);
  for (const malformed of previous.malformedReferences) if (malformed.start < from) scan.malformed.push(malformed);
  for (const block of update.markdown.prose) {
    if (block.startLine < update.from) continue;
    if (block.startLine >= update.to) break;
    scanReferences(
      lines.textOfLines(block.startLine, block.endLine),
      lines.lineStart(block.startLine),
      kinds,
      update.markdown.linkLabels,
      scan,
    );
  }
  for (const id of previous.references)
    if (id.start >= to) scan.ids.push(moveReference(id, offsetDelta, update.lineDelta));
  for (const malformed of previous.malformedReferences) {
    if (malformed.start >= to)
      scan.malformed.push(
        offsetDelta === 0
          ? malformed
          : { ...malformed, start: malformed.start + offsetDelta, end: malformed.end + offsetDelta },
      );
  }
  return scan.full || scan.ids.length > MAX_REFERENCES - CAP_MARGIN ? undefined : scan;
}

function moveReference(reference: Reference, delta: number, lineDelta: number): Reference {
  if (delta === 0 && lineDelta === 0) return reference;
  const move = (offset: number) => (offset === -1 ? -1 : offset + delta);
  // Written out rather than spread: V8 copies a literal of known shape several times faster.
  return {
    documentId: reference.documentId,
    id: reference.id,
    kind: reference.kind,
    number: reference.number,
    start: reference.start + delta,
    end: reference.end + delta,
    idStart: move(reference.idStart),
    idEnd: move(reference.idEnd),
    inRange: reference.inRange,
    prefixStart: move(reference.prefixStart),
    prefixEnd: move(reference.prefixEnd),
    line: reference.line + lineDelta,
    citedBy: reference.citedBy,
  };
}

/**
 * The previous version's definitions outside the re-parsed lines (moved by
 * the edit) and the re-parsed lines' own. A heading's definition covers its
 * section, which an edit anywhere may end sooner or later, so its extent is
 * worked out again.
 */
function redefineChanged(
  previous: ParsedDocument,
  update: MarkdownUpdate,
  lines: LineIndex,
  sectionEnd: (headingIndex: number) => number,
  kinds: ReadonlyMap<string, string>,
  delta: number,
): Definition[] {
  const { markdown, from, to, lineDelta } = update;
  const oldTo = to - lineDelta;
  const definitions: Definition[] = [];
  const keep = (definition: Definition, offsetDelta: number, shift: number) => {
    const startLine = definition.extent.startLine + shift;
    const endLine =
      definition.block === 'heading'
        ? sectionEnd(headingAt(markdown.headings, startLine))
        : definition.extent.endLine + shift;
    if (offsetDelta === 0 && startLine === definition.extent.startLine && endLine === definition.extent.endLine)
      definitions.push(definition);
    else {
      definitions.push({
        id: definition.id,
        kind: definition.kind,
        number: definition.number,
        start: definition.start + offsetDelta,
        end: definition.end + offsetDelta,
        idStart: definition.idStart + offsetDelta,
        idEnd: definition.idEnd + offsetDelta,
        extent: { startLine, endLine },
        text: definition.text,
        block: definition.block,
      });
    }
  };
  for (const definition of previous.definitions) if (definition.extent.startLine < from) keep(definition, 0, 0);
  const changed = markdown.prose.filter((block) => block.startLine >= from && block.startLine < to);
  definitions.push(...findDefinitions(changed, sectionEnd, lines, kinds));
  for (const definition of previous.definitions)
    if (definition.extent.startLine >= oldTo) keep(definition, delta, lineDelta);
  return definitions;
}

/** Whether two versions' headings read the same, at the same lines (so sections match the same way). */
function sameHeadings(before: readonly HeadingBlock[], after: readonly HeadingBlock[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((heading, index) => {
    const other = after[index]!;
    return (
      heading === other ||
      (heading.level === other.level &&
        heading.text === other.text &&
        heading.line === other.line &&
        heading.lastTextLine === other.lastTextLine &&
        heading.endLine === other.endLine)
    );
  });
}

/** The index of the heading on this line (headings are in line order). */
function headingAt(headings: readonly HeadingBlock[], line: number): number {
  let low = 0;
  let high = headings.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headings[mid]!.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

function documentIdOf(
  data: Record<string, unknown>,
  frontMatter: FrontMatter | undefined,
  lines: LineIndex,
  fileName: string,
) {
  if (frontMatter && writesDocumentId(data)) {
    // Positions come from the slower YAML parse, so only when a diagnostic needs them.
    const documentIdRange = () => documentIdRangeIn(frontMatter.yaml(), frontMatter.yamlOffset, lines);
    return { documentId: data['id'] as string, documentIdRange };
  }
  return { documentId: documentIdFromFileName(fileName), documentIdRange: () => undefined };
}

/** Whether the front matter's data gives the document's id (else it comes from the file name). */
export function writesDocumentId(data: Record<string, unknown>): boolean {
  const written = data['id'];
  return typeof written === 'string' && DOCUMENT_ID_PATTERN.test(written);
}

/** Where the front matter's YAML (starting at `yamlOffset` in the document) writes the `id` value. */
export function documentIdRangeIn(yaml: Document.Parsed, yamlOffset: number, lines: LinePositions): Range | undefined {
  const node = yaml.get('id', true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lines.range(yamlOffset + node.range[0], yamlOffset + node.range[1]) : undefined;
}

/** A heading's section runs to the next heading of the same or a higher level. */
function computeSectionEnds(headings: readonly HeadingBlock[], lineCount: number): number[] {
  const ends = new Array<number>(headings.length).fill(lineCount);
  const open: number[] = [];
  headings.forEach((heading, index) => {
    while (open.length > 0 && headings[open[open.length - 1]!]!.level >= heading.level)
      ends[open.pop()!] = heading.line;
    open.push(index);
  });
  return ends;
}

/**
 * Each reference belongs to the innermost definition whose lines hold it.
 * Definitions come in document order and nest (a paragraph inside a heading's
 * section), so writing each one's lines in turn leaves the innermost owner.
 */
function attachCitations(
  ids: readonly (ReferencedId | Reference)[],
  definitions: readonly Definition[],
  lines: LineIndex,
): Reference[] {
  const owner = definitions.length > 0 ? new Int32Array(lines.lineCount).fill(-1) : undefined;
  definitions.forEach((definition, index) =>
    owner!.fill(index, definition.extent.startLine, definition.extent.endLine),
  );
  return ids.map((id) => {
    const line = lines.positionAt(id.start).line;
    const citedBy = owner ? (owner[line] ?? -1) : -1;
    // A reference kept from the previous version is reused when nothing about it changed.
    if ('citedBy' in id && id.line === line && id.citedBy === citedBy) return id;
    // Written out rather than spread: V8 copies a literal of known shape several times faster (one per reference).
    return {
      documentId: id.documentId,
      id: id.id,
      kind: id.kind,
      number: id.number,
      start: id.start,
      end: id.end,
      idStart: id.idStart,
      idEnd: id.idEnd,
      inRange: id.inRange,
      prefixStart: id.prefixStart,
      prefixEnd: id.prefixEnd,
      line,
      citedBy,
    };
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
    if (masked?.block !== block)
      masked = {
        block,
        text: maskInlineSyntax(lines.textOfLines(block.startLine, block.endLine), { keepComments: true }),
      };
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
