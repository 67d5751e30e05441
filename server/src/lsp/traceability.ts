import { ErrorCodes, RequestType, ResponseError } from 'vscode-languageserver';
import { buildTraceability, isCalendarDate, localDate, type Traceability } from '../core';
import type { Feature } from './context';

/**
 * `committeeReports/traceability`: the traceability model of the whole
 * workspace, so any client can show every finding with what acted on it.
 * The result is the core's model as it is: document URIs, and LSP ranges
 * (0-based, UTF-16) of each ID.
 */
export interface TraceabilityParams {
  /** `YYYY-MM-DD`: the date to work out overdue responses for; the server's own date when absent. */
  readonly today?: string;
}

export type TraceabilityResult = Traceability;

export const TraceabilityRequest = new RequestType<TraceabilityParams, TraceabilityResult, void>('committeeReports/traceability');

/**
 * Answers the request once the workspace is indexed, with every edit so far
 * taken in. Announced as `experimental.traceability` in the capabilities so a
 * client can tell whether the server has it.
 */
export const registerTraceability: Feature = (connection, context) => {
  connection.onRequest(TraceabilityRequest, async (params, token) => {
    const today = params?.today ?? localDate(new Date());
    if (typeof today !== 'string' || !isCalendarDate(today)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `today must be a real date written YYYY-MM-DD, such as 2026-09-17, not ${JSON.stringify(today)}.`);
    }
    return buildTraceability(await context.workspaceUnlessCancelled(token), { today });
  });
  return { experimental: { traceability: true } };
};
