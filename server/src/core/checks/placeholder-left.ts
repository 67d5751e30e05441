import type { ParsedDocument } from '../document';
import { offsetsRange } from '../document-positions';
import { frontMatterPlaceholders } from '../text/front-matter-placeholders';
import { findAnglePrompts, findPlaceholders, placeholderMarkers, type Placeholder } from '../text/placeholders';
import type { DocumentCheck } from './check';

export const placeholderLeft: DocumentCheck = {
  code: 'placeholder-left',
  defaultSeverity: 'warning',
  description:
    "A fill-in such as '[Insert ...]', 'TBC', 'XX', 'because …' or name@example.gov.uk is left in the text or front matter.",
  run({ document }, report) {
    const { lines } = document;
    const yamlEnd = document.frontMatter ? lines.lineStart(document.frontMatter.closingLine) : 0;
    for (const placeholder of frontMatterPlaceholders(document.frontMatter, lines.text, yamlEnd)) {
      report({
        range: offsetsRange(document, placeholder.start, placeholder.end),
        message: valueMessage(placeholder, placeholder.key),
      });
    }
    for (const placeholder of placeholdersIn(document)) {
      report({ range: offsetsRange(document, placeholder.start, placeholder.end), message: textMessage(placeholder) });
    }
  },
};

function textMessage(placeholder: Placeholder): string {
  switch (placeholder.form) {
    case 'prompt':
      return `'${placeholder.text}' is a template prompt left in the text: replace it with the real wording or remove it.`;
    case 'gap':
      return `'${placeholder.text}' on its own is a gap left to fill: write the text or remove it.`;
    case 'unfinished':
      return `The text stops at '${placeholder.text}', a gap left to fill: finish it.`;
    case 'email':
      return `'${placeholder.text}' is a made-up e-mail address from a template: give the real one.`;
    case 'phone':
      return `'${placeholder.text}' is a made-up telephone number from a template: give the real one.`;
  }
}

function valueMessage(placeholder: Placeholder, key: string): string {
  const where = key ? `the '${key}' value` : 'this value';
  switch (placeholder.form) {
    case 'prompt':
      return `'${placeholder.text}' in ${where} is a template prompt: replace it with the real value.`;
    case 'gap':
      return `${capitalise(where)} is only '${placeholder.text}', a gap left to fill: fill it in.`;
    case 'unfinished':
      return `${capitalise(where)} stops at '${placeholder.text}', a gap left to fill: finish it.`;
    case 'email':
      return `'${placeholder.text}' in ${where} is a made-up e-mail address from a template: give the real one.`;
    case 'phone':
      return `'${placeholder.text}' in ${where} is a made-up telephone number from a template: give the real one.`;
  }
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * Placeholders in the body, in document order, at document offsets: in the
 * prose (paragraphs and headings), and `<insert …>` prompts in HTML blocks,
 * which CommonMark makes of a line holding only such a prompt.
 */
function placeholdersIn(document: ParsedDocument): Placeholder[] {
  const { lines, markdown } = document;
  const found: Placeholder[] = [];
  // What the body may hold, found once: each paragraph is searched only for those forms.
  const bodyStart = document.frontMatter
    ? lines.lineStart(Math.min(document.frontMatter.closingLine + 1, lines.lineCount))
    : 0;
  const inText = placeholderMarkers(lines.text.slice(bodyStart));
  const scan = (startLine: number, endLine: number, finder: (raw: string) => Placeholder[]) => {
    const start = lines.lineStart(startLine);
    for (const placeholder of finder(lines.textOfLines(startLine, endLine)))
      found.push({ ...placeholder, start: start + placeholder.start, end: start + placeholder.end });
  };
  let scannedTo = 0;
  for (const block of markdown.prose) {
    const startLine = Math.max(block.startLine, scannedTo);
    if (startLine >= block.endLine) continue;
    scannedTo = block.endLine;
    scan(startLine, block.endLine, (raw) => findPlaceholders(raw, inText));
  }
  if (inText.angle) for (const block of markdown.htmlBlocks) scan(block.startLine, block.endLine, findAnglePrompts);
  return found.sort((a, b) => a.start - b.start);
}
