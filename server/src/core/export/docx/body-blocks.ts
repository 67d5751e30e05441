import { BorderStyle, Paragraph, TextRun, type FileChild, type IParagraphOptions } from 'docx';
import type { DocxContext } from './context';
import type { Token } from './body-tokens';
import { CODE_FONT, closingIndex, inlineRuns, isComment, plainText } from './inline-runs';
import { DEEPEST_LIST_LEVEL } from './list-numbering';
import type { HeadingNumber } from './paragraph-styles';
import { tableBlock } from './table-block';

/** Where a block sits: how deep in lists and quotes, and the number its list item has still to show. */
interface Frame {
  /** -1 outside any list. */
  readonly listLevel: number;
  readonly quoteDepth: number;
  readonly item?: ListItem;
}

/** A list item's number, which its first paragraph shows and the rest, indented to match, do not. */
interface ListItem {
  numbering: { reference: string; level: number; instance?: number } | undefined;
}

const INDENT_PER_LEVEL = 720;
const QUOTE_INDENT = 567;

/**
 * The paper's body as Word paragraphs and tables, from markdown-it's block
 * tokens: headings in the heading styles (their levels closed by
 * `closeLevel`, as the HTML export closes them), paragraphs, real Word lists,
 * block quotes, code, tables with a repeating header row, and HTML written as
 * its text. Nesting is bounded by markdown-it's own limit, so the recursion is.
 */
export function bodyBlocks(
  tokens: readonly Token[],
  context: DocxContext,
  closeLevel: (level: number) => number,
): FileChild[] {
  const blocks: FileChild[] = [];
  writeBlocks(tokens, 0, tokens.length, { listLevel: -1, quoteDepth: 0 }, { context, closeLevel, blocks });
  return blocks;
}

interface Writer {
  readonly context: DocxContext;
  readonly closeLevel: (level: number) => number;
  readonly blocks: FileChild[];
}

function writeBlocks(tokens: readonly Token[], start: number, end: number, frame: Frame, writer: Writer): void {
  const { context, blocks } = writer;
  for (let index = start; index < end; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case 'heading_open': {
        const level = writer.closeLevel(Number(token.tag.slice(1))) as HeadingNumber;
        const runs = inlineRuns(tokens[index + 1]?.children ?? [], context);
        blocks.push(new Paragraph({ ...context.styles.heading(level), children: runs }));
        index = closingIndex(tokens, index, 'heading_open', 'heading_close');
        break;
      }
      case 'paragraph_open': {
        const runs = inlineRuns(tokens[index + 1]?.children ?? [], context);
        blocks.push(new Paragraph({ ...placed(frame), children: runs }));
        index = closingIndex(tokens, index, 'paragraph_open', 'paragraph_close');
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const close = token.type.replace('_open', '_close');
        const last = closingIndex(tokens, index, token.type, close);
        writeList(tokens, index, last, frame, writer);
        index = last;
        break;
      }
      case 'blockquote_open': {
        const last = closingIndex(tokens, index, 'blockquote_open', 'blockquote_close');
        writeBlocks(tokens, index + 1, last, { ...frame, quoteDepth: frame.quoteDepth + 1 }, writer);
        index = last;
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push(textBlock(plainText(token.content, context).replace(/\n$/, ''), frame, CODE_FONT));
        break;
      case 'html_block':
        if (!isComment(token.content)) blocks.push(textBlock(plainText(token.content, context).trimEnd(), frame));
        break;
      case 'hr':
        blocks.push(
          new Paragraph({
            ...placed(frame),
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto' } },
          }),
        );
        break;
      case 'table_open': {
        const last = closingIndex(tokens, index, 'table_open', 'table_close');
        blocks.push(tableBlock(tokens.slice(index + 1, last), context));
        index = last;
        break;
      }
      default:
      // A closing token, or one of a kind this layout has no place for: its content, if any, was written above.
    }
  }
}

/** The items of one list, each with its number (or bullet) on its first paragraph. */
function writeList(tokens: readonly Token[], start: number, end: number, frame: Frame, writer: Writer): void {
  const listLevel = Math.min(frame.listLevel + 1, DEEPEST_LIST_LEVEL);
  const open = tokens[start]!;
  const list =
    open.type === 'ordered_list_open'
      ? writer.context.lists.ordered(listStart(open.attrGet('start')), listLevel)
      : writer.context.lists.bullets;
  for (let index = start + 1; index < end; index++) {
    if (tokens[index]!.type !== 'list_item_open') continue;
    const last = closingIndex(tokens, index, 'list_item_open', 'list_item_close');
    const item: ListItem = { numbering: { ...list, level: listLevel } };
    const before = writer.blocks.length;
    writeBlocks(tokens, index + 1, last, { listLevel, quoteDepth: frame.quoteDepth, item }, writer);
    // An item with no paragraph of its own (empty, or only a nested list) still shows its number, first.
    if (item.numbering !== undefined) writer.blocks.splice(before, 0, numberOnly(item));
    index = last;
  }
}

function numberOnly(item: ListItem): Paragraph {
  const numbering = item.numbering!;
  item.numbering = undefined;
  return new Paragraph({ numbering });
}

/** `start` as markdown-it gives it (absent for 1): Word counts from a whole number. */
function listStart(value: string | null): number {
  const start = value === null ? 1 : Number(value);
  return Number.isSafeInteger(start) && start >= 0 ? Math.min(start, 2 ** 31 - 1) : 1;
}

/**
 * Where a paragraph sits: the first of a list item takes its number; the
 * others line up with its text; a quote is indented with a rule beside it.
 */
function placed(frame: Frame): IParagraphOptions {
  const numbering = frame.item?.numbering;
  if (frame.item !== undefined) frame.item.numbering = undefined;
  const listIndent = numbering === undefined && frame.listLevel >= 0 ? INDENT_PER_LEVEL * (frame.listLevel + 1) : 0;
  const left = listIndent + QUOTE_INDENT * frame.quoteDepth;
  return {
    ...(numbering === undefined ? {} : { numbering }),
    ...(left === 0 ? {} : { indent: { left } }),
    ...(frame.quoteDepth === 0
      ? {}
      : { border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'B1B4B6', space: 8 } } }),
  };
}

/** Text written as it is, line by line (code, HTML), in one paragraph. */
function textBlock(text: string, frame: Frame, font?: string): Paragraph {
  const runs = text
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...(font ? { font } : {}) }));
  return new Paragraph({ ...placed(frame), children: runs });
}
