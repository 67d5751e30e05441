/** Publishing a paper: its front sheet, its exempt notice, the accessible HTML page and the Word document. */
export { councilDate } from '../render/council-date';
export { exemptNotice, isExempt } from '../render/exempt-notice';
export { exportHtml, documentTitle } from './export-html';
export type { HtmlExportOptions } from './export-html';
export { frontSheet } from '../render/front-sheet';
export type { FrontSheet, FrontSheetLine, FrontSheetRow } from '../render/front-sheet';
export type { PaperIndex } from './other-papers';
// The Word export's functions are loaded only to export to Word (from './docx'): the docx library is a
// megabyte of code that checking never needs, and would add to every start-up.
export type { DocxExport, DocxExportOptions, TemplateProblem } from './docx';
export { imageDataUri, imageFacts } from './image-data';
export type { ImageFacts } from './image-data';
