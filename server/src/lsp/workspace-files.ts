import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, createFileMatcher, defaultConfig, loadConfig, type ConfigResult, type Diagnostic } from '../core';
import { documentsUnder } from '../node/find-documents';
import { describeReadError, readText } from '../node/read-text';

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

/**
 * Every checked document under the folders, read from disk, so references to
 * documents that are not open resolve. Each is read by the reader the command
 * line uses: a file too large, or not text, comes back as text the core
 * reports as not checked (`file-not-checked`). A file that cannot be read at
 * all (permission denied) is skipped: the server carries on.
 */
export function readWorkspaceDocuments(folders: readonly string[], result: ConfigResult): { uri: string; text: string }[] {
  const matches = createFileMatcher(result.config);
  const documents: { uri: string; text: string }[] = [];
  for (const folder of folders) {
    for (const file of documentsUnder(folder, matches)) {
      try {
        documents.push({ uri: pathToFileURL(file).href, text: readText(file) });
      } catch {
        // Unreadable: nothing to index.
      }
    }
  }
  return documents;
}
