import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';

/** Decides whether a `/`-separated path, relative to the folder it was found in, is a document to check. */
export type FileMatcher = (relativePath: string) => boolean;

/**
 * Absolute paths of the files under `folder` that the matcher accepts, each
 * file once. Symbolic links are followed; a link that loops back to a folder
 * above it is followed once (tinyglobby stops there), and a file reached by
 * two paths (through such a loop, or a link to a file) is kept under its
 * shortest path, so it is never checked twice. Links to nothing and pipes
 * are not files, and are left out.
 */
export function documentsUnder(folder: string, matches: FileMatcher): string[] {
  let linksFollowed = 0;
  const relativePaths = globSync('**/*', {
    cwd: folder,
    dot: true,
    onlyFiles: true,
    // Never documents, and can be huge: skip them before the matcher sees them.
    ignore: ['**/node_modules/**', '**/.git/**'],
    expandDirectories: false,
    // The crawler resolves each symbolic link it follows with this: without one, no file can be found twice.
    fs: {
      realpathSync: ((target: fs.PathLike) => {
        linksFollowed++;
        return fs.realpathSync(target);
      }) as typeof fs.realpathSync,
    },
  });
  const files = relativePaths.filter((relativePath) => matches(relativePath)).map((relativePath) => path.resolve(folder, relativePath));
  return linksFollowed === 0 ? files : onePathPerFile(files);
}

/** The files, in the order given, less any second path to the same file (the shortest path is kept). */
function onePathPerFile(files: readonly string[]): string[] {
  const kept = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))) {
    const real = realPath(file);
    if (!kept.has(real)) kept.set(real, file);
  }
  const keep = new Set(kept.values());
  return files.filter((file) => keep.has(file));
}

function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    // Gone since the crawl: reading it will say so.
    return file;
  }
}
