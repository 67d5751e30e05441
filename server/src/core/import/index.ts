/** A council's Word paper, once converted to Markdown, made into a document of the format. */
export { shapeImportedMarkdown } from './shape-import';
export type { ImportedType, ShapedImport, ShapeOptions } from './shape-import';
export type { KnownPaper } from './other-papers';
export { writtenDate } from './written-date';
export { writtenTitle } from '../document-names';
