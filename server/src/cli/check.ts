import type { Diagnostic } from '../core';
import { checkOutcome } from './check-outcome';
import type { CheckOutcome } from './model';
import { readWorkspace, type ReadWorkspace } from './read-workspace';
import { findWorkspace, type WorkspaceRequest } from './workspace-request';

/**
 * Runs the analysis as the editor would: loads the config, reads every
 * document of the root (and any named outside it) into one workspace, and
 * returns the diagnostics of the listed files, in path order.
 */
export function runCheck(request: WorkspaceRequest): CheckOutcome {
  return checkWorkspace(readWorkspace(findWorkspace(request), { release: true }));
}

/** The diagnostics of the listed documents (by `diagnosticsOf`: the workspace's, unless given), and of the config file when it has any. */
export function checkWorkspace(
  { found, workspace, listed }: ReadWorkspace,
  diagnosticsOf: (uri: string) => readonly Diagnostic[] = (uri) => workspace.diagnostics(uri),
): CheckOutcome {
  return checkOutcome(found, listed, diagnosticsOf);
}
