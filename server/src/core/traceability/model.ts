import type { DocumentType, Range } from '../types';

/**
 * The traceability model: every finding with what acts on it, every
 * recommendation with what it rests on and what acted on it, across the
 * workspace. Plain data (no classes, no functions, no Maps) so the CLI can
 * print it as JSON and the language server can send it as it is.
 */
export interface Traceability {
  /** The date statuses were worked out for (`YYYY-MM-DD`): whether a response is overdue depends on it. */
  readonly today: string;
  /** Every finding, by committee, meeting date, document and position. */
  readonly findings: readonly FindingTrace[];
  /** Every recommendation of a report or scrutiny report, in the same order. */
  readonly recommendations: readonly RecommendationTrace[];
  /** References from a recommendation, resolution or other item to something that does not exist. */
  readonly brokenLinks: readonly BrokenLink[];
}

/** One finding, recommendation, resolution or other defined item, and where it is. */
export interface TraceItem {
  readonly uri: string;
  readonly documentId: string;
  readonly documentType: DocumentType;
  readonly documentTitle?: string;
  readonly committee?: string;
  /** The document's meeting date, `YYYY-MM-DD`, when it is a real date. */
  readonly meeting?: string;
  /** `F1`, `R2`. */
  readonly id: string;
  /** What the item is in its document: finding, recommendation, resolution (an R in minutes), or a configured kind such as action. */
  readonly kind: string;
  /** Its words after the ID, on one line. */
  readonly text: string;
  /** The ID where it is defined (LSP positions: 0-based, UTF-16). */
  readonly range: Range;
}

export type FindingStatus = 'addressed' | 'not-addressed';

/**
 * `addressed` / `not-addressed` for an officer's report; a scrutiny report's
 * recommendations are tracked against the response the addressee owes.
 */
export type RecommendationStatus =
  'addressed' | 'not-addressed' | 'awaiting-response' | 'responded' | 'responded-late' | 'overdue';

export type TraceStatus = FindingStatus | RecommendationStatus;

/**
 * How a citing item stands to what it cites: *referred* passes it on (the
 * meeting that received a scrutiny report, or a resolution that only endorses
 * and refers), *responded* answers a scrutiny recommendation at a later
 * meeting, *acted-on* is anything else acting on it. A referral is never the
 * action or the response a status counts.
 */
export type TraceRelation = 'referred' | 'responded' | 'acted-on';

/** An item citing another, and how it stands to it. */
export interface CitingItem extends TraceItem {
  readonly relation: TraceRelation;
  /** For a referral whose words name them: whom it is referred to, as written ("the Cabinet Member for Education and Skills"). */
  readonly referredTo?: string;
}

export interface FindingTrace extends TraceItem {
  readonly status: FindingStatus;
  /** Recommendations, resolutions and other items (not findings) citing it, in any document, by meeting date. */
  readonly citedBy: readonly CitingItem[];
}

export interface RecommendationTrace extends TraceItem {
  readonly status: RecommendationStatus;
  /** What it cites: its findings, or another document's recommendations it answers. */
  readonly cites: readonly TraceItem[];
  /** Items in other documents citing it (resolutions, a response report's recommendations), by meeting date. */
  readonly citedBy: readonly CitingItem[];
  /** Scrutiny reports only: who must respond (`addressee`), when the report says. */
  readonly addressee?: string;
  /** Scrutiny reports only: `response_due`, or two months after the meeting. */
  readonly responseDue?: string;
  /** Scrutiny reports only: the first item responding to it (from a later meeting, and not a referral). */
  readonly response?: CitingItem;
}

export type BrokenLinkProblem = 'unknown-document' | 'unknown-id';

export interface BrokenLink {
  /** The item whose text holds the reference. */
  readonly from: TraceItem;
  /** The document id named, or the citing document's own. */
  readonly documentId: string;
  readonly id: string;
  /** What the missing item would be: finding, recommendation, resolution… */
  readonly kind: string;
  readonly problem: BrokenLinkProblem;
}
