import type { TraceItem } from './model';

/**
 * Orders of the model. Text is compared by UTF-16 code unit after folding
 * case (documentRanks folds it), never with the locale, so the same workspace gives the same order on
 * every machine. Items without a committee or a meeting date come last.
 *
 * Items are sorted by their document's rank, worked out once per document,
 * then by position: comparing committee names for every pair of thousands of
 * items would cost more than building the rest of the model.
 */

type DocumentFields = Pick<TraceItem, 'uri' | 'documentId' | 'committee' | 'meeting'>;

interface Folded {
  readonly uri: string;
  readonly documentId: string;
  readonly committee: string | undefined;
  readonly meeting: string | undefined;
}

/** By committee, meeting date and document: how a clerk files papers. */
function byCommittee(a: Folded, b: Folded): number {
  return (
    compareOptional(a.committee, b.committee) ||
    compareOptional(a.meeting, b.meeting) ||
    compareText(a.documentId, b.documentId) ||
    compareText(a.uri, b.uri)
  );
}

/** By meeting date first: what acted on an item, in the order it happened. */
function byDate(a: Folded, b: Folded): number {
  return (
    compareOptional(a.meeting, b.meeting) ||
    compareOptional(a.committee, b.committee) ||
    compareText(a.documentId, b.documentId) ||
    compareText(a.uri, b.uri)
  );
}

function byPosition(a: TraceItem, b: TraceItem): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** Each document's place, by URI, in committee order (committee, meeting date, document) or date order (meeting date first). */
export function documentRanks(
  documents: Iterable<DocumentFields>,
  order: 'committee' | 'date',
): ReadonlyMap<string, number> {
  const unique = new Map<string, Folded>();
  for (const document of documents) if (!unique.has(document.uri)) unique.set(document.uri, folded(document));
  return new Map(
    [...unique.values()]
      .sort(order === 'committee' ? byCommittee : byDate)
      .map((document, rank) => [document.uri, rank]),
  );
}

/** The fields compared, lower-cased once rather than at every comparison. */
function folded(document: DocumentFields): Folded {
  return {
    uri: document.uri,
    documentId: document.documentId.toLowerCase(),
    committee: document.committee?.toLowerCase(),
    meeting: document.meeting,
  };
}

/** Items by their document's rank, then by position in it. */
export function byRank(ranks: ReadonlyMap<string, number>): (a: TraceItem, b: TraceItem) => number {
  return (a, b) => (ranks.get(a.uri) ?? 0) - (ranks.get(b.uri) ?? 0) || byPosition(a, b);
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
