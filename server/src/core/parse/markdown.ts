import MarkdownIt from 'markdown-it';
import { useQuickBlockState } from './block-state';

/** A heading as CommonMark sees it (ATX or setext), with zero-based document lines. */
export interface HeadingBlock {
  readonly level: number;
  /** The heading's text, without `#` marks or setext underline. */
  readonly text: string;
  /** First line of the heading text. */
  readonly line: number;
  /** Last line of the heading text (setext headings may span lines; the underline is not included). */
  readonly lastTextLine: number;
  /** One past the last line of the heading, underline included. */
  readonly endLine: number;
}

/** A run of lines whose inline text can hold IDs and references. */
export interface ProseBlock {
  readonly kind: 'paragraph' | 'heading';
  readonly startLine: number;
  readonly endLine: number;
  /**
   * Inline text as CommonMark reads it (markers and indentation removed), kept
   * only when it opens with `**`, the one case a definition can start; else ''.
   */
  readonly content: string;
  /** For a paragraph that opens a list item: the whole item's lines. */
  readonly listItem?: { readonly startLine: number; readonly endLine: number };
  /** For a heading: its index in `headings`. */
  readonly headingIndex?: number;
}

export interface MarkdownStructure {
  readonly headings: readonly HeadingBlock[];
  readonly prose: readonly ProseBlock[];
  /** Lines of HTML blocks, where disable comments may stand. */
  readonly htmlBlocks: readonly { readonly startLine: number; readonly endLine: number }[];
  /** Labels of link reference definitions (`[F1]: https://…` makes `[F1]` a link), upper-cased. */
  readonly linkLabels: ReadonlySet<string>;
}

/**
 * What a later edit's re-parse needs to know of a parse beyond the structure:
 * where top-level blocks start (a parse may start or stop there) and where
 * link reference definitions stand (they make labels for the whole document).
 */
export interface BlockIndex {
  /** Document lines where a top-level block starts, ascending. */
  readonly blockStarts: readonly number[];
  /** Each link reference definition's document line and label, in document order. */
  readonly linkDefinitions: readonly LinkDefinition[];
}

export interface LinkDefinition {
  readonly line: number;
  readonly label: string;
}

/** The parts of a parse of some lines: the structure's lists, with `headingIndex` counted from the first heading here. */
export interface PartialParse {
  readonly headings: HeadingBlock[];
  readonly prose: ProseBlock[];
  readonly htmlBlocks: { startLine: number; endLine: number }[];
  readonly blockStarts: number[];
  readonly linkDefinitions: LinkDefinition[];
  /** The document line where `stopAt` stopped the parse, or -1 when it ran to the end of the text. */
  readonly stoppedAt: number;
}

/**
 * Strict CommonMark, block parsing only. The inline rules are switched off
 * because positions inside a line are found by `inline-scan.ts`, and skipping
 * inline parsing halves the time on large documents. GitHub tables are not
 * CommonMark: their rows read as paragraph lines, which is all we need of
 * them (references in cells are still found; a table holds no headings).
 */
const parser = new MarkdownIt('commonmark', { html: true });
// `normalize` copies every document to change line endings; `normaliseLineEndings` copies only those that need it.
parser.core.ruler.disable(['normalize', 'inline', 'text_join']);
useQuickBlockState(parser);

type BlockRule = Parameters<typeof parser.block.ruler.before>[2];
type BlockState = Parameters<BlockRule>[0];

type Token = ReturnType<typeof parser.parse>[number];

/** What a parse has found so far: the lists of a `PartialParse`, document lines. */
interface Found {
  readonly firstLine: number;
  readonly headings: HeadingBlock[];
  readonly prose: ProseBlock[];
  readonly htmlBlocks: { startLine: number; endLine: number }[];
  readonly blockStarts: number[];
}

/** Set only while `parseLines` runs: where a top-level block may stop the parse, and what it found. */
let current:
  | (Found & {
      stopAt: ((line: number, blankBefore: boolean) => boolean) | undefined;
      stoppedAt: number;
      linkDefinitions: LinkDefinition[];
    })
  | undefined;

/**
 * Tokens a parse may hold before it converts them. At a top-level block start
 * the blocks before are complete, so their tokens can become our structure and
 * be dropped: a parse then holds about one top-level block's tokens, not the
 * whole document's (5 MB of `> -` and `x` lines make 7.5 million tokens, 1.3 GB).
 * Converting at every top-level block, a few tokens at a time, made parsing
 * corpus A 8% slower.
 */
const MAX_HELD_TOKENS = 1024;

