/** Publishing a paper: its front sheet, its exempt notice, and the accessible HTML page. */
export { councilDate } from './council-date';
export { exemptNotice, isExempt } from './exempt-notice';
export { exportHtml, documentTitle } from './export-html';
export type { HtmlExportOptions } from './export-html';
export { frontSheet } from './front-sheet';
export type { FrontSheet, FrontSheetLine, FrontSheetRow } from './front-sheet';
export type { PaperIndex } from './other-papers';
