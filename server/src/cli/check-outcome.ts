import type { Diagnostic } from '../core';
import type { CheckedFile, CheckOutcome } from './model';
import { comparePaths, fileUri } from './paths';
import type { FoundWorkspace } from './workspace-request';

/** A document read into the workspace: its URI and its path as the output shows it. */
export interface ReadDocument {
  readonly uri: string;
  readonly path: string;
}

/**
 * What `check` prints: the diagnostics of the listed documents (by
 * `diagnosticsOf`: a workspace's, or a cache's), and of the config file when
 * it has any, in path order. It needs no analysis of its own, so `check
 * --cache` can give it from the cache alone.
 */
export function checkOutcome(
  found: FoundWorkspace,
  listed: readonly ReadDocument[],
  diagnosticsOf: (uri: string) => readonly Diagnostic[],
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

/**
 * The documents named, or found under the folders named, that were read
 * (`paths`: the path each file read is shown as, by its URI), in the order
 * found.
 */
export function listedDocuments(found: FoundWorkspace, paths: ReadonlyMap<string, string>): ReadDocument[] {
  return found.listedFiles.map(fileUri).flatMap((uri) => {
    const path = paths.get(uri);
    return path === undefined ? [] : [{ uri, path }];
  });
}
