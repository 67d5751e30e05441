import type { ParsedDocument } from '../../document';
import type { ExportMark } from '../cross-paper-marks';
import type { PaperIndex } from '../other-papers';
import type { BookmarkNames } from './bookmark-names';
import type { ParagraphStyles } from './paragraph-styles';
import type { ListNumbering } from './list-numbering';

/** What writing one paper's body needs, shared by its blocks and their runs. */
export interface DocxContext {
  readonly document: ParsedDocument;
  /** The preview's marks, grouped as the HTML export groups them; a placeholder in the Markdown is an index here. */
  readonly marks: readonly ExportMark[];
  readonly papers: PaperIndex | undefined;
  readonly image: ((source: string) => Uint8Array | undefined) | undefined;
  readonly styles: ParagraphStyles;
  readonly bookmarks: BookmarkNames;
  readonly lists: ListNumbering;
  /** The IDs already given a bookmark: a second definition of one (id-duplicate reports it) gets none. */
  readonly bookmarked: Set<string>;
  /** Told to the officer after the export, in plain English: an image left out, a heading style the template lacks. */
  readonly warnings: string[];
}
