import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { MARK_PLACEHOLDER } from '../../render/body-html';
import type { DocxContext } from './context';
import { imageSource, type Token } from './body-tokens';
import { markRuns, type Look } from './id-marks';
import { xmlSafe } from './xml-safe';
import { imageRuns } from './image-runs';

/** Code, inline or in a block, in a font whose letters line up, as the preview shows it. */
export const CODE_FONT = 'Consolas';

/** A web or email address Word may open; an in-page `#` link has no bookmark here, so its text stays. */
const EXTERNAL_LINK = /^(https?:|mailto:)/i;

/**
 * The runs of one paragraph's inline content: its text with emphasis,
 * strong, code, links, images, line breaks and the paper's IDs. HTML in the
 * text is written as text, as the preview shows it; a comment is dropped,
 * as it is on paper.
 */
export function inlineRuns(tokens: readonly Token[], context: DocxContext, look: Look = {}, inLink = false) {
  const runs = new RunList();
  const looks: Look[] = [look];
  const current = () => looks[looks.length - 1]!;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case 'text':
        addText(runs, token.content, context, current(), inLink);
        break;
      case 'code_inline':
        runs.push(new TextRun({ text: plainText(token.content, context), ...current(), font: CODE_FONT }));
        break;
      case 'softbreak':
        runs.addText(' ', current());
        break;
      case 'hardbreak':
        runs.push(new TextRun({ break: 1 }));
        break;
      case 'em_open':
        looks.push({ ...current(), italics: true });
        break;
      case 'strong_open':
        looks.push({ ...current(), bold: true });
        break;
      case 'em_close':
      case 'strong_close':
        if (looks.length > 1) looks.pop();
        break;
      case 'link_open': {
        const end = closingIndex(tokens, index, 'link_open', 'link_close');
        const href = token.attrGet('href') ?? '';
        const external = EXTERNAL_LINK.test(href) && !inLink;
        const inner = inlineRuns(
          tokens.slice(index + 1, end),
          context,
          external ? { ...current(), ...context.styles.link } : current(),
          true,
        );
        if (external) runs.push(linkTo(href, inner, context));
        else runs.push(...inner);
        index = end;
        break;
      }
      case 'image':
        runs.push(
          ...imageRuns(
            {
              source: imageSource(token),
              alt: plainText(altText(token), context),
              title: plainText(token.attrGet('title') ?? '', context),
            },
            context,
            current(),
          ),
        );
        break;
      case 'html_inline':
        if (!isComment(token.content)) runs.addText(plainText(token.content, context), current());
        break;
      default:
        // Anything else markdown-it may add keeps its text, never dropped unseen.
        if (token.content !== '') addText(runs, token.content, context, current(), inLink);
    }
  }
  return runs.finish();
}

/**
 * A paragraph's runs, text that runs on in the same look joined into one:
 * a line of Markdown is a run of its own, and so is the space where a line
 * ends, so a paragraph of ten lines would be twenty runs where Word writes
 * one (and a long report hundreds of thousands of objects to write).
 */
class RunList {
  private readonly runs: ParagraphChild[] = [];
  private pending: { text: string; look: Look } | undefined;

  addText(text: string, look: Look): void {
    if (this.pending?.look === look) this.pending.text += text;
    else {
      this.flush();
      this.pending = { text, look };
    }
  }

  push(...runs: ParagraphChild[]): void {
    this.flush();
    this.runs.push(...runs);
  }

  finish(): ParagraphChild[] {
    this.flush();
    return this.runs;
  }

  private flush(): void {
    if (this.pending !== undefined && this.pending.text !== '')
      this.runs.push(new TextRun({ text: this.pending.text, ...this.pending.look }));
    this.pending = undefined;
  }
}

/** A comment (the checks' disable comments) vanishes, as it does in the preview and on paper. */
export function isComment(content: string): boolean {
  return content.trimStart().startsWith('<!--') && content.trimEnd().endsWith('-->');
}

/** Text with its marks' placeholders put back as they were written, for where no mark can be shown (code, alt text). */
export function plainText(text: string, context: DocxContext): string {
  const source = context.document.lines.text;
  return text.replace(MARK_PLACEHOLDER, (_, index: string) => {
    const mark = context.marks[Number(index)];
    return mark === undefined ? '' : xmlSafe(source.slice(mark.start, mark.end));
  });
}

/** Text with the paper's IDs in it: the text runs on; each ID is runs of its own (bold, a bookmark or a link). */
function addText(runs: RunList, text: string, context: DocxContext, look: Look, inLink: boolean): void {
  // split keeps the captured index: text, index, text, index, …, text.
  const parts = text.split(MARK_PLACEHOLDER);
  parts.forEach((part, at) => {
    if (at % 2 === 0) {
      runs.addText(part, look);
      return;
    }
    const mark = context.marks[Number(part)];
    if (mark !== undefined) runs.push(...markRuns(mark, context, look, inLink));
  });
}

function linkTo(href: string, children: ParagraphChild[], context: DocxContext): ParagraphChild {
  const styled = children.length === 0 ? [new TextRun({ text: href, ...context.styles.link })] : children;
  return new ExternalHyperlink({ link: href, children: styled });
}

/** The image's alternative text: the text of its children, as markdown-it's renderer writes it. */
function altText(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === 'image' ? altText(child) : child.type === 'softbreak' ? ' ' : child.content))
    .join('');
}

/** The index of the token closing the one opened at `start`, counting those nested inside it. */
export function closingIndex(tokens: readonly Token[], start: number, open: string, close: string): number {
  let depth = 0;
  for (let index = start; index < tokens.length; index++) {
    if (tokens[index]!.type === open) depth++;
    else if (tokens[index]!.type === close && --depth === 0) return index;
  }
  return tokens.length - 1;
}
