/**
 * The built language server as a process, with a JSON-RPC connection to it
 * and every diagnostics publication it has made, by URI, in order. The
 * protocol and hostile-input suites both drive the server through this.
 * Nothing here sleeps: a test waits for a message or for the process to end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export const SERVER_BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'committee-reports-language-server.js');

export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: {
    code?: string | number;
    severity?: number;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

export interface ServerProcessOptions {
  /** Run as this user (the hostile suites run the server as `nobody` when the tests run as root). */
  readonly runAs?: { readonly uid: number; readonly gid: number } | undefined;
  /** 'inherit': the server's log lines go to the test's own standard error; 'pipe': to `process.stderr`, for a test to read (else dropped). */
  readonly stderr: 'inherit' | 'pipe';
  /** More environment variables for the server. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The user's cache folder the servers of this test run see (`XDG_CACHE_HOME`):
 * a server given no index folder keeps its workspace index there, and tests
 * must leave the real one alone. Anyone may write in it, as in /tmp, for the
 * servers run as another user; it goes when the run ends.
 */
const CACHE_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-test-cache-'));
fs.chmodSync(CACHE_HOME, 0o1777);
process.once('exit', () => fs.rmSync(CACHE_HOME, { recursive: true, force: true }));

interface Waiter {
  readonly uri: string;
  readonly accept: (published: Published, index: number) => boolean;
  readonly resolve: (published: Published) => void;
}

export class ServerProcess {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly published = new Map<string, Published[]>();
  /** For `nextPublished`: how many of each URI's publications have been handed out. */
  private readonly handedOut = new Map<string, number>();
  private readonly waiters: Waiter[] = [];

  constructor(cwd: string, options: ServerProcessOptions) {
    this.process = spawn(process.execPath, [SERVER_BIN, '--stdio'], {
      cwd,
      stdio: ['pipe', 'pipe', options.stderr],
      env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME, ...options.env },
      ...options.runAs,
    });
    this.exited = new Promise((resolve) => this.process.once('exit', (code, signal) => resolve({ code, signal })));
    // Read, so a chatty server never blocks on a full pipe; a test may listen too.
    this.process.stderr?.resume();
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (published: Published) => this.record(published));
    // A closed pipe once the process has ended is expected in tests that end it.
    this.connection.onError(() => undefined);
    this.process.stdin!.on('error', () => undefined);
    this.connection.listen();
  }

  /** Every publication so far for a URI. */
  publishedFor(uri: string): readonly Published[] {
    return this.published.get(uri) ?? [];
  }

  /** Every URI the server has published diagnostics for so far. */
  publishedUris(): string[] {
    return [...this.published.keys()];
  }

  /** The first publication for a URI that `accept` takes, past or future. */
  diagnostics(uri: string, accept: (published: Published) => boolean = () => true): Promise<Published> {
    const found = this.publishedFor(uri).find(accept);
    if (found) return Promise.resolve(found);
    return this.waitFor(uri, (published) => accept(published));
  }

  /** Each call, the next publication for a URI: the first call the first, and so on, past or future. */
  nextPublished(uri: string): Promise<Published> {
    const index = this.handedOut.get(uri) ?? 0;
    this.handedOut.set(uri, index + 1);
    const found = this.publishedFor(uri)[index];
    if (found) return Promise.resolve(found);
    return this.waitFor(uri, (_published, at) => at === index);
  }

  /** shutdown, exit, and the exit code. */
  async stop(): Promise<number | null> {
    if (this.running) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const { code } = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the process if a test left it running. */
  kill(): void {
    if (this.running) this.process.kill('SIGKILL');
    this.connection.dispose();
  }

  private get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  private record(published: Published): void {
    const list = this.published.get(published.uri) ?? [];
    list.push(published);
    this.published.set(published.uri, list);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri !== published.uri || !waiter.accept(published, list.length - 1)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(published);
    }
  }

  private waitFor(uri: string, accept: Waiter['accept']): Promise<Published> {
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }
}
