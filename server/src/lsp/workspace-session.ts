import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, Workspace, createFileMatcher } from '../core';
import { readText } from '../node/read-text';
import { toLspDiagnostic } from './convert';
import { readWorkspaceConfig, readWorkspaceDocuments } from './workspace-files';

/**
 * The server's view of the workspace: every checked file of the folders, the
 * open ones as the editor has them, the others as they are on disk. After any
 * change it publishes diagnostics for exactly the documents that may have
 * changed: the document, those citing it, those it cites, and those sharing
 * its id.
 */
export class WorkspaceSession {
  readonly workspace: Workspace;
  private matches: (relativePath: string) => boolean;
  private configUri: string | undefined;

  /**
   * `versionOf` gives an open document's version, sent with its diagnostics so
   * a client can tell which edit they describe.
   */
  constructor(
    private readonly connection: Connection,
    private readonly folders: readonly string[],
    private readonly versionOf: (uri: string) => number | undefined,
  ) {
    const { result, uri } = readWorkspaceConfig(folders);
    this.workspace = new Workspace(result.config);
    this.matches = createFileMatcher(result.config);
    this.configUri = uri;
    for (const { uri: documentUri, text } of readWorkspaceDocuments(folders, result)) this.workspace.setDocument(documentUri, text);
    if (uri) void connection.sendDiagnostics({ uri, diagnostics: result.diagnostics.map(toLspDiagnostic) });
  }

  publishAll(): void {
    this.publish([...this.workspace.allDocuments()].map((document) => document.uri));
  }

  /** The editor's text for a document (opened or edited). */
  update(uri: string, text: string): void {
    const affected = this.workspace.affectedBy(uri);
    this.workspace.setDocument(uri, text);
    for (const other of this.workspace.affectedBy(uri)) affected.add(other);
    this.publish(affected);
  }

  /** A document closed in the editor: back to the disk's text if it is a checked file, else forgotten. */
  close(uri: string): void {
    if (this.isCheckedFile(uri)) this.reloadFromDisk(uri);
    else this.remove(uri);
  }

  /** A file created, changed or deleted on disk while not open in the editor. */
  fileChanged(uri: string, deleted: boolean, isOpen: boolean): void {
    if (this.configUri === uri || (!deleted && uri.endsWith(`/${CONFIG_FILE_NAME}`))) return this.reloadConfig();
    if (isOpen) return;
    if (deleted) this.remove(uri);
    else if (this.isCheckedFile(uri)) this.reloadFromDisk(uri);
  }

  private reloadFromDisk(uri: string): void {
    try {
      this.update(uri, readText(fileURLToPath(uri)));
    } catch {
      this.remove(uri);
    }
  }

  private remove(uri: string): void {
    const affected = this.workspace.affectedBy(uri);
    this.workspace.removeDocument(uri);
    affected.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.publish(affected);
  }

  private reloadConfig(): void {
    const { result, uri } = readWorkspaceConfig(this.folders);
    this.configUri = uri;
    this.matches = createFileMatcher(result.config);
    this.workspace.setConfig(result.config);
    if (uri) void this.connection.sendDiagnostics({ uri, diagnostics: result.diagnostics.map(toLspDiagnostic) });
    this.publishAll();
  }

  /** Whether the config's include and exclude globs select this file in one of the workspace folders. */
  isCheckedFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.folders.some((folder) => {
      const relative = path.relative(folder, file);
      return !relative.startsWith('..') && !path.isAbsolute(relative) && this.matches(relative.split(path.sep).join('/'));
    });
  }

  private publish(uris: Iterable<string>): void {
    for (const uri of uris) {
      if (!this.workspace.getDocument(uri)) continue;
      const version = this.versionOf(uri);
      const diagnostics = this.workspace.diagnostics(uri).map(toLspDiagnostic);
      void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
    }
  }
}
