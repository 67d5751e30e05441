import { Workspace, buildTraceability, selectTrace } from '../core';
import { fileUri } from './paths';
import { readText } from './read';
import type { TraceOutcome } from './trace-model';
import { findWorkspace, type WorkspaceRequest } from './workspace-request';

export interface TraceRequest extends WorkspaceRequest {
  /** `YYYY-MM-DD`: the date overdue responses are worked out for. */
  readonly today: string;
}

/**
 * Builds the traceability matrix as `check` reads the workspace: the config,
 * every document of the root (and any named outside it) in one workspace so
 * references between documents resolve; then keeps the chains that involve
 * the documents named. Nothing is checked: diagnostics are `check`'s job.
 */
export function runTrace(request: TraceRequest): TraceOutcome {
  const { shownAs, loaded, workspaceFiles, listedFiles, warnings } = findWorkspace(request);

  const workspace = new Workspace(loaded.config);
  const paths = new Map<string, string>();
  for (const file of workspaceFiles) {
    const uri = fileUri(file);
    paths.set(uri, shownAs(file));
    workspace.setDocument(uri, readText(file, shownAs(file)));
  }
  const listed = new Set(listedFiles.map(fileUri));
  const { model, chains } = selectTrace(buildTraceability(workspace, { today: request.today }), (uri) => listed.has(uri));
  return { model, chains, pathOf: (uri) => paths.get(uri) ?? uri, warnings };
}
