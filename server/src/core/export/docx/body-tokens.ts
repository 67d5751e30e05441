import type { ParsedDocument } from '../../document';
import { markedBody } from '../../render/body-html';
import { createSafeMarkdown } from '../../render/markdown';
import type { PreviewMark } from '../../render/preview-marks';
import { xmlSafe } from './xml-safe';
import type MarkdownIt from 'markdown-it';

/** One of markdown-it's tokens. */
export type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * The preview's Markdown, but keeping links and images to files beside the
 * paper (`images/map.png`): Word embeds an image's bytes, which the node
 * layer reads, and a link Word cannot open is written as its text. Only
 * addresses that could run or reach into the machine are still refused.
 */
const markdown = createSafeMarkdown();
markdown.validateLink = (url) => !/^\s*(javascript|vbscript|file|data):/i.test(url);

/** The body's block tokens, each of `marks` a placeholder in their text (`MARK_PLACEHOLDER`). */
export function bodyTokens(document: ParsedDocument, marks: readonly PreviewMark[]): Token[] {
  return markdown.parse(xmlSafe(markedBody(document, marks)), {});
}

/** An image's src as the paper writes it: markdown-it encodes it as a web address (a space as `%20`). */
export function imageSource(image: Token): string {
  return markdown.normalizeLinkText(image.attrGet('src') ?? '');
}
