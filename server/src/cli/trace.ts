import { Workspace, buildTraceability, createFileMatcher, selectTrace } from '../core';
import { loadWorkspaceConfig } from './config';
import { discover } from './discover';
import { displayPath, fileUri } from './paths';
import { cannotOpenFolder, readText } from './read';
import { resolveTargets } from './targets';
import type { TraceOutcome } from './trace-model';

export interface TraceRequest {
  /** The workspace root: the working directory. */
  readonly root: string;
  readonly paths: readonly string[];
  readonly configPath?: string;
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
  const { root } = request;
  const shownAs = (absolutePath: string) => displayPath(root, absolutePath);
  const targets = resolveTargets(root, request.paths);
  const loaded = loadWorkspaceConfig(root, request.configPath, shownAs);
  const { workspaceFiles, listedFiles, unreadableFolders } = discover(root, targets, createFileMatcher(loaded.config));

  const workspace = new Workspace(loaded.config);
  const paths = new Map<string, string>();
  for (const file of workspaceFiles) {
    const uri = fileUri(file);
    paths.set(uri, shownAs(file));
    workspace.setDocument(uri, readText(file, shownAs(file)));
  }
  const listed = new Set(listedFiles.map(fileUri));
  const { model, chains } = selectTrace(buildTraceability(workspace, { today: request.today }), (uri) => listed.has(uri));
  const warnings = unreadableFolders.map(({ folder, reason }) => cannotOpenFolder(shownAs(folder), reason));
  return { model, chains, pathOf: (uri) => paths.get(uri) ?? uri, warnings };
}
