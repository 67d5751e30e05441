import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { STATUS_LABELS, buildTraceability, describeTraceability, isCalendarDate, localDate } from '../../core';
import { TraceabilityRequest } from '../../protocol';
import type { Feature } from '../context';

/**
 * `committeeReports/traceability` (server/src/protocol): answered once the
 * workspace is indexed, with every edit so far taken in. Announced as
 * `experimental.traceability` in the capabilities so a client can tell
 * whether the server has it.
 */
export const registerTraceability: Feature = (connection, context) => {
  connection.onRequest(TraceabilityRequest, async (params, token) => {
    const today = params?.today ?? localDate(new Date());
    if (typeof today !== 'string' || !isCalendarDate(today)) {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `today must be a real date written YYYY-MM-DD, such as 2026-09-17, not ${JSON.stringify(today)}.`,
      );
    }
    return {
      ...describeTraceability(buildTraceability(await context.workspaceUnlessCancelled(token), { today })),
      statusLabels: STATUS_LABELS,
    };
  });
  return { experimental: { traceability: true } };
};
