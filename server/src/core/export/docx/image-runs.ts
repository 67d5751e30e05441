import { ImageRun, TextRun, type ParagraphChild } from 'docx';
import { imageFacts, imageLeftOut } from '../image-data';
import type { DocxContext } from './context';
import type { Look } from './id-marks';

/** The formats Word shows from the bytes alone (an SVG needs a PNG beside it, which a paper does not have). */
const WORD_FORMATS: Readonly<Record<string, 'png' | 'jpg' | 'gif' | 'bmp'>> = {
  png: 'png',
  jpg: 'jpg',
  gif: 'gif',
  bmp: 'bmp',
};

/** The width of the built-in layout's text (A4 less two 2.5 cm margins) in pixels at 96 to the inch. */
export const TEXT_WIDTH_PIXELS = 605;
/** A tall image is kept to about a page's height of text. */
const TEXT_HEIGHT_PIXELS = 900;

/** An image as it was written in the Markdown: where it is, its alternative text and its title. */
export interface WrittenImage {
  readonly source: string;
  readonly alt: string;
  readonly title: string;
}

/**
 * An image of the paper, at its own size or scaled down to fit the page,
 * with the Markdown's alternative text as Word's (its description) and its
 * title. One that could not be read, or that Word cannot show, is written as
 * its alternative text in brackets, and the officer is told which and why.
 */
export function imageRuns(image: WrittenImage, context: DocxContext, look: Look): ParagraphChild[] {
  const instead = (why: string) => {
    context.warnings.push(imageLeftOut(image.source, why));
    return [new TextRun({ text: `[${image.alt}]`, ...look })];
  };
  const bytes = context.image?.(image.source);
  if (bytes === undefined) return instead('could not be read from beside the document');
  const size = imageFacts(bytes);
  const type = size?.type === undefined ? undefined : WORD_FORMATS[size.type];
  if (size === undefined || type === undefined)
    return instead('is not a PNG, JPEG, GIF or BMP picture, which Word needs');
  const scale = Math.min(1, TEXT_WIDTH_PIXELS / size.width, TEXT_HEIGHT_PIXELS / size.height);
  return [
    new ImageRun({
      type,
      data: bytes,
      transformation: {
        width: Math.max(1, Math.round(size.width * scale)),
        height: Math.max(1, Math.round(size.height * scale)),
      },
      altText: { name: image.source, description: image.alt, title: image.title || image.alt },
    }),
  ];
}
