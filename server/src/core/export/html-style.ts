/**
 * The exported page's own style sheet, inline so the file stands alone. Plain
 * and high in contrast (GOV.UK's colours); a focus ring that cannot be missed
 * (WCAG 2.2, 2.4.7 and 2.4.13); and for print, A4 with the front sheet on a
 * page of its own, first, as committee papers are printed. The bottom margin
 * leaves room for the page numbers the PDF export prints in it
 * (server/src/node/pdf-page.ts gives Chromium the same margins).
 */
export const EXPORT_CSS = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; background: #fff; max-width: 48rem; margin: 0 auto; padding: 1rem; }
a { color: #1d70b8; }
a:visited { color: #4c2c92; }
a:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 0; background: #fd0; color: #0b0c0c; text-decoration: none; box-shadow: 0 4px #0b0c0c; }
.cr-exempt { border: 3px solid #0b0c0c; padding: 0.5rem 1rem; font-weight: bold; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
.cr-front-sheet th { width: 12rem; }
.cr-definition { font-weight: bold; }
@media print {
  @page { size: A4; margin: 2cm 2cm 2.5cm; }
  body { font-size: 11pt; max-width: none; padding: 0; }
  header { break-after: page; }
  a { color: inherit; }
  thead { display: table-header-group; }
  tr, img { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
}
`.trim();