// Asked first at each block start. At the top level: converts the tokens held, when there are many, and stops
// the parse where the caller says the rest is known.
// (`level`, not `parentType`, tells the top level: a setext heading rule that fails leaves `parentType` at 'paragraph'.)
parser.block.ruler.before(
  'table',
  'top-level block',
  (state: BlockState, line: number, endLine: number, silent: boolean) => {
    if (silent || !current || state.level !== 0 || state.blkIndent !== 0) return false;
    if (state.tokens.length >= MAX_HELD_TOKENS) {
      collect(state.tokens, current);
      state.tokens.length = 0;
    }
    if (!current.stopAt?.(line, line > 0 && state.isEmpty(line - 1))) return false;
    current.stoppedAt = line;
    state.line = endLine;
    return true;
  },
);

// A link reference definition makes no token: note its line and label as it is read.
const referenceRule = (
  parser.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }
).__rules__.find((rule) => rule.name === 'reference')!.fn;
parser.block.ruler.at('reference', (state: BlockState, line: number, endLine: number, silent: boolean) => {
  if (silent || !current) return referenceRule(state, line, endLine, silent);
  const env = state.env as Record<string, unknown>;
  state.env = {};
  try {
    const found = referenceRule(state, line, endLine, silent);
    const label = Object.keys((state.env as { references?: object }).references ?? {})[0];
    if (found && label !== undefined) current.linkDefinitions.push({ line, label });
    return found;
  } finally {
    state.env = env;
  }
});

/**
 * markdown-it (14.1) reads ahead from each block quote to the next blank
 * line before it knows where the quote ends, so lines alternating `> -` and
 * `x` take quadratic time: an hour for a megabyte. Each block quote is read
 * here as if the document ended this many lines on; a longer quote without
 * a blank line is read as several quotes, its text unchanged. Reading this
 * far ahead from each quote is still most of the time 5 MB of such lines
 * take (10 of 13 seconds), but a lower limit would split more real quotes,
 * and the paragraphs in them.
 */
const MAX_BLOCKQUOTE_LINES = 100;
const blockquoteRule = (
  parser.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] }
).__rules__.find((rule) => rule.name === 'blockquote')!;
const readBlockquote = blockquoteRule.fn;
parser.block.ruler.at(
  'blockquote',
  (state: BlockState, line: number, endLine: number, silent: boolean) =>
    readBlockquote(state, line, Math.min(endLine, line + MAX_BLOCKQUOTE_LINES), silent),
  { alt: [...blockquoteRule.alt] },
);

/**
 * markdown-it tries a setext heading at every paragraph: it reads the lines
 * to the next blank one, asking at each every rule that may end a paragraph,
 * and then the paragraph rule reads them all again. A setext heading needs
 * a line starting with `=` or `-` among those lines; when there is none the
 * rule cannot succeed and is not asked, and the state is left as the rule
 * leaves it when it fails (`parentType` at 'paragraph'). On the 20,000-line
 * corpus this rule was a tenth of the block pass.
 */
const setextRule = (
  parser.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] }
).__rules__.find((rule) => rule.name === 'lheading')!;
const readSetextHeading = setextRule.fn;
parser.block.ruler.at(
  'lheading',
  (state: BlockState, line: number, endLine: number, silent: boolean) => {
    if (state.sCount[line]! - state.blkIndent >= 4 || underlineAhead(state, line, endLine))
      return readSetextHeading(state, line, endLine, silent);
    state.parentType = 'paragraph';
    return false;
  },
  { alt: [...setextRule.alt] },
);

/**
 * Whether the setext rule may find an underline: a line after `line`,
 * before the next blank one, starting with `=` or `-`. A line starting with
 * what may open another block (a quote, a list item, a fence, HTML, a
 * heading, a link definition) may end the paragraph first: there the rule is
 * asked, and it stops at that line itself, so this never reads further than
 * the rule would (block quotes with lazy lines made it read to the end).
 */
function underlineAhead(state: BlockState, line: number, endLine: number): boolean {
  for (let next = line + 1; next < endLine && !state.isEmpty(next); next++) {
    const at = state.bMarks[next]! + state.tShift[next]!;
    if (at < state.eMarks[next]! && MAY_OPEN_BLOCK.has(state.src.charCodeAt(at))) return true;
  }
  return false;
}

/** `=` and `-` (an underline), and the first characters of a quote, list item, heading, fence, HTML block, rule or link definition, and digits. */
const MAY_OPEN_BLOCK: ReadonlySet<number> = new Set([...'=->+*#`~<_[0123456789'].map((char) => char.charCodeAt(0)));

const blockIndexes = new WeakMap<MarkdownStructure, BlockIndex>();

/** The block index of a structure made here, for re-parsing part of it after an edit. */
export function blockIndexOf(structure: MarkdownStructure): BlockIndex | undefined {
  return blockIndexes.get(structure);
}

