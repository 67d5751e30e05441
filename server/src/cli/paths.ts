import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** How a file is shown in every output format: relative to the working directory, `/`-separated. */
export function displayPath(root: string, absolutePath: string): string {
  // Most paths are under the root, found by the crawl and already normal: cut, not worked out
  // (`path.relative` for each of thousands of files is a noticeable part of a cached run).
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  if (absolutePath.startsWith(prefix)) {
    const rest = absolutePath.slice(prefix.length);
    if (rest !== '' && !NOT_NORMAL.test(rest)) return toSlashes(rest);
  }
  return toSlashes(path.relative(root, absolutePath));
}

/** A `.` or `..` segment, or an empty one: a path `path.relative` would first make normal. */
const NOT_NORMAL = /(?:^|[\\/])\.\.?(?:[\\/]|$)|[\\/]{2}|[\\/]$/;

/** The document URI the core expects (and the editor would use). */
export function fileUri(absolutePath: string): string {
  // A file name of letters, digits and `-._` is written into a URL as it is: only its folder's URL
  // need be worked out, once for all the files in it.
  const name = path.basename(absolutePath);
  if (!SAFE_NAME.test(name) || absolutePath.endsWith(path.sep)) return pathToFileURL(absolutePath).href;
  const folder = path.dirname(absolutePath);
  let folderUrl = folderUrls.get(folder);
  if (folderUrl === undefined) {
    const href = pathToFileURL(folder).href;
    folderUrls.set(folder, (folderUrl = href.endsWith('/') ? href : `${href}/`));
  }
  return folderUrl + name;
}

/** Not `.` or `..`, which `pathToFileURL` would resolve. */
const SAFE_NAME = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;
/** Each folder's URL, with its closing `/`, as `fileUri` has worked it out. */
const folderUrls = new Map<string, string>();

function toSlashes(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}

/** Orders output by path, by UTF-16 code unit so it is the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
