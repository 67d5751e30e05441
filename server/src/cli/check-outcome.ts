import type { Diagnostic } from '../core';
import type { CheckedFile, CheckOutcome } from './model';
import { comparePaths } from './paths';
import type { ReadDocument } from './read-workspace';
import type { FoundWorkspace } from './workspace-request';

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
