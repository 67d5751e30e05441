import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, createFileMatcher, type ConfigResult, type ResolvedConfig } from '../../core';
import { toLspDiagnostic } from '../convert';
import { readWorkspaceConfig, readWorkspaceDocuments, type DiskDocuments } from './files';

/** One workspace folder and the config that selects its files: its own, else the defaults. */
interface Folder {
  readonly path: string;
  readonly config: ConfigResult;
  /** The folder's own config file, when it has one. */
  readonly configUri: string | undefined;
  readonly matches: (relativePath: string) => boolean;
}

/**
 * The workspace folders and their config files. In a multi-root workspace,
 * which files of a folder are checked comes from that folder's own
 * `.committee-reports.yaml`, or the defaults if it has none, as the command
 * line run in that folder would choose them. How they are checked (rules,
 * kinds, acronyms, templates) comes from the first folder that has a config
 * file, for all folders: they share one index, so references between them
 * resolve, and the core checks one workspace under one config.
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
   * (and clears those of a config file that has gone), and returns the config
   * the analysis uses.
   */
  readConfigs(): ResolvedConfig {
    // readWorkspaceConfig of one folder: its own config, or the defaults.
    this.folders = this.paths.map((folder) => {
      const own = readWorkspaceConfig([folder]);
      return { path: folder, config: own.result, configUri: own.uri, matches: createFileMatcher(own.result.config) };
    });
    const showing = new Set<string>();
    for (const { configUri, config } of this.folders) {
      if (!configUri) continue;
      showing.add(configUri);
      void this.connection.sendDiagnostics({ uri: configUri, diagnostics: config.diagnostics.map(toLspDiagnostic) });
    }
    for (const uri of this.showing) if (!showing.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.showing = showing;
    // The first folder with a config file, or (no folder has one) the defaults.
    const own = this.folders.find((folder) => folder.configUri !== undefined);
    if (own) return own.config.config;
    const defaults = readWorkspaceConfig([]).result.config;
    // Where a fix that adds a config file creates it: the first folder, whose config is read first.
    const first = this.paths[0];
    return first === undefined ? defaults : { ...defaults, file: { uri: pathToFileURL(path.join(first, CONFIG_FILE_NAME)).href, text: undefined } };
  }

  /** Every file the folders' configs select, as it is on disk (or why it could not be read). */
  readDocuments(): DiskDocuments {
    const each = this.folders.map((folder) => readWorkspaceDocuments([folder.path], folder.config));
    return {
      documents: each.flatMap((found) => found.documents),
      unreadable: each.flatMap((found) => found.unreadable),
      unreadableFolders: each.flatMap((found) => found.unreadableFolders),
    };
  }

  /** Whether its folder's config selects this file (the innermost folder, when folders nest). */
  selects(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    let best: { folder: Folder; relative: string } | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder.path, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!best || folder.path.length > best.folder.path.length) best = { folder, relative: relative.split(path.sep).join('/') };
    }
    return best !== undefined && best.folder.matches(best.relative);
  }

  /** Whether this is the config file at the top of a workspace folder. */
  isConfigFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.paths.some((folder) => path.join(folder, CONFIG_FILE_NAME) === file);
  }
}
