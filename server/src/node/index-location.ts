import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the language server keeps its index of a workspace, as the client asked (see `InitializationOptions`). */
export interface IndexRequest {
  /** A folder of the workspace's own (VS Code's workspace storage); else the user's cache folder is used. */
  readonly indexFolder?: string | undefined;
  /** false: nothing is read or written. */
  readonly persistIndex?: boolean | undefined;
}

/** What the user's cache folder depends on, given rather than read, so every platform's answer can be tested anywhere. */
export interface Environment {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
}

/** The name of the index file in a folder the client gives: the folder is the workspace's own. */
export const INDEX_FILE_NAME = 'index.cache';

/**
 * The index file of a workspace (its folders, absolute paths), or undefined
 * when nothing is to be persisted: turned off, or no folder to index. In a
 * folder the client gives, one file; in the user's cache folder, one file per
 * workspace, named by a hash of its folders' URIs.
 */
export function indexLocation(
  request: IndexRequest,
  folders: readonly string[],
  environment: Environment,
): string | undefined {
  if (request.persistIndex === false || folders.length === 0) return undefined;
  const join = environment.platform === 'win32' ? path.win32.join : path.posix.join;
  if (request.indexFolder !== undefined) return join(request.indexFolder, INDEX_FILE_NAME);
  const uris = folders.map((folder) => pathToFileURL(folder).href).join('\n');
  const name = `index-${crypto.createHash('sha256').update(uris).digest('hex').slice(0, 20)}.cache`;
  return join(userCacheFolder(environment), name);
}

/**
 * The user's cache folder for this tool, where each platform keeps caches:
 * `$XDG_CACHE_HOME` (or `~/.cache`) on Linux and the other Unixes,
 * `~/Library/Caches` on macOS, `%LOCALAPPDATA%\…\Cache` on Windows.
 */
export function userCacheFolder({ platform, env, home }: Environment): string {
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'] || path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(local, 'committee-reports', 'Cache');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'committee-reports');
  // The XDG specification: a relative path is invalid and is ignored.
  const xdg = env['XDG_CACHE_HOME'];
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.cache');
  return path.posix.join(base, 'committee-reports');
}

/** One folder's part in the index key: where it is, and its config file and text (none: the defaults). */
export interface FolderConfig {
  readonly folder: string;
  readonly configFile: string | undefined;
  readonly configText: string | undefined;
}

/**
 * The configs' part in every result: each folder (in order: the first with a
 * config gives the config of documents outside them all) with its config
 * file and text. Any change gives another key, and the whole index is ignored.
 */
export function foldersConfigKey(folders: readonly FolderConfig[]): string {
  const hash = crypto.createHash('sha256');
  for (const { folder, configFile, configText } of folders)
    hash.update(JSON.stringify([folder, configFile ?? null, configText ?? null])).update('\n');
  return hash.digest('base64');
}
