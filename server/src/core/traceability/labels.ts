import type { BrokenLink, BrokenLinkProblem, TraceStatus } from './model';

/** Statuses in the words an officer would use, for every output (the language server sends the table to its clients). */
export const STATUS_LABELS: Readonly<Record<TraceStatus, string>> = {
  addressed: 'addressed',
  'not-addressed': 'not addressed',
  'awaiting-response': 'awaiting response',
  responded: 'responded',
  'responded-late': 'responded late',
  overdue: 'overdue',
};

export function statusLabel(status: TraceStatus): string {
  return STATUS_LABELS[status];
}

/** The status shown for something cited that does not exist. */
export function missingLabel(problem: BrokenLinkProblem): string {
  return problem === 'unknown-document' ? 'no such document' : 'not found';
}

/** How a broken link reads in a list: "cyp-2026-06-18:R2 cites tg-2026:R9, which does not exist". */
export function brokenLinkSentence(link: BrokenLink): string {
  const from = `${link.from.documentId}:${link.from.id}`;
  const cited = `${link.documentId}:${link.id}`;
  return link.problem === 'unknown-document'
    ? `${from} cites ${cited}, but no document has the id ${link.documentId}`
    : `${from} cites ${cited}, which does not exist`;
}
