import { HeadingLevel, type IParagraphOptions, type IRunOptions } from 'docx';
import type { TemplateStyle } from './template-styles';

export type HeadingNumber = 1 | 2 | 3 | 4 | 5 | 6;

/** The style names a council maps heading levels to (the config's `export.heading-styles`). */
export type HeadingStyleNames = Readonly<Partial<Record<HeadingNumber, string>>>;

/** How headings and links are styled in the document being written. */
export interface ParagraphStyles {
  heading(level: HeadingNumber): Pick<IParagraphOptions, 'heading' | 'style'>;
  /** The look of a link's text: the document's Hyperlink style when it has one. */
  readonly link: Pick<IRunOptions, 'style' | 'color' | 'underline'>;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** The built-in layout's: Word's own Heading 1 to 6 and Hyperlink styles, which it defines. */
export const BUILT_IN_STYLES: ParagraphStyles = {
  heading: (level) => ({ heading: HEADINGS[level - 1]! }),
  link: { style: 'Hyperlink' },
};

/**
 * A template's: each level in the style the config names for it, found by
 * name; else the template's own "heading N"; else Word's Heading N. A name
 * the template lacks is said in `warnings`, so the officer can add the style
 * or correct the config, rather than find plain headings in the paper.
 */
export function templateStyles(
  styles: readonly TemplateStyle[],
  names: HeadingStyleNames,
  warnings: string[],
): ParagraphStyles {
  const paragraphStyles = styles.filter((style) => style.type === 'paragraph');
  const byName = (name: string) =>
    paragraphStyles.find((style) => style.name === name) ??
    paragraphStyles.find((style) => style.name.toLowerCase() === name.toLowerCase());
  const levels = HEADINGS.map((heading, index) => {
    const level = (index + 1) as HeadingNumber;
    const wanted = names[level];
    const mapped = wanted === undefined ? undefined : byName(wanted);
    if (wanted !== undefined && mapped === undefined)
      warnings.push(
        `The template has no paragraph style named "${wanted}", so level ${level} headings use the Heading ${level} style: add the style to the template, or correct export.heading-styles in .committee-reports.yaml.`,
      );
    const style = mapped ?? byName(`heading ${level}`);
    return style === undefined ? { heading } : { style: style.id };
  });
  const hyperlink = styles.find((style) => style.type === 'character' && style.name.toLowerCase() === 'hyperlink');
  return {
    heading: (level) => levels[level - 1]!,
    link: hyperlink === undefined ? { color: '0563C1', underline: {} } : { style: hyperlink.id },
  };
}
