import type { CitingItem, RecommendationStatus, TraceItem } from './model';

export interface RecommendationOutcome {
  readonly status: RecommendationStatus;
  readonly response?: CitingItem;
}

/**
 * Where a recommendation stands, given what in other documents cites it
 * (earliest meeting first).
 *
 * An officer's report's recommendation is addressed once anything in another
 * document acts on it: the minutes resolving it, usually. A resolution that
 * only refers it on (to the full Council, say) does not.
 *
 * A scrutiny report's recommendation waits for its addressee's response: an
 * item responding to it (relations.ts): in a paper for a meeting after the
 * report's own, and not only referring it on. The minutes of the meeting that
 * received the report endorse it and refer it on; that is the committee's own
 * act, not the response. With no response, the recommendation is overdue once `today` is
 * after the due date; a response dated after the due date is "responded late".
 */
export function recommendationOutcome(
  recommendation: TraceItem,
  citedBy: readonly CitingItem[],
  responseDue: string | undefined,
  today: string,
): RecommendationOutcome {
  if (recommendation.documentType !== 'scrutiny')
    return { status: citedBy.some((item) => item.relation !== 'referred') ? 'addressed' : 'not-addressed' };
  const response = citedBy.find((item) => item.relation === 'responded');
  if (response)
    return {
      status: responseDue !== undefined && response.meeting! > responseDue ? 'responded-late' : 'responded',
      response,
    };
  return { status: responseDue !== undefined && today > responseDue ? 'overdue' : 'awaiting-response' };
}
