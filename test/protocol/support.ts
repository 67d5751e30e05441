import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, createFileMatcher, defaultConfig, loadConfig } from '../support/core';
import { ServerProcess, type Published } from '../support/language-server';

/** A publication of diagnostics, as the tests read it. */
export type PublishedDiagnostics = Published;

/** What a test may change about the client: more capabilities, initializationOptions, other workspace folders. */
export interface ClientOptions {
  /** Added to the client capabilities, key by key (a `workspace` key replaces the `workspace.configuration` that settings imply). */
  readonly capabilities?: Record<string, unknown>;
  readonly initializationOptions?: Record<string, unknown>;
  /** The workspace folders, when not just `folder`. */
  readonly workspaceFolders?: readonly string[];
  /** More environment variables for the server (`XDG_CACHE_HOME`, say). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The real server, spawned over stdio, with a client that opens and edits
 * documents in one workspace folder and can wait for the next diagnostics
 * published for a document.
 */
export class ServerSession extends ServerProcess {
  /** `settings`: what the client answers to workspace/configuration; without it, the client cannot answer. */
  constructor(
    readonly folder: string,
    private readonly settings?: object,
    private readonly options: ClientOptions = {},
  ) {
    super(folder, { stderr: 'inherit', ...(options.env ? { env: options.env } : {}) });
    if (settings)
      this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
        params.items.map(() => settings),
      );
  }

  async initialize(): Promise<unknown> {
    const folders = this.options.workspaceFolders ?? [this.folder];
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.folder).href,
      workspaceFolders: folders.map((folder, index) => ({
        uri: pathToFileURL(folder).href,
        name: `folder ${index + 1}`,
      })),
      capabilities: { ...(this.settings ? { workspace: { configuration: true } } : {}), ...this.options.capabilities },
      ...(this.options.initializationOptions ? { initializationOptions: this.options.initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /**
   * The next diagnostics the server publishes for this file; with a version,
   * the next ones for that version of the open document (earlier ones, such
   * as those for the file on disk, are passed over).
   */
  nextDiagnostics(file: string, version?: number): Promise<PublishedDiagnostics> {
    return this.nextDiagnosticsAt(this.uriOf(file), version);
  }

  /** As nextDiagnostics, for a URI written as the test wants (another client's spelling of it, say). */
  async nextDiagnosticsAt(uri: string, version?: number): Promise<PublishedDiagnostics> {
    for (;;) {
      const published = await this.nextPublished(uri);
      if (version === undefined || published.version === version) return published;
    }
  }

  open(file: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uriOf(file), languageId: 'committee-report', version: 1, text },
    });
  }

  change(file: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uriOf(file), version },
      contentChanges: [{ text }],
    });
  }

  save(file: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didSave', { textDocument: { uri: this.uriOf(file) } });
  }

  uriOf(file: string): string {
    return pathToFileURL(path.join(this.folder, file)).href;
  }
}

export function temporaryWorkspace(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

/**
 * Before each test, a server started on a fresh workspace holding `files`;
 * after it, the server stopped and the workspace removed.
 */
export function useServer(
  files: Record<string, string>,
  settings?: object,
  options?: ClientOptions,
): { readonly session: ServerSession; readonly folder: string } {
  let current: { session: ServerSession; folder: string } | undefined;
  beforeEach(async () => {
    const folder = temporaryWorkspace(files);
    const session = new ServerSession(folder, settings, options);
    await session.initialize();
    current = { session, folder };
  });
  afterEach(async () => {
    await current?.session.stop();
    if (current) fs.rmSync(current.folder, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get session() {
      return current!.session;
    },
    get folder() {
      return current!.folder;
    },
  };
}

/** An LSP text edit, as a server's code action or rename sends it. */
export interface Edit {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly newText: string;
}

/**
 * Applies LSP edits to a text, as an editor would (edits do not overlap), CRLF
 * or LF: the tests' own applier, apart from the core's, so a test checks
 * the server's edits rather than repeating its arithmetic.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const offset = (position: Edit['range']['start']) => starts[position.line]! + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce(
      (current, edit) =>
        current.slice(0, offset(edit.range.start)) + edit.newText + current.slice(offset(edit.range.end)),
      text,
    );
}

/** Every publication of one start, by file (relative, `/`-separated), with the server's log lines. */
export interface IndexedStart {
  readonly published: ReadonlyMap<string, readonly PublishedDiagnostics[]>;
  readonly log: readonly string[];
}

/** Starts a server on `folder`, waits for every checked file's diagnostics and for the indexing to end, and stops it. */
export async function startAndStop(folder: string, options: ClientOptions): Promise<IndexedStart> {
  const session = new ServerSession(folder, undefined, options);
  const log: string[] = [];
  session.connection.onNotification('window/logMessage', ({ message }: { message: string }) => log.push(message));
  try {
    await session.initialize();
    const files = checkedFiles(folder);
    await Promise.all(files.map((file) => session.diagnostics(session.uriOf(file))));
    await session.connection.sendRequest('workspace/symbol', { query: 'R1' });
    const published = new Map(files.map((file) => [file, session.publishedFor(session.uriOf(file))]));
    return { published, log };
  } finally {
    await session.stop();
  }
}

/** The files a folder's config (or the defaults) selects, relative and `/`-separated. */
export function checkedFiles(folder: string): string[] {
  const configFile = path.join(folder, CONFIG_FILE_NAME);
  const config = fs.existsSync(configFile)
    ? loadConfig(fs.readFileSync(configFile, 'utf8'), pathToFileURL(configFile).href).config
    : defaultConfig();
  const selects = createFileMatcher(config);
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => fs.statSync(path.join(folder, file)).isFile() && selects(file))
    .sort();
}

/** The diagnostics each file shows at the end of a start. */
export function finalDiagnostics({ published }: IndexedStart): Record<string, PublishedDiagnostics['diagnostics']> {
  return Object.fromEntries([...published].map(([file, list]) => [file, list.at(-1)!.diagnostics]));
}

/** What a start without the index publishes for the folder as it is now. */
export async function coldStart(folder: string): Promise<Record<string, PublishedDiagnostics['diagnostics']>> {
  return finalDiagnostics(await startAndStop(folder, { initializationOptions: { persistIndex: false } }));
}

/** Asserts a start from the index shows each file's diagnostics once, and exactly a cold start's. */
export async function assertSameAsCold(folder: string, warm: IndexedStart): Promise<void> {
  for (const [file, list] of warm.published) assert.equal(list.length, 1, `${file} was published ${list.length} times`);
  assert.deepEqual(finalDiagnostics(warm), await coldStart(folder));
  assert.deepEqual(warm.log, []);
}
