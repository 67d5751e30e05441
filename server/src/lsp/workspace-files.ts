import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, createFileMatcher, defaultConfig, loadConfig, type ConfigResult } from '../core';
import { documentsUnder } from '../node/find-documents';
import { readText } from '../node/read-text';

/** The folder a `file:` workspace folder URI names, or undefined for other schemes. */
export function folderPath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** The workspace config from the first folder that has one, or the defaults. */
export function readWorkspaceConfig(folders: readonly string[]): { result: ConfigResult; uri: string | undefined } {
  for (const folder of folders) {
    const file = path.join(folder, CONFIG_FILE_NAME);
    if (!fs.existsSync(file)) continue;
    const uri = pathToFileURL(file).href;
    return { result: loadConfig(readText(file), uri), uri };
  }
  return { result: { config: defaultConfig(), diagnostics: [] }, uri: undefined };
}

/**
 * Every checked document under the folders, read from disk, so references to
 * documents that are not open resolve. A file that cannot be read is skipped:
 * the editor shows nothing for it, and the server carries on.
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
