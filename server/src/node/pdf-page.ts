/**
 * A4, 210 by 297 mm, which Chromium makes 595.92 by 841.92 points (to a CSS
 * pixel). Not playwright's `format: 'A4'`: that is 8.27 by 11.7 inches, which
 * comes out 842.88 points high, a millimetre longer than A4's 841.89.
 */
export const PDF_PAGE_SIZE = { width: '210mm', height: '297mm' } as const;

/**
 * The page's margins, as the exported page's print stylesheet sets them
 * (server/src/core/export/html-style.ts): the bottom one leaves room for the
 * footer, which Chromium draws inside it.
 */
export const PDF_MARGINS = { top: '2cm', right: '2cm', bottom: '2.5cm', left: '2cm' } as const;

/**
 * "Page 3 of 12" at the foot of each page, as committee papers are numbered.
 * The template sees none of the page's styles, so it carries its own: Chromium
 * draws it at a small default size, and a reader must be able to read it.
 */
export const FOOTER_TEMPLATE =
  '<div style="width: 100%; text-align: center; font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #0b0c0c;">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** No header: an empty template would give Chromium's own, with the date and the page's address. */
export const HEADER_TEMPLATE = '<span></span>';
