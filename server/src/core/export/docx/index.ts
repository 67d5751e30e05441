/** A paper as a Word document, in the built-in layout or a council's template. */
export { exportDocx } from './export-docx';
export type { DocxExport, DocxExportOptions } from './export-docx';
export { checkDocxTemplate } from './template-check';
export type { TemplateProblem } from './template-check';
