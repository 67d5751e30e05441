import type { TraceChain, Traceability } from '../core';

/** What the trace formatters need: the model for the documents named, its rows, and how to show a file. */
export interface TraceOutcome {
  readonly model: Traceability;
  readonly chains: readonly TraceChain[];
  /** A document URI as a display path: relative to the working directory, `/`-separated. */
  readonly pathOf: (uri: string) => string;
  /** What the user should know that is not in the table, one line each (printed on stderr). */
  readonly warnings: readonly string[];
}
