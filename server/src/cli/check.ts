import { checkFiles } from '../node/check-files';
import type { CheckedFile, CheckOutcome } from './model';
import { comparePaths, fileUri } from './paths';
import { cannotRead } from './read';
import { findWorkspace, type WorkspaceRequest } from './workspace-request';

/**
 * Runs the analysis as the editor would: loads the config, reads every
 * document of the root (and any named outside it) into one workspace, and
 * returns the diagnostics of the listed files, in path order.
 */
export function runCheck(request: WorkspaceRequest): CheckOutcome {
  const { root } = request;
  const { shownAs, loaded, workspaceFiles, listedFiles, warnings } = findWorkspace(request);

  const listed = new Set(listedFiles);
  const checked = checkFiles(
    workspaceFiles.map((file) => ({ path: file, uri: fileUri(file), report: listed.has(file) })),
    loaded.file?.text,
    loaded.file ? fileUri(loaded.file.absolutePath) : fileUri(root),
  );
  const failure = checked.failures[0];
  if (failure) throw cannotRead(shownAs(failure.path), failure.reason);

  // A file deleted while the check ran is not listed as if it were clean.
  const vanished = new Set(checked.vanished);
  const files: CheckedFile[] = listedFiles.filter((file) => !vanished.has(file)).map((file) => ({
    path: shownAs(file),
    kind: 'document',
    diagnostics: checked.diagnostics.get(fileUri(file)) ?? [],
  }));
  if (loaded.file !== undefined && loaded.file.diagnostics.length > 0) {
    files.push({ path: shownAs(loaded.file.absolutePath), kind: 'config', diagnostics: loaded.file.diagnostics });
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  return { files, root, warnings };
}
