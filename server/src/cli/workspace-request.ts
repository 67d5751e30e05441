import { createFileMatcher } from '../core/files';
import { loadWorkspaceConfig, type LoadedConfig } from './config';
import { discover } from './discover';
import { displayPath } from './paths';
import { cannotOpenFolder } from './read';
import { resolveTargets } from './targets';

/** What `check` and `trace` are asked about: the working directory, the PATHs and `--config`. */
export interface WorkspaceRequest {
  /** The workspace root: the working directory. */
  readonly root: string;
  readonly paths: readonly string[];
  readonly configPath?: string;
}

export interface FoundWorkspace {
  readonly root: string;
  /** An absolute path as the output shows it: relative to the root, `/`-separated. */
  readonly shownAs: (absolutePath: string) => string;
  readonly loaded: LoadedConfig;
  /** Every document to read, so references between documents resolve. */
  readonly workspaceFiles: readonly string[];
  /** The documents named, or found under the folders named. */
  readonly listedFiles: readonly string[];
  /** For stderr: the folders that could not be opened. */
  readonly warnings: readonly string[];
}

/**
 * The start that `check` and `trace` share: the PATHs first (a mistyped path
 * fails fast, before any reading), then the config, then the documents.
 */
export function findWorkspace(request: WorkspaceRequest): FoundWorkspace {
  const { root } = request;
  const shownAs = (absolutePath: string) => displayPath(root, absolutePath);
  const targets = resolveTargets(root, request.paths);
  const loaded = loadWorkspaceConfig(root, request.configPath, shownAs);
  const { workspaceFiles, listedFiles, unreadableFolders } = discover(root, targets, createFileMatcher(loaded.config));
  const warnings = unreadableFolders.map(({ folder, reason }) => cannotOpenFolder(shownAs(folder), reason));
  return { root, shownAs, loaded, workspaceFiles, listedFiles, warnings };
}
