import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { describeReadError, errorCode } from './read-text';

/** Decides whether a `/`-separated path, relative to the folder it was found in, is a document to check. */
export type FileMatcher = (relativePath: string) => boolean;

/**
 * Absolute paths of the files under `folder` that the matcher accepts, each
 * file once. Symbolic links are followed as a user expects of a search that
 * stays inside the folder it was asked about:
 *
 * - a link to a file is followed wherever the file is (a file is bounded);
 * - a link to a folder is followed only when the folder is inside `folder`
 *   (a link to `/` or to the user's home would otherwise have the whole disk
 *   crawled), and through one link at most (a link back to a folder above
 *   it is followed once, and no web of links makes the crawl grow without end);
 * - a file reached by two paths (through a link) is kept under its shortest
 *   path, so it is never checked twice;
 * - a link to nothing, and a pipe, are not files and are left out; a link
 *   whose target cannot be found for another reason (a link that leads back
 *   to itself) is kept, so that reading it says why it cannot be read;
 * - a folder that cannot be listed (permission denied) is passed over, and
 *   given to `onUnreadableFolder` with the reason, after the crawl.
 */
export function documentsUnder(
  folder: string,
  matches: FileMatcher,
  onUnreadableFolder?: (folder: string, reason: string) => void,
): string[] {
  // As the crawler's links are resolved (not `.native`), so the two compare.
  const bound = resolvedOrSelf(folder);
  const foldersEntered = new Set<string>();
  const unresolved: string[] = [];
  const unreadableFolders: { folder: string; reason: string }[] = [];
  let linksFollowed = 0;
  const relativePaths = globSync('**/*', {
    cwd: folder,
    dot: true,
    onlyFiles: true,
    // Never documents, and can be huge: skip them before the matcher sees them.
    ignore: ['**/node_modules/**', '**/.git/**'],
    expandDirectories: false,
    // The crawler resolves each symbolic link it meets with this, and passes over a link for which it throws.
    fs: {
      // The crawler passes over a folder it cannot list, without a word: note it, so the caller can say so.
      readdirSync: ((directory: string, options: unknown) => {
        try {
          return fs.readdirSync(directory, options as fs.ObjectEncodingOptions & { withFileTypes: true });
        } catch (error) {
          if (!isNothingThere(error))
            unreadableFolders.push({ folder: path.resolve(folder, directory), reason: describeReadError(error) });
          throw error;
        }
      }) as typeof fs.readdirSync,
      realpathSync: ((link: string) => {
        linksFollowed++;
        let target: string;
        try {
          target = fs.realpathSync(link);
        } catch (error) {
          if (!isNothingThere(error)) unresolved.push(link);
          throw error;
        }
        if (fs.statSync(target).isDirectory()) {
          if (!isInside(bound, target) || foldersEntered.has(target)) throw new Error(`not followed: ${link}`);
          foldersEntered.add(target);
        }
        return target;
      }) as typeof fs.realpathSync,
    },
  });
  if (onUnreadableFolder)
    for (const unreadable of unreadableFolders) onUnreadableFolder(unreadable.folder, unreadable.reason);
  const found = [...relativePaths, ...unresolved.map((link) => path.relative(folder, link).split(path.sep).join('/'))];
  const files = found.filter((relativePath) => matches(relativePath)).map(underFolder(folder));
  return linksFollowed === 0 ? files : onePathPerFile(files);
}

/**
 * The absolute path of a `/`-separated path the crawl found under a folder.
 * Joined by hand: the crawl's paths are already normal (no `.`, `..` or
 * doubled separators), and `path.resolve` for each of thousands of files
 * is a noticeable part of a cached run.
 */
function underFolder(folder: string): (relativePath: string) => string {
  const base = path.resolve(folder);
  const prefix = base.endsWith(path.sep) ? base : base + path.sep;
  return path.sep === '/'
    ? (relativePath) => prefix + relativePath
    : (relativePath) => prefix + relativePath.split('/').join(path.sep);
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

/** Where a file really is; for a link that cannot be followed (reading it will say why), where the link really is. */
function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(file)), path.basename(file));
    } catch {
      // Gone since the crawl.
      return file;
    }
  }
}

/**
 * Where a file or folder really is, links resolved; the path itself (made
 * absolute) when that cannot be worked out: it is gone, so there is nothing
 * under it to find, or it is a link that cannot be followed, which reading it
 * will say.
 */
export function resolvedOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** A link to nothing: its target, or a folder on the way to it, does not exist. */
function isNothingThere(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** True when the path is the folder or below it (not a `..` path, nor on another drive). */
export function isInside(folder: string, absolutePath: string): boolean {
  const relative = path.relative(folder, absolutePath);
  return relative === '' || (!path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`));
}

/** The innermost of the folders holding the path (folders may nest), or undefined when none does. */
export function innermostFolder<Folder>(
  folders: readonly Folder[],
  pathOf: (folder: Folder) => string,
  absolutePath: string,
): Folder | undefined {
  let best: Folder | undefined;
  for (const folder of folders)
    if (isInside(pathOf(folder), absolutePath) && (best === undefined || pathOf(folder).length > pathOf(best).length))
      best = folder;
  return best;
}
