import { fileURLToPath } from 'node:url';
import { Emitter, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { Workspace, type FileFacts } from '../../core';
import { LANGUAGE_ID } from '../../protocol';
import { contentHash, type CacheEntry } from '../../node/check-cache-file';
import { sameStamps, settledStamp } from '../../node/file-stamp';
import { cachedDiagnosticsStand, unchangedFiles } from '../../node/index-reuse';
import { decodeFile, describeReadError, isMissing, readFileBytes, type FileBytes } from '../../node/read-text';
import { toLspDiagnostic } from '../convert';
import { IndexingProgress } from './indexing-progress';
import { entriesOnDisk, type PersistedIndex } from './persisted-index';
import { UnreadableFolderWarnings } from './unreadable-folders';
import { unreadableDiagnostics, type DiskDocuments, type DiskFile, type ReadFile } from './files';
import { WorkspaceFolders } from './folders';
import { CHUNK, SummarisedDocuments, keptStamps, nextTurn, type OnDisk } from './summarised-documents';

/** More files than this, and indexing shows progress in a client that can show it. */
export const PROGRESS_THRESHOLD = 100;
/** How long after the last change the persisted index is written again. */
export const INDEX_WRITE_DELAY_MS = 5000;

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
  /**
   * Settles when every document is in the index (some perhaps by their
   * summary from the persisted index, parsed when something asks for them:
   * see `load`) and the open ones taken in. A request about one document
   * waits for this alone: the documents it reaches are parsed as it reaches
   * them, so its answer is the one it would be with every document parsed.
   */
  readonly ready: Promise<void>;
  /**
   * Settles when every document is indexed and parsed, the open documents
   * taken in (see `index`): requests that walk every document wait for it,
   * so they do not parse them all at once, and the watched files' changes.
   */
  readonly indexed: Promise<void>;
  /** Every document is in the index and the open ones taken in (`ready`): edits are now checked and published as they come. */
  takesEdits = false;
  private allParsed = false;
  private resolveReady: () => void = () => undefined;
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
  /** Documents in the index by their summary from the persisted index, parsed when needed. */
  private readonly summarised: SummarisedDocuments;
  /** Each checked file as last read from disk: what the persisted index is keyed by. */
  private readonly onDisk = new Map<string, OnDisk>();
  /** Whether the persisted index may no longer match the files on disk, and is to be written again. */
  private indexStale = false;
  private indexWrite: ReturnType<typeof setTimeout> | undefined;
  /** Settles when the last diagnostics published are written to the client. */
  private lastSent: Promise<void> = Promise.resolve();
  private readonly published = new Emitter<readonly string[]>();
  /** After diagnostics are published, with the documents they are for (what shows them, such as semantic tokens, may follow). */
  readonly onDidPublish = this.published.event;

  /**
   * Reads the config; `index` then reads the folders. The editor's open
   * documents take precedence over the disk, and their diagnostics carry
   * their version so a client can tell which edit they describe. With
   * `store`, the index of the last session is read at start and written
   * after changes.
   */
  constructor(
    private readonly connection: Connection,
    folders: readonly string[],
    private readonly editor: Editor,
    private readonly store?: PersistedIndex,
  ) {
    this.folders = new WorkspaceFolders(connection, folders);
    this.unreadableFolders = new UnreadableFolderWarnings(connection);
    const { config, configFor } = this.folders.readConfigs();
    this.workspace = new Workspace(config, configFor);
    this.summarised = new SummarisedDocuments({
      workspace: this.workspace,
      onDisk: this.onDisk,
      publish: (uris) => this.publish(uris),
      reloadFromDisk: (uri) => this.reloadFromDisk(uri),
      markIndexStale: () => (this.indexStale = true),
      warn: (line) => this.connection.console.warn(line),
    });
    this.workspace.setLoader((uri) => this.summarised.load(uri));
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.indexed = new Promise((resolve) => (this.resolveIndexed = resolve));
  }

  /**
   * Indexes every checked file of the folders as it is on disk, then the open
   * documents as the editor has them (those opened or edited meanwhile
   * included), then publishes every document's diagnostics, the open
   * documents' first. Yields between chunks, so the client hears progress
   * and requests are not starved. With a persisted index that still holds
   * (`indexFromStore`), unchanged files are not parsed before their
   * diagnostics are shown. The index is then written if anything changed.
   */
  async index(): Promise<void> {
    let progress: IndexingProgress | undefined;
    const progressFor = (files: DiskDocuments) =>
      (progress =
        files.documents.length > PROGRESS_THRESHOLD
          ? new IndexingProgress(this.connection, files.documents.length)
          : undefined);
    try {
      // Open documents too: one closed before indexing ends keeps the disk's text.
      const stored = this.store?.read(this.folders.configKey());
      if (stored) {
        const files = this.folders.readDocuments(keptStamps(stored));
        await this.indexFromStore(files, stored, progressFor(files));
      } else {
        const files = this.folders.readDocuments();
        await this.indexFiles(files, progressFor(files));
      }
    } finally {
      // Whatever happened, requests stop waiting and the progress ends.
      this.markReady();
      this.markIndexed();
      progress?.done();
    }
    if (this.indexStale) this.writeIndex();
  }

  private async indexFiles(files: DiskDocuments<ReadFile>, progress: IndexingProgress | undefined): Promise<void> {
    const total = files.documents.length;
    for (let done = 0; done < total;) {
      for (const file of files.documents.slice(done, done + CHUNK)) this.setDiskDocument(file);
      done = Math.min(done + CHUNK, total);
      progress?.report((50 * done) / total, `Indexing ${done} of ${total}`);
      await nextTurn();
    }
    this.takeInUnreadable(files);
    this.takeInOpenDocuments();
    this.markIndexed();
    this.indexStale = this.store !== undefined;
    await this.publishInChunks(this.openFirst(this.knownUris()), progress);
  }

  /**
   * Start-up with the persisted index of the last session. A file still
   * showing the stamp its entry kept is unchanged, unread; every other
   * file's bytes are hashed. An unchanged one goes in by its summary,
   * unparsed; a changed one (and every open document, with the editor's
   * text) is parsed. When no document came or went and each parsed one tells the
   * others what it told them before, the unchanged files' stored diagnostics
   * still hold: they are shown after the open documents', and the unchanged
   * files are parsed afterwards, in the background, or sooner when a request
   * reaches them. Otherwise everything is parsed and checked, as without the
   * index.
   */
  private async indexFromStore(
    files: DiskDocuments,
    stored: ReadonlyMap<string, CacheEntry>,
    progress: IndexingProgress | undefined,
  ): Promise<void> {
    const hashes = new Map(
      files.documents.map((file) => [file.uri, file.read ? contentHash(file.read) : stored.get(file.uri)!.hash]),
    );
    const unchanged = unchangedFiles(hashes, stored);
    let parsed = 0;
    for (const file of files.documents) {
      // A file not read showed its entry's stamp, and only an entry with diagnostics gives one: it is unchanged.
      if (file.read === undefined || unchanged.has(file.uri)) this.setSummarised(file, stored.get(file.uri)!);
      else {
        this.setDiskDocument(file, hashes.get(file.uri));
        if (++parsed % CHUNK === 0) await nextTurn();
      }
    }
    this.takeInUnreadable(files);
    // Two turns: a document opened right after `initialized` is read in the first, and handed to the editor's documents in the second.
    await nextTurn();
    await nextTurn();
    this.takeInOpenDocuments();
    const documents = [...this.documentUris()];
    const stand = cachedDiagnosticsStand(documents, stored, unchanged, (uri) => this.workspace.summaryOf(uri));
    // Written again only if a file on disk changed, came or went, or shows a new stamp: an open document's text is not stored.
    this.indexStale =
      !stand ||
      unchanged.size !== hashes.size ||
      files.documents.some((file) => !sameStamps(file.stamp, stored.get(file.uri)?.stamp));
    if (stand) this.summarised.showStored(stored);
    else {
      await this.summarised.parseAll(progress);
      // Opened or edited while that yielded: the editor's documents hold them.
      this.takeInOpenDocuments();
      this.markIndexed();
    }
    this.markReady();
    await this.publishInChunks(this.openFirst(this.knownUris()), progress);
    // Sent first: the parsing below would let out one message per chunk.
    await this.lastSent;
    // In the background: requests that walk every document wait for it (see `indexed`), the others and edits do not.
    await this.summarised.parseAll(undefined);
  }

  /** Publishes the diagnostics of documents a chunk at a time: their own, or the stored ones still showing. */
  private async publishInChunks(uris: readonly string[], progress: IndexingProgress | undefined): Promise<void> {
    for (let done = 0; done < uris.length;) {
      const chunk = uris.slice(done, done + CHUNK);
      this.publish(chunk.filter((uri) => !this.summarised.showing(uri)));
      this.publishStored(chunk.filter((uri) => this.summarised.showing(uri)));
      done = Math.min(done + CHUNK, uris.length);
      progress?.report(50 + (50 * done) / uris.length, `Checking ${done} of ${uris.length}`);
      await nextTurn();
    }
  }

  private publishStored(uris: readonly string[]): void {
    for (const uri of uris)
      this.lastSent = this.send({ uri, diagnostics: this.summarised.showing(uri)!.map(toLspDiagnostic) });
    if (uris.length > 0) this.published.fire(uris);
  }

  /** The open documents first: those are the ones the user is looking at. */
  private openFirst(uris: readonly string[]): string[] {
    const open = this.editor
      .all()
      .map((document) => document.uri)
      .filter((uri) => this.workspace.getDocument(uri));
    return [...new Set([...open, ...uris])];
  }

  private takeInUnreadable(files: DiskDocuments): void {
    for (const { uri, reason } of files.unreadable) this.setUnreadable(uri, reason);
    this.unreadableFolders.report(files.unreadableFolders);
  }

  private takeInOpenDocuments(): void {
    for (const document of this.editor.all())
      if (this.isChecked(document)) this.setDocument(document.uri, document.getText());
  }

  private markReady(): void {
    this.takesEdits = true;
    this.resolveReady();
  }

  private markIndexed(): void {
    this.markReady();
    if (this.allParsed) return;
    this.allParsed = true;
    this.resolveIndexed();
  }

  publishAll(): void {
    this.publish(this.knownUris());
  }

  /** Every document, and every checked file that could not be read. */
  private knownUris(): string[] {
    return [...this.documentUris(), ...this.unreadable.keys()];
  }

  /** Every document: parsed, or in the index by its summary. */
  private documentUris(): Iterable<string> {
    return this.workspace.documentUris();
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
    // Even an open document's file: its text on disk is what the persisted index holds.
    this.indexStale = this.store !== undefined;
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
    // Every document is re-read under the new config: those known by their summary too.
    this.summarised.parseNow();
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
      if (!this.uriByCanonical.has(canonicalUri(file.uri))) this.setDiskDocument(file);
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
    let read: FileBytes;
    try {
      read = readFileBytes(fileURLToPath(uri));
    } catch (error) {
      if (isMissing(error)) this.remove(uri);
      else this.markUnreadable(uri, describeReadError(error));
      return;
    }
    const file = decodeFile(read);
    this.setText(uri, file.text, file);
    if (this.store) this.onDisk.set(uri, { hash: contentHash(read), stamp: settledStamp(read.stats, Date.now()) });
    this.publishFor(uri);
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
    this.summarised.forget(uri);
    this.onDisk.delete(uri);
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
    this.summarised.forget(uri);
    this.onDisk.delete(uri);
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
    this.summarised.forget(uri);
    this.workspace.setDocument(uri, text, file);
    this.uriByCanonical.set(canonical, uri);
  }

  /** Takes in a checked file as read from disk, and (with a persisted index) the hash of its bytes and its stamp. */
  private setDiskDocument(file: ReadFile, hash?: string): void {
    const text = decodeFile(file.read);
    this.setDocument(file.uri, text.text, text);
    if (this.store && this.workspace.getDocument(file.uri))
      this.onDisk.set(file.uri, { hash: hash ?? contentHash(file.read), stamp: file.stamp });
  }

  /** Takes in an unchanged file by its summary from the persisted index: in the index, parsed when needed. */
  private setSummarised(file: DiskFile, entry: CacheEntry): void {
    this.summarised.add(file.uri, file.read, entry, file.stamp);
    this.uriByCanonical.set(canonicalUri(file.uri), file.uri);
  }

  private publish(uris: Iterable<string>): void {
    const published: string[] = [];
    for (const uri of uris) {
      published.push(uri);
      this.summarised.stopShowing(uri);
      const unreadable = this.unreadable.get(uri);
      if (unreadable !== undefined) {
        void this.connection.sendDiagnostics({
          uri,
          diagnostics: unreadableDiagnostics(unreadable, this.workspace.configFor(uri)).map(toLspDiagnostic),
        });
        continue;
      }
      // Parsed now if it was known by its summary.
      if (!this.workspace.getDocument(uri)) continue;
      const version = this.editor.get(uri)?.version;
      const diagnostics = this.workspace.diagnostics(uri).map(toLspDiagnostic);
      this.lastSent = this.send(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
    }
    this.published.fire(published);
    if (this.allParsed && published.length > 0) this.indexChanged();
  }

  /** Sends diagnostics; the promise settles once they are written (or could not be: the client has gone). */
  private send(params: Parameters<Connection['sendDiagnostics']>[0]): Promise<void> {
    return this.connection.sendDiagnostics(params).catch(() => undefined);
  }

  /** Something may have changed: the persisted index is written again once changes pause. */
  private indexChanged(): void {
    if (!this.store) return;
    this.indexStale = true;
    clearTimeout(this.indexWrite);
    this.indexWrite = setTimeout(() => this.writeIndex(), INDEX_WRITE_DELAY_MS);
    // A pending write never keeps the server running; shutdown writes it (`flushIndex`).
    this.indexWrite.unref();
  }

  /** Writes the persisted index now if it may be out of date (at shutdown). */
  flushIndex(): void {
    clearTimeout(this.indexWrite);
    this.indexWrite = undefined;
    if (this.indexStale) this.writeIndex();
  }

  /**
   * Writes the persisted index from the files on disk (`entriesOnDisk`), once
   * every document is parsed (the start-up writes it then).
   */
  private writeIndex(): void {
    clearTimeout(this.indexWrite);
    this.indexWrite = undefined;
    if (!this.store || !this.allParsed || this.summarised.pending) return;
    const entries = entriesOnDisk({
      workspace: this.workspace,
      onDisk: (uri) => this.onDisk.get(uri),
      openText: (uri) => this.editor.get(uri)?.getText(),
      isCheckedFile: (uri) => this.isCheckedFile(uri),
    });
    if (!entries) return;
    this.store.write(this.folders.configKey(), entries);
    this.indexStale = false;
  }
}

/** A local file's URI that every client writes alike: no drive letter, nothing encoded, nothing to encode. */
const PLAIN_FILE_URI = /^file:\/\/\/[A-Za-z0-9/._~-]*$/;

/** One spelling of a URI for each resource: VS Code's, which percent-encodes `'`, `(` and `)` where Node does not. */
function canonicalUri(uri: string): string {
  // Most URIs are already in that form; parsing thousands at start-up costs more than this test.
  if (PLAIN_FILE_URI.test(uri)) return uri;
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}
