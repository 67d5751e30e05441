import { fileURLToPath } from 'node:url';
import { Emitter, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { Workspace, type FileFacts } from '../../core';
import { LANGUAGE_ID } from '../../protocol';
import { describeReadError, isMissing, readFileText, type FileText } from '../../node/read-text';
import { toLspDiagnostic } from '../convert';
import { IndexingProgress } from './indexing-progress';
import { UnreadableFolderWarnings } from './unreadable-folders';
import { unreadableDiagnostics, type DiskDocuments } from './files';
import { WorkspaceFolders } from './folders';

/** More files than this, and indexing shows progress in a client that can show it. */
export const PROGRESS_THRESHOLD = 100;
/** Documents parsed or checked between two turns of the event loop, so messages flow while indexing. */
const CHUNK = 50;

/** A document as the editor has it. */
export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

/** The editor's open documents, as the session needs to see them. */
export interface Editor {
  get(uri: string): OpenDocument | undefined;
  all(): readonly OpenDocument[];
}

/**
 * The server's view of the workspace: every checked file of the folders, the
 * open ones as the editor has them, the others as they are on disk. After any
 * change it publishes diagnostics for exactly the documents that may have
 * changed: the document, those citing it, those it cites, and those sharing
 * its id. Which files are checked, and under which config: WorkspaceFolders.
 */
export class WorkspaceSession {
  readonly workspace: Workspace;
  /** Settles when the folders are indexed and the open documents taken in (see `index`). */
  readonly indexed: Promise<void>;
  isIndexed = false;
  private resolveIndexed: () => void = () => undefined;
  private readonly folders: WorkspaceFolders;
  /** Per edited document: documents whose diagnostics may have changed since they were last published. */
  private readonly unpublished = new Map<string, Set<string>>();
  /**
   * Each document's URI by a canonical form of it. Clients and Node write the
   * same file name differently (VS Code `Leader%27s`, Node `Leader's`), and one
   * file must be one document, or its own id would be reported as a duplicate.
   */
  private readonly uriByCanonical = new Map<string, string>();
  /**
   * Checked files that could not be read from disk (permission denied, a link
   * that leads back to itself), and why. Each shows one `file-not-checked`
   * diagnostic until it can be read, is deleted, or is no longer selected;
   * its URI is known in `uriByCanonical`, as a document's is.
   */
  private readonly unreadable = new Map<string, string>();
  private readonly unreadableFolders: UnreadableFolderWarnings;
  private readonly published = new Emitter<readonly string[]>();
  /** After diagnostics are published, with the documents they are for (what shows them, such as semantic tokens, may follow). */
  readonly onDidPublish = this.published.event;

  /**
   * Reads the config; `index` then reads the folders. The editor's open
   * documents take precedence over the disk, and their diagnostics carry
   * their version so a client can tell which edit they describe.
   */
  constructor(
    private readonly connection: Connection,
    folders: readonly string[],
    private readonly editor: Editor,
  ) {
    this.folders = new WorkspaceFolders(connection, folders);
    this.unreadableFolders = new UnreadableFolderWarnings(connection);
    const { config, configFor } = this.folders.readConfigs();
    this.workspace = new Workspace(config, configFor);
    this.indexed = new Promise((resolve) => (this.resolveIndexed = resolve));
  }

  /**
   * Indexes every checked file of the folders as it is on disk, then the open
   * documents as the editor has them (those opened or edited meanwhile
   * included), then publishes every document's diagnostics. Yields between
   * chunks, so the client hears progress and requests are not starved.
   */
  async index(): Promise<void> {
    let progress: IndexingProgress | undefined;
    try {
      // Open documents too: one closed before indexing ends keeps the disk's text.
      const files = this.folders.readDocuments();
      if (files.documents.length > PROGRESS_THRESHOLD)
        progress = new IndexingProgress(this.connection, files.documents.length);
      await this.indexFiles(files, progress);
    } finally {
      // Whatever happened, requests stop waiting and the progress ends.
      this.markIndexed();
      progress?.done();
    }
  }

  private async indexFiles(files: DiskDocuments, progress: IndexingProgress | undefined): Promise<void> {
    const total = files.documents.length;
    for (let done = 0; done < total;) {
      for (const file of files.documents.slice(done, done + CHUNK)) this.setDocument(file.uri, file.text, file);
      done = Math.min(done + CHUNK, total);
      progress?.report((50 * done) / total, `Indexing ${done} of ${total}`);
      await nextTurn();
    }
    for (const { uri, reason } of files.unreadable) this.setUnreadable(uri, reason);
    this.unreadableFolders.report(files.unreadableFolders);
    for (const document of this.editor.all())
      if (this.isChecked(document)) this.setDocument(document.uri, document.getText());
    this.markIndexed();
    // The open documents first: those are the ones the user is looking at.
    const open = this.editor
      .all()
      .map((document) => document.uri)
      .filter((uri) => this.workspace.getDocument(uri));
    const uris = [...new Set([...open, ...this.knownUris()])];
    for (let done = 0; done < uris.length;) {
      this.publish(uris.slice(done, done + CHUNK));
      done = Math.min(done + CHUNK, uris.length);
      progress?.report(50 + (50 * done) / uris.length, `Checking ${done} of ${uris.length}`);
      await nextTurn();
    }
  }

  private markIndexed(): void {
    if (this.isIndexed) return;
    this.isIndexed = true;
    this.resolveIndexed();
  }

  publishAll(): void {
    this.publish(this.knownUris());
  }

  /** Every document, and every checked file that could not be read. */
  private knownUris(): string[] {
    return [...[...this.workspace.allDocuments()].map((document) => document.uri), ...this.unreadable.keys()];
  }

  /**
   * Takes in the editor's text for a document (or, with `file`, the disk's)
   * without publishing: the documents it may affect wait for `publishFor`.
   */
  setText(uri: string, text: string, file?: FileFacts): void {
    let affected = this.unpublished.get(uri);
    if (!affected) this.unpublished.set(uri, (affected = new Set()));
    for (const other of this.workspace.affectedBy(uri)) affected.add(other);
    this.setDocument(uri, text, file);
    for (const other of this.workspace.affectedBy(uri)) affected.add(other);
  }

  /** Publishes what the edits to a document, taken in since it was last published, may have changed. */
  publishFor(uri: string): void {
    const affected = this.unpublished.get(uri);
    this.unpublished.delete(uri);
    if (affected) this.publish(affected);
  }

  /** The editor's text for a document (opened or edited), checked and published now. */
  update(uri: string, text: string, file?: FileFacts): void {
    this.setText(uri, text, file);
    this.publishFor(uri);
  }

  /** A document closed in the editor: back to the disk's text if it is a checked file, else forgotten. */
  close(uri: string): void {
    // The config file is open for its own diagnostics and fixes, which stand when it is closed.
    if (this.folders.isConfigFile(uri)) return;
    if (this.isCheckedFile(uri)) this.reloadFromDisk(uri);
    else this.remove(uri);
  }

  /** A file created, changed or deleted on disk. Open documents keep the editor's text. */
  fileChanged(changedUri: string, deleted: boolean): void {
    if (this.folders.isConfigFile(changedUri)) return this.reloadConfig();
    // The document as the server knows it, however the client wrote its URI.
    const uri = this.uriByCanonical.get(canonicalUri(changedUri)) ?? changedUri;
    if (this.editor.get(uri)) return;
    if (deleted) this.remove(uri);
    else if (this.isCheckedFile(uri)) this.reloadFromDisk(uri);
  }

  /**
   * An open document is checked when the config's globs select it (so an
   * editor that attaches the server to all Markdown leaves README.md alone),
   * or when the client says it is a committee report.
   */
  isChecked(document: OpenDocument): boolean {
    return document.languageId === LANGUAGE_ID || this.isCheckedFile(document.uri);
  }

  /** The diagnostics of a folder's config file, and the text on disk they were read from. */
  configDiagnostics(uri: string): ReturnType<WorkspaceFolders['configDiagnostics']> {
    return this.folders.configDiagnostics(uri);
  }

  /** Whether the config of its workspace folder selects this file. */
  isCheckedFile(uri: string): boolean {
    return this.folders.selects(uri);
  }

  /**
   * The config file was created, changed or deleted: re-read it, and re-scan
   * the folders. Files it now selects are indexed; files it no longer selects
   * are dropped and their diagnostics cleared; every document is re-checked
   * under the new rules. Files that could not be read are tried again.
   */
  private reloadConfig(): void {
    const { config, configFor } = this.folders.readConfigs();
    for (const document of [...this.workspace.allDocuments()]) {
      const open = this.editor.get(document.uri);
      if (open ? !this.isChecked(open) : !this.isCheckedFile(document.uri)) this.dropDocument(document.uri);
    }
    const unreadable = [...this.unreadable.keys()];
    for (const uri of unreadable) this.forget(uri);
    this.workspace.setConfig(config, configFor);
    for (const document of this.editor.all()) {
      if (!this.workspace.getDocument(document.uri) && this.isChecked(document))
        this.setDocument(document.uri, document.getText());
    }
    const files = this.folders.readDocuments();
    for (const file of files.documents)
      if (!this.uriByCanonical.has(canonicalUri(file.uri))) this.setDocument(file.uri, file.text, file);
    for (const { uri, reason } of files.unreadable)
      if (!this.uriByCanonical.has(canonicalUri(uri))) this.setUnreadable(uri, reason);
    this.unreadableFolders.report(files.unreadableFolders);
    // No longer selected, or gone: nothing more to show for it.
    for (const uri of unreadable)
      if (!this.uriByCanonical.has(canonicalUri(uri))) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.unpublished.clear();
    this.publishAll();
  }

  /** A checked file as it now is on disk: checked, shown as not readable, or (deleted) dropped. */
  private reloadFromDisk(uri: string): void {
    let read: FileText;
    try {
      read = readFileText(fileURLToPath(uri));
    } catch (error) {
      if (isMissing(error)) this.remove(uri);
      else this.markUnreadable(uri, describeReadError(error));
      return;
    }
    this.update(uri, read.text, read);
  }

  private remove(uri: string): void {
    const affected = this.takeAffected(uri);
    this.dropDocument(uri);
    affected.delete(uri);
    this.publish(affected);
  }

  /** A checked file that can no longer be read: shown as not checked, and what cited it checked again without it. */
  private markUnreadable(uri: string, reason: string): void {
    const affected = this.takeAffected(uri);
    this.setUnreadable(uri, reason);
    this.publish(affected);
  }

  /** The documents a document affects, and those its edits not yet published affected (checkOn: save). */
  private takeAffected(uri: string): Set<string> {
    const affected = this.workspace.affectedBy(uri);
    for (const other of this.unpublished.get(uri) ?? []) affected.add(other);
    this.unpublished.delete(uri);
    return affected;
  }

  /** Forgets a document, or a file that could not be read, and clears its diagnostics. */
  private dropDocument(uri: string): void {
    this.workspace.removeDocument(uri);
    this.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Forgets that a file could not be read, and which URI it is known by. */
  private forget(uri: string): void {
    this.unreadable.delete(uri);
    const canonical = canonicalUri(uri);
    if (this.uriByCanonical.get(canonical) === uri) this.uriByCanonical.delete(canonical);
  }

  /**
   * Takes in a checked file that could not be read, under one URI per file as
   * a document is, unless the editor has it open: then the editor's text stands.
   */
  private setUnreadable(uri: string, reason: string): void {
    const canonical = canonicalUri(uri);
    const known = this.uriByCanonical.get(canonical);
    if (known !== undefined && this.editor.get(known)) return;
    if (known !== undefined && known !== uri) this.dropDocument(known);
    this.workspace.removeDocument(uri);
    this.unreadable.set(uri, reason);
    this.uriByCanonical.set(canonical, uri);
  }

  /**
   * Takes in a document's text under one URI per file: the editor's URI wins
   * over the disk's (the editor's is the one it shows diagnostics for), and
   * the disk's text (given with what its bytes were, `file`) never replaces
   * what is open. The editor's text keeps what the disk's bytes were.
   */
  private setDocument(uri: string, text: string, file?: FileFacts): void {
    const canonical = canonicalUri(uri);
    const known = this.uriByCanonical.get(canonical);
    if (known !== undefined && known !== uri) {
      if (file && this.editor.get(known)) return;
      // The same file under the editor's spelling of its URI: what its bytes were still holds.
      file ??= { invalidUtf8: this.workspace.hasInvalidUtf8(known) };
      this.dropDocument(known);
    }
    this.unreadable.delete(uri);
    this.workspace.setDocument(uri, text, file);
    this.uriByCanonical.set(canonical, uri);
  }

  private publish(uris: Iterable<string>): void {
    const published: string[] = [];
    for (const uri of uris) {
      published.push(uri);
      const unreadable = this.unreadable.get(uri);
      if (unreadable !== undefined) {
        void this.connection.sendDiagnostics({
          uri,
          diagnostics: unreadableDiagnostics(unreadable, this.workspace.configFor(uri)).map(toLspDiagnostic),
        });
        continue;
      }
      if (!this.workspace.getDocument(uri)) continue;
      const version = this.editor.get(uri)?.version;
      const diagnostics = this.workspace.diagnostics(uri).map(toLspDiagnostic);
      void this.connection.sendDiagnostics(
        version === undefined ? { uri, diagnostics } : { uri, version, diagnostics },
      );
    }
    this.published.fire(published);
  }
}

/** One spelling of a URI for each resource: VS Code's, which percent-encodes `'`, `(` and `)` where Node does not. */
function canonicalUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** Lets the event loop run: queued messages are read and written before the next chunk. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
