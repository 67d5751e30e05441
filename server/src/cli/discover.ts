import { documentsUnder, type FileMatcher } from '../node/find-documents';
import { isInside } from './paths';
import type { Target } from './targets';

export interface Discovery {
  /** Every document to give the analysis, so references between documents resolve. */
  readonly workspaceFiles: readonly string[];
  /** The documents to list in the output: the files named and the documents under the folders named. */
  readonly listedFiles: readonly string[];
}

/**
 * Works out which files to read and which to list.
 *
 * The root is crawled once and filtered with the config's matcher (include,
 * exclude, never node_modules). A folder named under the root lists the root's
 * documents inside it. A folder named outside the root is crawled on its own,
 * its paths matched relative to that folder, as if it were a root itself,
 * because the config's globs cannot describe `..` paths. A file named is always
 * checked, whether or not the globs pick it.
 */
export function discover(root: string, targets: readonly Target[], matches: FileMatcher): Discovery {
  const rootDocuments = documentsUnder(root, matches);
  const workspaceFiles = new Set(rootDocuments);
  const listedFiles = new Set<string>();
  for (const target of targets) {
    const found =
      target.kind === 'file'
        ? [target.absolutePath]
        : isInside(root, target.absolutePath)
          ? rootDocuments.filter((file) => isInside(target.absolutePath, file))
          : documentsUnder(target.absolutePath, matches);
    for (const file of found) {
      workspaceFiles.add(file);
      listedFiles.add(file);
    }
  }
  return { workspaceFiles: [...workspaceFiles], listedFiles: [...listedFiles] };
}
