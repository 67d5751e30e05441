import * as path from 'node:path';
import { globSync } from 'tinyglobby';

/** Decides whether a `/`-separated path, relative to the folder it was found in, is a document to check. */
export type FileMatcher = (relativePath: string) => boolean;

/** Absolute paths of the files under `folder` that the matcher accepts. */
export function documentsUnder(folder: string, matches: FileMatcher): string[] {
  const relativePaths = globSync('**/*', {
    cwd: folder,
    dot: true,
    onlyFiles: true,
    // Never documents, and can be huge: skip them before the matcher sees them.
    ignore: ['**/node_modules/**', '**/.git/**'],
    expandDirectories: false,
  });
  return relativePaths.filter((relativePath) => matches(relativePath)).map((relativePath) => path.resolve(folder, relativePath));
}
