import type { ParsedDocument } from '../document';
import { fileNameOf } from '../document-names';
import { councilDate } from '../render/council-date';
import { dateValue } from '../traceability/dates';
import type { Workspace } from '../workspace';

/**
 * Why an ID of a document must keep its number, or undefined when it may
 * move. An ID is locked when the front matter lists it (`locked: [F1, F2]`),
 * or when a paper for a later meeting than this document's cites it: those
 * minutes or that response are published, and their numbers cannot change.
 */
export function lockReason(workspace: Workspace, document: ParsedDocument, id: string): string | undefined {
  if (lockedByHand(document).has(id)) return `${id} is locked in the front matter (locked: [${id}])`;
  const meeting = dateValue(document.data['meeting']);
  if (meeting === undefined) return undefined;
  for (const { uri } of workspace.citationsOf(document.documentId, id)) {
    const citing = uri === document.uri ? undefined : workspace.getDocument(uri);
    const citingMeeting = citing && dateValue(citing.data['meeting']);
    if (citing && citingMeeting !== undefined && citingMeeting > meeting)
      return `${id} is cited by ${paperName(citing, citingMeeting)}`;
  }
  return undefined;
}

/** The IDs the front matter's `locked` lists; anything else written there is the schema's to report. */
function lockedByHand(document: ParsedDocument): ReadonlySet<string> {
  const locked = document.data['locked'];
  return new Set(Array.isArray(locked) ? locked.filter((id): id is string => typeof id === 'string') : []);
}

/** "the Cabinet minutes of 12 March 2026 (cabinet-2026-03-12.minutes.md)" */
function paperName(document: ParsedDocument, meeting: string): string {
  const committee = typeof document.data['committee'] === 'string' ? `${document.data['committee'].trim()} ` : '';
  const what = document.type === 'minutes' ? 'minutes' : document.type === 'scrutiny' ? 'scrutiny report' : 'report';
  return `the ${committee}${what} of ${councilDate(meeting)!} (${fileNameOf(document.uri)})`;
}
