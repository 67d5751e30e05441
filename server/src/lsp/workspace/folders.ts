import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import {
  CONFIG_FILE_NAME,
  createFileMatcher,
  type ConfigFor,
  type ConfigResult,
  type Diagnostic,
  type ResolvedConfig,
} from '../../core';
import { innermostFolder } from '../../node/find-documents';
import { foldersConfigKey } from '../../node/index-location';
import { toLspDiagnostic } from '../convert';
import {
  readWorkspaceConfig,
  readWorkspaceDocuments,
  type DiskDocuments,
  type KeptStamp,
  type ReadFile,
} from './files';

/** One workspace folder and its config: its own, else the defaults. */
interface Folder {
  readonly path: string;
  /** The config as read, with its diagnostics; `config.config` is what the folder's documents are checked under. */
  readonly config: ConfigResult;
  /** The folder's own config file, when it has one. */
  readonly configUri: string | undefined;
  readonly matches: (relativePath: string) => boolean;
}

/**
 * The workspace folders and their config files. In a multi-root workspace,
 * each folder's documents are chosen and checked (rules, kinds, acronyms,
 * templates) under that folder's own `.committee-reports.yaml`, or the
 * defaults if it has none, as the command line run in that folder would
 * check them. The folders share one index, so references between them resolve.
 */
export class WorkspaceFolders {
  private folders: Folder[] = [];
  /** Config files whose diagnostics are showing, to clear them when the file goes. */
  private showing = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly paths: readonly string[],
  ) {}

  /**
   * Reads every folder's config, publishes each config file's diagnostics
   * (and clears those of a config file that has gone), and returns the
   * configs the analysis uses: each document's folder's (the innermost, when
   * folders nest), and for a document in no folder the first folder's that
   * has a config file.
   */
  readConfigs(): { config: ResolvedConfig; configFor: ConfigFor } {
    // readWorkspaceConfig of one folder: its own config, or the defaults.
    const folders = this.paths.map((folder): Folder => {
      const own = readWorkspaceConfig([folder]);
      const config =
        own.uri === undefined ? { ...own.result, config: withNewConfigFile(own.result.config, folder) } : own.result;
      return { path: folder, config, configUri: own.uri, matches: createFileMatcher(config.config) };
    });
    this.folders = folders;
    const showing = new Set<string>();
    for (const { configUri, config } of this.folders) {
      if (!configUri) continue;
      showing.add(configUri);
      void this.connection.sendDiagnostics({ uri: configUri, diagnostics: config.diagnostics.map(toLspDiagnostic) });
    }
    for (const uri of this.showing)
      if (!showing.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.showing = showing;
    // The first folder with a config file, else the first folder's defaults, else (no folder) the defaults.
    const config =
      (folders.find((folder) => folder.configUri !== undefined) ?? folders[0])?.config.config ??
      readWorkspaceConfig([]).result.config;
    return { config, configFor: (uri) => folderOf(folders, uri)?.folder.config.config ?? config };
  }

  /** Every file the folders' configs select, as it is on disk (or why it could not be read); not read while it shows the stamp `kept` gives. */
  readDocuments(): DiskDocuments<ReadFile>;
  readDocuments(kept: KeptStamp): DiskDocuments;
  readDocuments(kept?: KeptStamp): DiskDocuments {
    const each = this.folders.map((folder) => readWorkspaceDocuments([folder.path], folder.config, kept));
    return {
      documents: each.flatMap((found) => found.documents),
      unreadable: each.flatMap((found) => found.unreadable),
      unreadableFolders: each.flatMap((found) => found.unreadableFolders),
    };
  }

  /** The folders' configs as a persisted index's key: a change to any folder's config file ignores the index. */
  configKey(): string {
    return foldersConfigKey(
      this.folders.map((folder) => ({
        folder: folder.path,
        configFile: folder.configUri,
        configText: folder.configUri === undefined ? undefined : folder.config.config.file?.text,
      })),
    );
  }

  /** Whether its folder's config selects this file (the innermost folder, when folders nest). */
  selects(uri: string): boolean {
    const found = folderOf(this.folders, uri);
    return found !== undefined && found.folder.matches(found.relative);
  }

  /**
   * The diagnostics of a folder's config file, with the text they were read
   * from (the file on disk, as the config is read only from there).
   */
  configDiagnostics(uri: string): { readonly diagnostics: readonly Diagnostic[]; readonly text: string } | undefined {
    const folder = this.folders.find((candidate) => candidate.configUri === uri);
    const file = folder?.config.config.file;
    return folder && file?.text !== undefined ? { diagnostics: folder.config.diagnostics, text: file.text } : undefined;
  }

  /** Whether this is the config file at the top of a workspace folder. */
  isConfigFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.paths.some((folder) => path.join(folder, CONFIG_FILE_NAME) === file);
  }
}

/** The innermost folder holding a `file:` URI, and the file's path in it (`/`-separated). */
function folderOf(folders: readonly Folder[], uri: string): { folder: Folder; relative: string } | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  const folder = innermostFolder(folders, (candidate) => candidate.path, file);
  return folder && { folder, relative: path.relative(folder.path, file).split(path.sep).join('/') };
}

/** A folder's defaults, with where a fix that adds a config file (such as a known acronym) creates it: at the top of that folder. */
function withNewConfigFile(config: ResolvedConfig, folder: string): ResolvedConfig {
  return { ...config, file: { uri: pathToFileURL(path.join(folder, CONFIG_FILE_NAME)).href, text: undefined } };
}
