import type { ParsedDocument } from '../document';
import { offsetsRange } from '../document-positions';
import { maskInlineSyntax } from '../parse/inline-scan';
import type { DocumentCheck } from './check';

export const imageAltMissing: DocumentCheck = {
  code: 'image-alt-missing',
  defaultSeverity: 'warning',
  description:
    'An image has no alternative text to describe it to someone who cannot see it: nothing between its square brackets, or an HTML img tag with no alt.',
  run({ document }, report) {
    for (const image of imagesWithoutAlt(document)) {
      report({ range: offsetsRange(document, image.start, image.end), message: MESSAGES[image.problem] });
    }
  },
};

type Problem = 'markdown' | 'no alt' | 'blank alt';

const DESCRIBE = 'describe what it shows for someone who cannot see it';
const MESSAGES: Readonly<Record<Problem, string>> = {
  markdown: `This image has no alternative text: ${DESCRIBE}, between the square brackets of ![…](…).`,
  'no alt': `This image has no alt attribute: ${DESCRIBE}, in alt="…". If it is only decoration, write alt="".`,
  'blank alt': `This image's alternative text is only spaces: ${DESCRIBE}, in alt="…". If it is only decoration, write alt="".`,
};

interface Image {
  readonly start: number;
  readonly end: number;
  readonly problem: Problem;
}

/**
 * Images in paragraphs and headings (Markdown images and inline `<img>`
 * tags, not in code spans) and `<img>` tags in HTML blocks, in document
 * order, at document offsets.
 */
function imagesWithoutAlt(document: ParsedDocument): Image[] {
  const { lines, markdown } = document;
  const images: Image[] = [];
  // Most paragraphs hold neither `![` nor `<`: searches that move on through the text once pass over them.
  const next = { image: -1, angle: -1 };
  let readTo = 0;
  for (const block of markdown.prose) {
    const startLine = Math.max(block.startLine, readTo);
    if (startLine >= block.endLine) continue;
    readTo = block.endLine;
    const offset = lines.lineStart(startLine);
    const end = block.endLine < lines.lineCount ? lines.lineStart(block.endLine) : lines.text.length;
    if (next.image < offset) next.image = orEnd(lines.text.indexOf('![', offset), lines.text);
    if (next.angle < offset) next.angle = orEnd(lines.text.indexOf('<', offset), lines.text);
    if (next.image >= end && next.angle >= end) continue;
    const text = lines.textOfLines(startLine, block.endLine);
    const hasImage = next.image < end;
    const hasTag = next.angle < end && IMG_TAG.test(text);
    if (!hasImage && !hasTag) continue;
    const shift = (image: Image) => images.push({ ...image, start: offset + image.start, end: offset + image.end });
    if (hasImage) markdownImages(maskInlineSyntax(text), markdown.linkLabels).forEach(shift);
    if (hasTag) imgTags(text, inlineTagStarts(text)).forEach(shift);
  }
  for (const block of markdown.htmlBlocks) {
    const text = lines.textOfLines(block.startLine, block.endLine);
    if (!IMG_TAG.test(text)) continue;
    const offset = lines.lineStart(block.startLine);
    for (const image of imgTags(text, htmlBlockTagStarts(text)))
      images.push({ ...image, start: offset + image.start, end: offset + image.end });
  }
  return images.sort((a, b) => a.start - b.start);
}

const IMG_TAG = /<img[\s/>]/i;

/**
 * `![](x.png)`, `![ ](x.png "title")` and `![][label]` (a label the document
 * defines) in text whose code spans, escapes, comments and HTML are blanked.
 * An image whose brackets hold anything but white space has alternative text.
 */
function markdownImages(masked: string, linkLabels: ReadonlySet<string>): Image[] {
  const images: Image[] = [];
  // Each search for a `)` or `]` starts past the last one found: `![](![](…` stays linear.
  let nextParen = -1;
  let nextBracket = -1;
  for (let at = masked.indexOf('!['); at !== -1; at = masked.indexOf('![', at + 2)) {
    let close = at + 2;
    while (close < masked.length && /\s/.test(masked[close]!)) close++;
    if (masked[close] !== ']') continue;
    const after = close + 1;
    if (masked[after] === '(') {
      if (nextParen < after) nextParen = orEnd(masked.indexOf(')', after), masked);
      if (nextParen === masked.length) continue;
      images.push({ start: at, end: nextParen + 1, problem: 'markdown' });
    } else if (masked[after] === '[') {
      if (nextBracket <= after) nextBracket = orEnd(masked.indexOf(']', after + 1), masked);
      if (nextBracket === masked.length) continue;
      const label = masked
        .slice(after + 1, nextBracket)
        .trim()
        .replace(/\s+/g, ' ')
        .toUpperCase();
      if (label !== '' && linkLabels.has(label)) images.push({ start: at, end: nextBracket + 1, problem: 'markdown' });
    }
  }
  return images;
}

