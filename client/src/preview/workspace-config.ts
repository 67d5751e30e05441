import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, defaultConfig, loadConfig, type ResolvedConfig } from 'committee-reports/core';

/**
 * The `.committee-reports.yaml` of a document's workspace folder, read as the
 * checker reads it, so the preview links the same IDs (a council's own kinds
 * included). Read again whenever a config file changes.
 */
export class WorkspaceConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  private readonly changed = new vscode.EventEmitter<void>();
  /** A config file was created, changed or deleted: previews should render again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const forget = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(forget);
    this.watcher.onDidChange(forget);
    this.watcher.onDidDelete(forget);
  }

  forDocument(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve(defaultConfig());
    const key = folder.uri.toString();
    let config = this.cache.get(key);
    if (!config) this.cache.set(key, (config = read(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME))));
    return config;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

async function read(file: vscode.Uri): Promise<ResolvedConfig> {
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    return loadConfig(text, file.toString()).config;
  } catch {
    // No config file (or none readable): the defaults, as the checker uses.
    return defaultConfig();
  }
}
