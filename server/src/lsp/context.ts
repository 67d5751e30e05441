import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Position,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { Workspace, idAt, type ParsedDocument } from '../core';
import type { IndexRequest } from '../node/index-location';
import { CHECK_DELAY_MS, Rechecks } from './workspace/rechecks';
import { SettingsCache } from './workspace/settings';
import type { WorkspaceSession } from './workspace/session';

/**
 * A feature module: registers its handlers on the connection and returns the
 * capabilities it provides (announced in the initialize result). Adding a
 * feature is one line in server.ts's list.
 */
export type Feature = (connection: Connection, context: ServerContext) => ServerCapabilities | void;

/**
 * What every feature shares: the documents the editor has open, the settings,
 * and the workspace as the server knows it. Handlers ask it for the workspace
 * or a document and get them with every edit so far taken in.
 */
export class ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly settings: SettingsCache;
  readonly rechecks: Rechecks;
  /** Every feature's capabilities, merged; the initialize result. */
  readonly capabilities: ServerCapabilities = {};
  /** What the client said it can do, from initialize. */
  client: ClientCapabilities = {};
  /** The workspace folders on disk, from initialize. */
  folders: readonly string[] = [];
  /** How long typing must pause before a re-check (see CHECK_DELAY_MS). */
  checkDelay = CHECK_DELAY_MS;
  /** Where the client asked the workspace's index to be kept between sessions, if at all (from initialize). */
  indexRequest: IndexRequest = {};
  /** Created when the client says it is initialized; its folders are then indexed. */
  session: WorkspaceSession | undefined;
  private readonly started: Promise<WorkspaceSession>;
  private resolveStarted: (session: WorkspaceSession) => void = () => undefined;

  constructor(readonly connection: Connection) {
    this.settings = new SettingsCache(connection, () => this.client.workspace?.configuration === true);
    this.rechecks = new Rechecks(
      () => this.session,
      this.documents,
      this.settings,
      () => this.checkDelay,
    );
    this.started = new Promise((resolve) => (this.resolveStarted = resolve));
  }

  /** Adds a feature's capabilities to the initialize result; the custom requests' `experimental` flags add up. */
  provide(capabilities: ServerCapabilities | void): void {
    if (!capabilities) return;
    const experimental: unknown = this.capabilities.experimental;
    Object.assign(this.capabilities, capabilities);
    if (capabilities.experimental !== undefined && typeof experimental === 'object') {
      this.capabilities.experimental = { ...experimental, ...(capabilities.experimental as object) };
    }
  }

  start(session: WorkspaceSession): void {
    this.session = session;
    this.resolveStarted(session);
  }

  /** The session, once the client has said it is initialized (indexing may still be under way). */
  whenStarted(): Promise<WorkspaceSession> {
    return this.started;
  }

  /**
   * The session once every document is in the index (some perhaps by their
   * summary from the persisted index, parsed when asked for) and the open
   * documents taken in.
   */
  async readySession(): Promise<WorkspaceSession> {
    const session = await this.started;
    await session.ready;
    return session;
  }

  /** The session once every document is indexed and parsed, and the open documents taken in. */
  async indexedSession(): Promise<WorkspaceSession> {
    const session = await this.started;
    await session.indexed;
    return session;
  }

  /**
   * The workspace for a request about one document: once every document is
   * in the index, with every edit so far taken in, so a request never sees
   * text older than the editor's. The documents the request reaches are
   * parsed as it reaches them, if the background parse of a start from the
   * persisted index has not yet come to them.
   */
  async workspace(): Promise<Workspace> {
    const session = await this.readySession();
    this.rechecks.catchUp();
    return session.workspace;
  }

  /**
   * The workspace for a request that walks every document (references,
   * rename, workspace symbols, the traceability view, import): once every
   * document is parsed, so the walk neither misses one nor parses them all
   * at once while other requests wait.
   */
  async wholeWorkspace(): Promise<Workspace> {
    const session = await this.indexedSession();
    this.rechecks.catchUp();
    return session.workspace;
  }

  /**
   * For a request that looks across the workspace (references, rename,
   * workspace symbols): the whole workspace, unless the client has cancelled the
   * request. One turn of the event loop first lets a `$/cancelRequest` sent
   * right behind the request arrive (as VS Code sends for each keystroke in
   * the symbol search); a cancelled request is answered RequestCancelled.
   * The core's work itself is synchronous and short, so it is not
   * interrupted.
   */
  async workspaceUnlessCancelled(token: CancellationToken): Promise<Workspace> {
    await new Promise((resolve) => setImmediate(resolve));
    if (token.isCancellationRequested)
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    return this.wholeWorkspace();
  }

  /** A document the server checks, at the editor's latest text. */
  async document(uri: string): Promise<ParsedDocument | undefined> {
    return (await this.workspace()).getDocument(uri);
  }

  /**
   * A document as the server holds it, with the workspace it is read in, for
   * what shows the whole document (the preview, the export). An open Markdown
   * file the config does not select is not in the workspace, yet may be shown:
   * it is parsed on its own, under its folder's config, and forgotten.
   */
  async heldDocument(uri: string): Promise<{ document: ParsedDocument; papers: Workspace } | undefined> {
    const workspace = await this.workspace();
    const document = workspace.getDocument(uri);
    if (document) return { document, papers: workspace };
    const open = this.documents.get(uri);
    if (!open) return undefined;
    const alone = new Workspace(workspace.configFor(uri));
    return { document: alone.setDocument(uri, open.getText()), papers: alone };
  }

  /** The ID under the cursor, in a reference or a definition, if any. */
  async idAt(uri: string, position: Position): Promise<ReturnType<typeof idAt>> {
    const document = await this.document(uri);
    return document ? idAt(document, document.lines.offsetAt(position)) : undefined;
  }

  listen(): void {
    this.documents.listen(this.connection);
    this.connection.listen();
  }
}
