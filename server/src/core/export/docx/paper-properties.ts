import type { PatchDocumentProperties } from 'docx';
import type { ParsedDocument } from '../../document';
import { councilDate } from '../../render/council-date';
import { documentTitle } from '../export-html';
import { xmlSafe } from './xml-safe';

/** What Word shows in File > Info, and a screen reader or a PDF takes as the document's title. */
export type PaperProperties = Required<
  Pick<PatchDocumentProperties, 'title' | 'creator' | 'description' | 'lastModifiedBy'>
>;

const TOOL = 'Committee Reports';

/**
 * The title is the paper's (as the HTML page's); the author is whoever the
 * report is by, when the front matter says; the comments say what the paper
 * is for: its committee and meeting date.
 */
export function paperProperties(document: ParsedDocument): PaperProperties {
  const { data } = document;
  const reportBy = writtenText(data['report_by']);
  const committee = writtenText(data['committee']);
  const meeting = councilDate(data['meeting']);
  const forMeeting = [committee, meeting].filter((part) => part !== undefined).join(', ');
  return {
    title: xmlSafe(documentTitle(document)),
    creator: reportBy ?? TOOL,
    description: forMeeting === '' ? `Exported by ${TOOL}` : `For ${forMeeting}. Exported by ${TOOL}`,
    lastModifiedBy: TOOL,
  };
}

function writtenText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? xmlSafe(value.trim()) : undefined;
}
