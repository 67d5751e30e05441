import type { CitingItem, TraceItem, TraceRelation } from './model';

/**
 * How an item citing another stands to it (docs/format.md, "Tracing what
 * acted on a finding"):
 *
 * - *referred*: it passes the item on rather than acting on it. That is the
 *   minutes of the meeting that received a scrutiny report (they endorse it
 *   and refer it to the executive), or any resolution whose words only
 *   endorse or note it and refer it on: "Endorses recommendation R1 of the
 *   task group and refers it to the Cabinet Member for Education and Skills
 *   for a response".
 * - *responded*: the addressee's answer to a scrutiny recommendation, at a
 *   later meeting.
 * - *acted-on*: anything else that acts on it (a recommendation resting on a
 *   finding, the resolution deciding a report's recommendation).
 *
 * A referral never counts as the action or the response: a recommendation
 * endorsed and referred at its own meeting, and answered by nobody, is still
 * overdue, and says why.
 *
 * `cited` is undefined for something cited that does not exist: only the
 * citing item's words can then tell.
 */
export function citingItem(cited: TraceItem | undefined, citer: TraceItem): CitingItem {
  const { referredTo, onlyRefers } = referralWords(citer);
  // The meeting that received a scrutiny report acts for itself, not as the addressee: it refers the recommendation on.
  const sameMeeting =
    cited !== undefined &&
    isScrutinyRecommendation(cited) &&
    citer.meeting !== undefined &&
    citer.meeting === cited.meeting;
  if (onlyRefers || sameMeeting)
    return referredTo === undefined
      ? withRelation(citer, 'referred')
      : Object.assign({}, citer, { relation: 'referred' as const, referredTo });
  // A paper with no meeting date, or an earlier one, cannot show it answers the report.
  const answers =
    cited !== undefined &&
    isScrutinyRecommendation(cited) &&
    citer.meeting !== undefined &&
    (cited.meeting === undefined || citer.meeting > cited.meeting);
  return withRelation(citer, answers ? 'responded' : 'acted-on');
}

interface ReferralWords {
  readonly referredTo: string | undefined;
  /** A resolution whose words refer something on and decide nothing. */
  readonly onlyRefers: boolean;
}

/**
 * What an item's words say about referring, read once per item: one
 * recommendation citing thousands of findings is met once for each, and its
 * text is as long as its citations.
 */
const wordsRead = new WeakMap<TraceItem, ReferralWords>();

function referralWords(citer: TraceItem): ReferralWords {
  let words = wordsRead.get(citer);
  if (words === undefined) {
    const referredTo = referredToIn(citer.text);
    const onlyRefers =
      citer.kind === 'resolution' && referredTo !== undefined && !DECIDING.test(citer.text.replace(PURPOSE, ''));
    wordsRead.set(citer, (words = { referredTo, onlyRefers }));
  }
  return words;
}

function isScrutinyRecommendation(item: TraceItem): boolean {
  return item.documentType === 'scrutiny' && item.kind === 'recommendation';
}

function withRelation(citer: TraceItem, relation: TraceRelation): CitingItem {
  // Object.assign, not a spread: V8 copies with it several times faster, and there are thousands.
  return Object.assign({}, citer, { relation });
}

/**
 * Verbs by which a resolution decides something itself. With any of them
 * ("Agrees recommendation R1 and refers the report to Council for
 * information") the resolution acts on what it cites, whatever it refers on.
 */
const DECIDING =
  /\b(?:approv|agree|accept|adopt|reject|declin|implement|authori[sz]|delegat|allocat|commission|instruct)\w*/i;
/** "refers it to the Cabinet", "referred to Council", "refer the report to the Audit Committee". */
const REFERS_TO =
  /\brefer(?:s|red|ring)?\b(?:\s+(?:it|them|this|these|the\s+\w+(?:\s+\w+)?|recommendations?(?:\s+\S+)?))?\s+to\s+(?!as\b)/i;
/** Why it is referred: "for a response", "for approval" (the decision is the other body's, not this one's). */
const PURPOSE =
  /\s+for\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+|further\s+)?(?:response|information|decision|consideration|approval|comments?|noting|determination|action|review)\b/gi;
/** Where the name of whoever it is referred to ends: its purpose, a clause, a citation. */
const NAME_ENDS = new RegExp(
  `${PURPOSE.source}|\\s+and\\s+(?:asks|requests|notes|endorses|thanks|welcomes)\\b|\\s*[.,;:([]`,
  'i',
);
/** Longer than this, what follows "refer to" is not a name a reader wants in a list. */
const MAX_NAME_WORDS = 8;

/** Whom an item's words refer something to: "the Cabinet Member for Education and Skills". */
function referredToIn(text: string): string | undefined {
  const refers = REFERS_TO.exec(text);
  if (!refers) return undefined;
  const rest = text.slice(refers.index + refers[0].length);
  const end = NAME_ENDS.exec(rest);
  const name = (end ? rest.slice(0, end.index) : rest).trim();
  return name !== '' && name.split(/\s+/).length <= MAX_NAME_WORDS ? name : undefined;
}
