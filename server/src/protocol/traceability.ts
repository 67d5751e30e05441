import { RequestType } from 'vscode-jsonrpc';
import type { TraceStatus } from '../core/traceability/model';
import type { DescribedTraceability } from '../core/traceability/words';

export type {
  CitingItem,
  FindingTrace,
  RecommendationTrace,
  TraceItem,
  TraceRelation,
  TraceStatus,
  Traceability,
} from '../core/traceability/model';
export type {
  Described,
  DescribedCiting,
  DescribedFinding,
  DescribedRecommendation,
  DescribedTraceability,
} from '../core/traceability/words';

/**
 * `committeeReports/traceability`: the traceability model of the whole
 * workspace, so any client can show every finding with what acted on it.
 * The server announces it as `experimental.traceability` in its capabilities.
 */
export interface TraceabilityParams {
  /** `YYYY-MM-DD`: the date to work out overdue responses for; the server's own date when absent. */
  readonly today?: string;
}

/**
 * The core's model as it is (document URIs, and LSP ranges of each ID), each
 * citing item with its `relation` (referred, responded, acted-on), and every
 * finding, recommendation and citing item in words: a short `title`, a
 * `summary` ("overdue since 17 Sep 2026", "referred to Cabinet 12 Mar 2026")
 * and a Markdown `detail`. A client shows the words; it works none out.
 */
export interface TraceabilityResult extends DescribedTraceability {
  readonly statusLabels: Readonly<Record<TraceStatus, string>>;
}

export const TraceabilityRequest = new RequestType<TraceabilityParams, TraceabilityResult, void>(
  'committeeReports/traceability',
);
