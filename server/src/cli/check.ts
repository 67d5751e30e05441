import type { Diagnostic } from '../core';
import type { CheckedFile, CheckOutcome } from './model';
import { comparePaths } from './paths';
import { readWorkspace, type ReadWorkspace } from './read-workspace';
import { findWorkspace, type WorkspaceRequest } from './workspace-request';

/**
 * Runs the analysis as the editor would: loads the config, reads every
 * document of the root (and any named outside it) into one workspace, and
 * returns the diagnostics of the listed files, in path order.
 */
export function runCheck(request: WorkspaceRequest): CheckOutcome {
  return checkWorkspace(readWorkspace(findWorkspace(request)));
}

/**
 * The diagnostics of the listed documents (by `diagnosticsOf`: the
 * workspace's, or a cache's), and of the config file when it has any.
 */
export function checkWorkspace(
  { found, workspace, listed }: ReadWorkspace,
  diagnosticsOf: (uri: string) => readonly Diagnostic[] = (uri) => workspace.diagnostics(uri),
): CheckOutcome {
  const files: CheckedFile[] = listed.map(({ uri, path }) => ({
    path,
    kind: 'document',
    diagnostics: [...diagnosticsOf(uri)],
  }));
  const config = found.loaded.file;
  if (config !== undefined && config.diagnostics.length > 0) {
    files.push({ path: found.shownAs(config.absolutePath), kind: 'config', diagnostics: config.diagnostics });
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  return { files, root: found.root, warnings: found.warnings };
}
