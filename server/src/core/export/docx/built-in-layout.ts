import { Document, type FileChild, type INumberingOptions, type IStylesOptions } from 'docx';
import type { PaperProperties } from './paper-properties';

const BRITISH_ENGLISH = { value: 'en-GB' } as const;
/** Sizes in half-points: 12 pt text, headings from 18 pt down. */
const HEADING_SIZES = [36, 30, 26, 24, 24, 24] as const;
const TEXT = '0B0C0C';

/**
 * A clean paper when the council gives no template: Arial 12 pt (the size
 * councils' accessibility guides ask for), A4 with 2.5 cm margins, British
 * English for the spelling checker and screen readers, and Word's own
 * Heading 1 to 6 styles, so its navigation pane, a table of contents and a
 * tagged PDF all see the headings.
 */
const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: 'Arial', size: 24, color: TEXT, language: BRITISH_ENGLISH },
      paragraph: { spacing: { after: 160, line: 300 } },
    },
    ...Object.fromEntries(
      HEADING_SIZES.map((size, index) => [
        `heading${index + 1}`,
        {
          run: { font: 'Arial', size, bold: true, color: TEXT, language: BRITISH_ENGLISH },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
      ]),
    ),
    hyperlink: { run: { color: '1D70B8', underline: {} } },
  },
};

const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1418;

export function builtInDocument(
  children: readonly FileChild[],
  numbering: INumberingOptions,
  properties: PaperProperties,
): Document {
  return new Document({
    ...properties,
    styles: STYLES,
    numbering,
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } },
        },
        children,
      },
    ],
  });
}