/** Makes a structure from its parts and remembers its block index. */
export function makeStructure(
  parts: Omit<MarkdownStructure, 'linkLabels'> & BlockIndex,
  linkLabels: ReadonlySet<string> = new Set(parts.linkDefinitions.map((definition) => definition.label)),
): MarkdownStructure {
  const structure: MarkdownStructure = {
    headings: parts.headings,
    prose: parts.prose,
    htmlBlocks: parts.htmlBlocks,
    linkLabels,
  };
  blockIndexes.set(structure, { blockStarts: parts.blockStarts, linkDefinitions: parts.linkDefinitions });
  return structure;
}

/** Parses Markdown `body` whose first line is document line `firstLine`. */
export function parseMarkdown(body: string, firstLine: number): MarkdownStructure {
  return makeStructure(parseLines(body, firstLine));
}

/**
 * Parses `text`, whose first line is document line `firstLine`. `stopAt` is
 * asked at each top-level block start (document line, and whether the line
 * before is blank); when it says yes, the parse stops there.
 */
export function parseLines(
  text: string,
  firstLine: number,
  stopAt?: (line: number, blankBefore: boolean) => boolean,
): PartialParse {
  const run: NonNullable<typeof current> = {
    firstLine,
    headings: [],
    prose: [],
    htmlBlocks: [],
    blockStarts: [],
    stopAt: stopAt && ((line, blankBefore) => stopAt(line + firstLine, blankBefore)),
    stoppedAt: -1,
    linkDefinitions: [],
  };
  current = run;
  try {
    collect(parser.parse(normaliseLineEndings(text), {}), run);
  } finally {
    current = undefined;
  }
  const { headings, prose, htmlBlocks, blockStarts } = run;
  const linkDefinitions = run.linkDefinitions.map((definition) => ({
    line: definition.line + firstLine,
    label: definition.label,
  }));
  return {
    headings,
    prose,
    htmlBlocks,
    blockStarts,
    linkDefinitions,
    stoppedAt: run.stoppedAt === -1 ? -1 : run.stoppedAt + firstLine,
  };
}

/** Adds what whole top-level blocks' tokens hold to `found`. Each block's tokens look no further than the block. */
function collect(tokens: readonly Token[], found: Found): void {
  const { firstLine, headings, prose, htmlBlocks, blockStarts } = found;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const map = token.map;
    if (map && token.level === 0 && token.nesting !== -1) blockStarts.push(map[0] + firstLine);
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[index + 1];
        if (!map || !inline) break;
        const setext = token.markup === '=' || token.markup === '-';
        const heading: HeadingBlock = {
          level: Number(token.tag.slice(1)),
          text: ownCopy(inline.content),
          line: map[0] + firstLine,
          lastTextLine: map[1] - 1 + firstLine - (setext ? 1 : 0),
          endLine: map[1] + firstLine,
        };
        headings.push(heading);
        prose.push({
          kind: 'heading',
          startLine: heading.line,
          endLine: heading.lastTextLine + 1,
          content: keptContent(inline.content),
          headingIndex: headings.length - 1,
        });
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[index + 1];
        if (!map || !inline) break;
        const opener = tokens[index - 1];
        const listItem =
          opener?.type === 'list_item_open' && opener.map
            ? { startLine: opener.map[0] + firstLine, endLine: opener.map[1] + firstLine }
            : undefined;
        prose.push({
          kind: 'paragraph',
          startLine: map[0] + firstLine,
          endLine: map[1] + firstLine,
          content: keptContent(inline.content),
          ...(listItem ? { listItem } : {}),
        });
        break;
      }
      case 'html_block':
        if (map) htmlBlocks.push({ startLine: map[0] + firstLine, endLine: map[1] + firstLine });
        break;
      default:
        break;
    }
  }
}

/** Keeping every paragraph's text would double a large workspace's memory. */
function keptContent(content: string): string {
  return content.startsWith('**') ? ownCopy(content) : '';
}

/**
 * markdown-it reads a normalised copy of the whole body, and V8 keeps a
 * substring as a view into its parent: keeping one heading's text would keep
 * that whole copy alive. Concatenating and slicing gives the text storage of
 * its own.
 */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/** What markdown-it's own `normalize` rule does: `\r\n` and `\r` become `\n`, NUL becomes U+FFFD. Lines keep their numbers. */
function normaliseLineEndings(text: string): string {
  let normalised = text;
  if (normalised.indexOf('\r') !== -1) normalised = normalised.replace(/\r\n?/g, '\n');
  if (normalised.indexOf('\0') !== -1) normalised = normalised.replace(/\0/g, '\uFFFD');
  return normalised;
}
