import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CONFIG_FILE_NAME,
  createFileMatcher,
  defaultConfig,
  loadConfig,
  notCheckedDiagnostics,
  type ConfigResult,
  type Diagnostic,
  type ResolvedConfig,
} from '../../core';
import { readUnlessStamped, type FileStamp } from '../../node/file-stamp';
import { documentsUnder } from '../../node/find-documents';
import { describeReadError, isMissing, readText, type FileBytes } from '../../node/read-text';

/** The folder a `file:` workspace folder URI names, or undefined for other schemes and for URIs that name no local path. */
export function folderPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    // `file://server/share` on Linux, or a malformed URI: not a folder this machine can read.
    return undefined;
  }
}

/**
 * The workspace config from the first folder that has one, or the defaults.
 * A config file that cannot be read (permission denied, a link that loops)
 * is reported on itself and the defaults apply: the server still starts.
 * A folder named like the config is not one, as for the command line.
 */
export function readWorkspaceConfig(folders: readonly string[]): { result: ConfigResult; uri: string | undefined } {
  for (const folder of folders) {
    const file = path.join(folder, CONFIG_FILE_NAME);
    let stats: fs.Stats | undefined;
    try {
      stats = fs.statSync(file, { throwIfNoEntry: false });
      if (stats === undefined || stats.isDirectory()) continue;
    } catch {
      // It is there but cannot be looked at (a link that loops): reading it says why.
    }
    const uri = pathToFileURL(file).href;
    try {
      return { result: loadConfig(readText(file), uri), uri };
    } catch (error) {
      return { result: { config: defaultConfig(), diagnostics: [unreadableConfig(describeReadError(error))] }, uri };
    }
  }
  return { result: { config: defaultConfig(), diagnostics: [] }, uri: undefined };
}

function unreadableConfig(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'error',
    code: 'config-invalid',
    message: `The config file could not be read (${reason}), so the defaults apply. Check that you may read it.`,
  };
}

/** The checked files of a folder as they are on disk: their bytes (`decodeFile` gives the text), or why they could not be read. */
export interface DiskDocuments<File extends DiskFile = DiskFile> {
  readonly documents: File[];
  readonly unreadable: { uri: string; reason: string }[];
  /** Folders that could not be opened (absolute paths), with the reason. */
  readonly unreadableFolders: { folder: string; reason: string }[];
}

/**
 * A checked file as found: its bytes as read (a persisted index may know
 * them, and then the file need not be parsed), or, when it still shows the
 * stamp the index kept for it, not read at all: its bytes are those the
 * index was written from.
 */
export type DiskFile = ReadFile | StampedFile;

export interface ReadFile {
  readonly uri: string;
  readonly read: FileBytes;
  /** Its stamp when read, if it had settled (`node/file-stamp.ts`): kept in the index. */
  readonly stamp: FileStamp | undefined;
}

export interface StampedFile {
  readonly uri: string;
  readonly read: undefined;
  /** The index's stamp for it, which it still shows. */
  readonly stamp: FileStamp;
}

/** The stamp a persisted index kept for a file whose entry is to be trusted while the file shows it. */
export type KeptStamp = (uri: string) => FileStamp | undefined;

/**
 * Every checked document under the folders, read from disk, so references to
 * documents that are not open resolve. Each is read by the reader the command
 * line uses: a file too large, or not text, comes back as text the core
 * reports as not checked (`file-not-checked`). A file that cannot be read at
 * all (permission denied, a link that leads back to itself) comes back with
 * the reason, which is shown on it the same way (`unreadableDiagnostics`); one
 * deleted since it was found is left out. A file still showing the stamp
 * `kept` gives for it is not read.
 */
export function readWorkspaceDocuments(
  folders: readonly string[],
  result: ConfigResult,
  kept: KeptStamp = () => undefined,
): DiskDocuments {
  const matches = createFileMatcher(result.config);
  const found: DiskDocuments = { documents: [], unreadable: [], unreadableFolders: [] };
  const onUnreadableFolder = (folder: string, reason: string) => found.unreadableFolders.push({ folder, reason });
  for (const folder of folders) {
    for (const file of documentsUnder(folder, matches, onUnreadableFolder)) {
      const uri = pathToFileURL(file).href;
      try {
        const known = readUnlessStamped(file, kept(uri));
        found.documents.push(
          known.bytes ? { uri, read: known.bytes, stamp: known.stamp } : { uri, read: undefined, stamp: known.stamp },
        );
      } catch (error) {
        if (!isMissing(error)) found.unreadable.push({ uri, reason: describeReadError(error) });
      }
    }
  }
  return found;
}

/**
 * The one diagnostic of a checked file that could not be read: `file-not-checked`,
 * made as for a file too large to check, so the config can turn it off or
 * down, and worded as the command line's message.
 */
export function unreadableDiagnostics(reason: string, config: ResolvedConfig): Diagnostic[] {
  return notCheckedDiagnostics(
    '',
    `This file could not be read (${reason}), so it was not checked. Check that it exists and that you may read it.`,
    config,
  );
}
