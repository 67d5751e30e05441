import { documentsUnder, isInside, resolvedOrSelf, type FileMatcher } from '../node/find-documents';
import type { Target } from './targets';

export interface Discovery {
  /** Every document to give the analysis, so references between documents resolve. */
  readonly workspaceFiles: readonly string[];
  /** The documents to list in the output: the files named and the documents under the folders named. */
  readonly listedFiles: readonly string[];
  /** Folders the crawl could not open, with the reason: documents in them, if any, are not checked. */
  readonly unreadableFolders: readonly { readonly folder: string; readonly reason: string }[];
}

/**
 * Works out which files to read and which to list.
 *
 * The root is crawled once and filtered with the config's matcher (include,
 * exclude, never node_modules). A folder named that is really under the root
 * lists the root's documents inside it, by path or, when links are involved,
 * by where they really are: the root's crawl keeps a file reached by two
 * paths under one of them. A folder named that is really outside the root is
 * crawled on its own, its paths matched relative to that folder, as if it
 * were a root itself, because the config's globs cannot describe `..` paths;
 * so is a link under the root to a folder outside it, which the root's crawl
 * does not follow. A file named is always checked, whether or not the globs
 * pick it.
 */
export function discover(root: string, targets: readonly Target[], matches: FileMatcher): Discovery {
  const unreadableFolders: { folder: string; reason: string }[] = [];
  const onUnreadableFolder = (folder: string, reason: string) => unreadableFolders.push({ folder, reason });
  const rootDocuments = documentsUnder(root, matches, onUnreadableFolder);
  const workspaceFiles = new Set(rootDocuments);
  const listedFiles = new Set<string>();
  const realRoot = resolvedOrSelf(root);
  const documentsIn = (folder: string): string[] => {
    const realFolder = resolvedOrSelf(folder);
    // The root itself, as `check .` names it: all its documents, without asking of each where it is.
    if (realFolder === realRoot) return rootDocuments;
    if (!isInside(realRoot, realFolder)) return documentsUnder(folder, matches, onUnreadableFolder);
    return rootDocuments.filter((file) => isInside(folder, file) || isInside(realFolder, resolvedOrSelf(file)));
  };
  for (const target of targets) {
    const found = target.kind === 'file' ? [target.absolutePath] : documentsIn(target.absolutePath);
    for (const file of found) {
      workspaceFiles.add(file);
      listedFiles.add(file);
    }
  }
  return { workspaceFiles: [...workspaceFiles], listedFiles: [...listedFiles], unreadableFolders };
}