/** An `indexOf` result, with none found as the text's length: no later search finds one either. */
function orEnd(index: number, text: string): number {
  return index === -1 ? text.length : index;
}

/**
 * Where `<img` tags start in paragraph text: not in code spans, comments or
 * autolinks, and not escaped. Each `<` of an `<img` is swapped for a
 * character `maskInlineSyntax` leaves alone; those it does not blank stand
 * outside code.
 */
function inlineTagStarts(text: string): number[] {
  const marked = text.replace(/<(?=img[\s/>])/gi, '\u0001');
  const masked = maskInlineSyntax(marked);
  const starts: number[] = [];
  for (let at = masked.indexOf('\u0001'); at !== -1; at = masked.indexOf('\u0001', at + 1)) {
    if (marked[at] === '\u0001' && !escaped(text, at)) starts.push(at);
  }
  return starts;
}

/** An odd run of backslashes before `at` escapes it. */
function escaped(text: string, at: number): boolean {
  let count = 0;
  while (text[at - 1 - count] === '\\') count++;
  return count % 2 === 1;
}

/** Where `<img` tags start in an HTML block, outside comments. */
function htmlBlockTagStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close === -1) break;
      at = close + 2;
    } else if (IMG_AT.test(text.slice(at, at + 5))) starts.push(at);
  }
  return starts;
}

const IMG_AT = /^<img[\s/>]/i;

/** The `<img>` tags starting at `starts` whose alt is missing or only spaces. `alt=""` marks decoration (WCAG H67). */
function imgTags(text: string, starts: readonly number[]): Image[] {
  const images: Image[] = [];
  let readTo = 0;
  for (const start of starts) {
    // A tag read to its end is not read again from inside: an unclosed quote cannot make the scan quadratic.
    if (start < readTo) continue;
    const tag = readTag(text, start + 4);
    readTo = tag.end;
    // Without its `>` it is text, not a tag.
    if (!tag.closed) continue;
    if (tag.alt === undefined) images.push({ start, end: tag.end, problem: 'no alt' });
    else if (tag.alt !== '' && tag.alt.trim() === '') images.push({ start, end: tag.end, problem: 'blank alt' });
  }
  return images;
}

/**
 * Reads an HTML tag's attributes from `at` (just past its name) to its `>`,
 * or to the end of the text if it has none, as HTML does: names, then an
 * optional `=` and a quoted or unquoted value; an attribute with no value is
 * empty. Gives the `alt` value, if any.
 */
function readTag(text: string, at: number): { end: number; closed: boolean; alt: string | undefined } {
  let alt: string | undefined;
  let position = at;
  const skipSpace = () => {
    while (position < text.length && /\s/.test(text[position]!)) position++;
  };
  while (position < text.length) {
    skipSpace();
    const character = text[position];
    if (character === undefined) break;
    if (character === '>') return { end: position + 1, closed: true, alt };
    const nameStart = position;
    while (position < text.length && !/[\s/>=]/.test(text[position]!)) position++;
    const name = text.slice(nameStart, position).toLowerCase();
    if (name === '') {
      position++; // a stray `/` or `=`
      continue;
    }
    skipSpace();
    let value = '';
    if (text[position] === '=') {
      position++;
      skipSpace();
      const quote = text[position];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, position + 1);
        if (close === -1) return { end: text.length, closed: false, alt };
        value = text.slice(position + 1, close);
        position = close + 1;
      } else {
        const valueStart = position;
        while (position < text.length && !/[\s>]/.test(text[position]!)) position++;
        value = text.slice(valueStart, position);
      }
    }
    if (name === 'alt') alt = value;
  }
  return { end: text.length, closed: false, alt };
}
