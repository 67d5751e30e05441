import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** How a file is shown in every output format: relative to the working directory, `/`-separated. */
export function displayPath(root: string, absolutePath: string): string {
  return toSlashes(path.relative(root, absolutePath));
}

/** The document URI the core expects (and the editor would use). */
export function fileUri(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}

function toSlashes(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}

/** Orders output by path, by UTF-16 code unit so it is the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
