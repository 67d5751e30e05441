import { RequestType } from 'vscode-jsonrpc';
import type { TraceStatus, Traceability } from '../core/traceability/model';

export type {
  FindingTrace,
  RecommendationTrace,
  TraceItem,
  TraceStatus,
  Traceability,
} from '../core/traceability/model';

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
 * The core's model as it is (document URIs, and LSP ranges of each ID), with
 * each status in the words to show for it, so a client shows what the
 * command line prints without a table of its own.
 */
export interface TraceabilityResult extends Traceability {
  readonly statusLabels: Readonly<Record<TraceStatus, string>>;
}

export const TraceabilityRequest = new RequestType<TraceabilityParams, TraceabilityResult, void>(
  'committeeReports/traceability',
);
