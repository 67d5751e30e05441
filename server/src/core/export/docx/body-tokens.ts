import type { ParsedDocument } from '../../document';
import { markedBody } from '../../render/body-html';
import { createSafeMarkdown } from '../../render/markdown';
import type { PreviewMark } from '../../render/preview-marks';
import { xmlSafe } from './xml-safe';
import type MarkdownIt from 'markdown-it';

/** One of markdown-it's tokens. */
export type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * The preview's Markdown, as the HTML export renders it: images beside the
 * paper (`images/map.png`) are kept, for Word to embed the bytes the node
 * layer reads; a link to a file beside it is already its words alone.
 */
const markdown = createSafeMarkdown();

/** The body's block tokens, each of `marks` a placeholder in their text (`MARK_PLACEHOLDER`). */
export function bodyTokens(document: ParsedDocument, marks: readonly PreviewMark[]): Token[] {
  return markdown.parse(xmlSafe(markedBody(document, marks)), {});
}

/** An image's src as the paper writes it: markdown-it encodes it as a web address (a space as `%20`). */
export function imageSource(image: Token): string {
  return markdown.normalizeLinkText(image.attrGet('src') ?? '');
}
