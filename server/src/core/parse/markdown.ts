import MarkdownIt from 'markdown-it';

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
 * Strict CommonMark, block parsing only. The inline rules are switched off
 * because positions inside a line are found by `inline-scan.ts`, and skipping
 * inline parsing halves the time on large documents. GitHub tables are not
 * CommonMark: their rows read as paragraph lines, which is all we need of
 * them (references in cells are still found; a table holds no headings).
 */
const parser = new MarkdownIt('commonmark', { html: true });
// `normalize` copies every document to change line endings; `normaliseLineEndings` copies only those that need it.
parser.core.ruler.disable(['normalize', 'inline', 'text_join']);

/** Parses Markdown `body` whose first line is document line `firstLine`. */
export function parseMarkdown(body: string, firstLine: number): MarkdownStructure {
  const env: Record<string, unknown> = {};
  const tokens = parser.parse(normaliseLineEndings(body), env);
  const headings: HeadingBlock[] = [];
  const prose: ProseBlock[] = [];
  const htmlBlocks: { startLine: number; endLine: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const map = token.map;
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
        prose.push({ kind: 'heading', startLine: heading.line, endLine: heading.lastTextLine + 1, content: keptContent(inline.content), headingIndex: headings.length - 1 });
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[index + 1];
        if (!map || !inline) break;
        const opener = tokens[index - 1];
        const listItem = opener?.type === 'list_item_open' && opener.map ? { startLine: opener.map[0] + firstLine, endLine: opener.map[1] + firstLine } : undefined;
        prose.push({ kind: 'paragraph', startLine: map[0] + firstLine, endLine: map[1] + firstLine, content: keptContent(inline.content), ...(listItem ? { listItem } : {}) });
        break;
      }
      case 'html_block':
        if (map) htmlBlocks.push({ startLine: map[0] + firstLine, endLine: map[1] + firstLine });
        break;
      default:
        break;
    }
  }
  return { headings, prose, htmlBlocks, linkLabels: new Set(Object.keys((env['references'] as object | undefined) ?? {})) };
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
