/** Traceability: from every finding to what acted on it, across documents and meetings. */
export { buildTraceability } from './build';
export type { TraceOptions } from './build';
export { isMissing, selectTrace, traceChains } from './chains';
export type { MissingItem, TraceChain } from './chains';
export { addMonths, isCalendarDate, localDate } from './dates';
export { STATUS_LABELS, brokenLinkSentence, missingLabel, statusLabel } from './labels';
export { citingItem } from './relations';
export {
  describeTraceability,
  longDate,
  relationLabel,
  relationSummary,
  shortDate,
  shortTitle,
  statusSummary,
} from './words';
export type {
  Described,
  DescribedCiting,
  DescribedFinding,
  DescribedRecommendation,
  DescribedTraceability,
} from './words';
export type {
  BrokenLink,
  CitingItem,
  BrokenLinkProblem,
  FindingStatus,
  FindingTrace,
  RecommendationStatus,
  RecommendationTrace,
  TraceItem,
  TraceRelation,
  TraceStatus,
  Traceability,
} from './model';
