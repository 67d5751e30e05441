import type { RecommendationStatus, TraceItem } from './model';

export interface RecommendationOutcome {
  readonly status: RecommendationStatus;
  readonly response?: TraceItem;
}

/**
 * Where a recommendation stands, given what in other documents cites it
 * (earliest meeting first).
 *
 * An officer's report's recommendation is addressed once anything in another
 * document cites it: the minutes resolving it, usually.
 *
 * A scrutiny report's recommendation waits for its addressee's response: an
 * item citing it in a paper for a meeting after the report's own. The minutes
 * of the meeting that received the report (same date) endorse it and refer it
 * on; that is the committee's own act, not the response, so it does not count.
 * A paper with no meeting date cannot show it came later, so it does not count
 * either. With no response, the recommendation is overdue once `today` is
 * after the due date; a response dated after the due date is "responded late".
 */
export function recommendationOutcome(
  recommendation: TraceItem,
  citedBy: readonly TraceItem[],
  responseDue: string | undefined,
  today: string,
): RecommendationOutcome {
  if (recommendation.documentType !== 'scrutiny') return { status: citedBy.length > 0 ? 'addressed' : 'not-addressed' };
  const after = recommendation.meeting;
  const response = citedBy.find((item) => item.meeting !== undefined && (after === undefined || item.meeting > after));
  if (response)
    return {
      status: responseDue !== undefined && response.meeting! > responseDue ? 'responded-late' : 'responded',
      response,
    };
  return { status: responseDue !== undefined && today > responseDue ? 'overdue' : 'awaiting-response' };
}
