import { buildTraceability, selectTrace } from '../core';
import { readWorkspace, type ReadWorkspace } from './read-workspace';
import type { TraceOutcome } from './trace-model';
import { findWorkspace, type WorkspaceRequest } from './workspace-request';

export interface TraceRequest extends WorkspaceRequest {
  /** `YYYY-MM-DD`: the date overdue responses are worked out for. */
  readonly today: string;
}

/**
 * Builds the traceability matrix from the workspace as `check` reads it: the
 * config, every document of the root (and any named outside it) in one
 * workspace so references between documents resolve; then keeps the chains
 * that involve the documents named. Nothing is checked: diagnostics are
 * `check`'s job.
 */
export function runTrace(request: TraceRequest): TraceOutcome {
  return traceWorkspace(readWorkspace(findWorkspace(request)), request.today);
}

export function traceWorkspace({ found, workspace, listed, pathOf }: ReadWorkspace, today: string): TraceOutcome {
  const named = new Set(listed.map((document) => document.uri));
  const { model, chains } = selectTrace(buildTraceability(workspace, { today }), (uri) => named.has(uri));
  return { model, chains, pathOf, warnings: found.warnings };
}
