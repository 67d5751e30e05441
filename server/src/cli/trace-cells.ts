import {
  isMissing,
  missingLabel,
  statusLabel,
  type MissingItem,
  type RecommendationTrace,
  type TraceChain,
  type TraceItem,
} from '../core';

/** Shared wording of the trace outputs, so text, Markdown and CSV say the same thing. */

type ChainPart = NonNullable<TraceChain['finding'] | TraceChain['recommendation']>;

/** The first item of a row that exists, for the row's committee, meeting and document. */
export function anchorItem(chain: TraceChain): TraceItem | undefined {
  for (const part of [chain.finding, chain.recommendation]) if (part && !isMissing(part)) return part;
  return chain.actedOnBy;
}

/** `F1` in the document being shown, `other-doc:F1` elsewhere: the reference notation officers write. */
export function idIn(
  item: { readonly documentId: string; readonly id: string },
  documentId: string | undefined,
): string {
  return item.documentId === documentId ? item.id : `${item.documentId}:${item.id}`;
}

export function partStatus(part: ChainPart): string {
  return isMissing(part) ? missingLabel(part.problem) : statusLabel(part.status);
}

/** "overdue" or "overdue, response due 2026-09-17" for a scrutiny recommendation. */
export function recommendationStatus(part: RecommendationTrace | MissingItem): string {
  if (isMissing(part)) return missingLabel(part.problem);
  return part.responseDue === undefined
    ? statusLabel(part.status)
    : `${statusLabel(part.status)}, response due ${part.responseDue}`;
}

/** 1-based, as people and the check output count lines. */
export function lineOf(item: TraceItem): number {
  return item.range.start.line + 1;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "7 findings (2 not addressed)": the total, then each status that occurs, in a fixed order. */
export function countWithStatuses(
  items: readonly { readonly status: Parameters<typeof statusLabel>[0] }[],
  word: string,
): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const order: Parameters<typeof statusLabel>[0][] = [
    'addressed',
    'not-addressed',
    'responded',
    'responded-late',
    'awaiting-response',
    'overdue',
  ];
  const parts = order
    .filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${statusLabel(status)}`);
  return parts.length === 0 ? plural(items.length, word) : `${plural(items.length, word)} (${parts.join(', ')})`;
}
