/**
 * Shared pieces of the hostile-input suites: the built command line and
 * language server run as processes (as the user `nobody` when the tests run as
 * root, because root reads and writes through any permission), a snapshot of
 * a folder to prove nothing was written, and temporary folders.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'committee-reports.js');
export const SERVER_BIN = path.join(REPO_ROOT, 'bin', 'committee-reports-language-server.js');

/** The user `nobody` on Linux and macOS. */
const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Whom the tools run as. Root reads a file whatever its permissions and
 * writes into a read-only folder, so a test as root of an unreadable file or
 * of "nothing is written" would prove nothing: as root, the tools run as
 * `nobody`. `undefined` means the current user, for whom permissions bind.
 */
export const runAs: { uid: number; gid: number } | undefined = process.getuid?.() === 0 ? NOBODY : undefined;

/**
 * Whether file permissions stop the tools, as run: true for an ordinary user,
 * and for root when it can start them as `nobody` (false in a container that
 * forbids it; the tests that need permissions then say so and are skipped).
 */
export const permissionsBind: boolean = (() => {
  if (process.platform === 'win32') return false;
  if (runAs === undefined) return true;
  const probe = spawnSync(process.execPath, ['-e', 'process.exit(process.getuid() === 0 ? 1 : 0)'], { ...runAs, timeout: 10_000 });
  return probe.status === 0;
})();

/** A temporary folder that the tools can reach when run as `nobody`; removed by `removeFolder`. */
export function makeFolder(prefix: string): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `committee-reports-${prefix}-`)));
  fs.chmodSync(folder, 0o755);
  return folder;
}

export function removeFolder(folder: string): void {
  makeWritable(folder);
  fs.rmSync(folder, { recursive: true, force: true });
}

/** Writes files (text or bytes) into a folder, making folders as needed, each readable by everyone. */
export function writeFiles(folder: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [relativePath, content] of Object.entries(files)) {
    const file = path.join(folder, ...relativePath.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    fs.writeFileSync(file, content);
    fs.chmodSync(file, 0o644);
  }
}

/** `chmod -R a-w`: effective for an ordinary user and for `nobody`, not for root itself. */
export function makeReadOnly(folder: string): void {
  forEachEntry(folder, (entry, stats) => fs.chmodSync(entry, stats.mode & ~0o222));
}

export function makeWritable(folder: string): void {
  if (!fs.existsSync(folder)) return;
  forEachEntry(folder, (entry, stats) => fs.chmodSync(entry, stats.mode | 0o200));
}

function forEachEntry(folder: string, visit: (entry: string, stats: fs.Stats) => void): void {
  const stats = fs.lstatSync(folder);
  if (stats.isSymbolicLink()) return;
  if (stats.isDirectory()) {
    fs.chmodSync(folder, stats.mode | 0o700);
    for (const name of fs.readdirSync(folder)) forEachEntry(path.join(folder, name), visit);
  }
  visit(folder, fs.lstatSync(folder));
}

/**
 * Everything about a folder's entries that a write would change: for each
 * path (links not followed), its type, mode, size, modification time and the
 * SHA-256 of its content (or a link's target). Unreadable files are hashed as
 * root can, or marked unreadable.
 */
export function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const visit = (entry: string) => {
    const stats = fs.lstatSync(entry);
    const relative = path.relative(folder, entry).split(path.sep).join('/') || '.';
    const common = `mode ${(stats.mode & 0o7777).toString(8)} mtime ${stats.mtimeMs}`;
    if (stats.isSymbolicLink()) entries[relative] = `link to ${fs.readlinkSync(entry)}`;
    else if (stats.isDirectory()) {
      entries[relative] = `folder ${common} holding ${fs.readdirSync(entry).sort().join(', ')}`;
      for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
    } else if (stats.isFile()) entries[relative] = `file ${common} size ${stats.size} sha256 ${hashOf(entry)}`;
    else entries[relative] = `special ${common}`;
  };
  visit(folder);
  return entries;
}

function hashOf(file: string): string {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'unreadable';
  }
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the command line in `cwd` (as `nobody` when the tests run as root), with a time limit. */
export function runCli(cwd: string, args: readonly string[], timeoutMs = 120_000): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 28, ...(permissionsBind ? runAs : undefined) });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: { code?: string | number; severity?: number; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

/**
 * The language server as a process, with a JSON-RPC connection to it, the
 * diagnostics it has published by URI, and its exit. Nothing here sleeps: a
 * test waits for a message or for the process to end.
 */
export class SpawnedServer {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly published = new Map<string, Published[]>();
  private readonly waiters: { uri: string; accept: (published: Published) => boolean; resolve: (published: Published) => void }[] = [];

  constructor(cwd: string, options: { asOtherUser?: boolean } = {}) {
    this.process = spawn(process.execPath, [SERVER_BIN, '--stdio'], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.asOtherUser !== false && permissionsBind ? runAs : undefined),
    });
    this.exited = new Promise((resolve) => this.process.once('exit', (code, signal) => resolve({ code, signal })));
    // The server's own log lines; kept out of the test report.
    this.process.stderr!.resume();
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (published: Published) => {
      this.published.set(published.uri, [...(this.published.get(published.uri) ?? []), published]);
      const index = this.waiters.findIndex((waiter) => waiter.uri === published.uri && waiter.accept(published));
      if (index !== -1) this.waiters.splice(index, 1)[0]!.resolve(published);
    });
    // A closed pipe after the process ends is expected in these tests.
    this.connection.onError(() => undefined);
    this.process.stdin!.on('error', () => undefined);
    this.connection.listen();
  }

  /** initialize and initialized for one workspace folder; `checkDelay: 0` so edits are checked at once. */
  async initialize(folder: string | undefined, processId: number | null = process.pid): Promise<void> {
    const uri = folder === undefined ? null : pathToFileURL(folder).href;
    await this.connection.sendRequest('initialize', {
      processId,
      rootUri: uri,
      workspaceFolders: uri === null ? null : [{ uri, name: 'hostile' }],
      capabilities: {},
      initializationOptions: { checkDelay: 0 },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Every publication so far for a URI. */
  publishedFor(uri: string): readonly Published[] {
    return this.published.get(uri) ?? [];
  }

  /** Every URI published for so far. */
  publishedUris(): string[] {
    return [...this.published.keys()];
  }

  /** The first publication for a URI that `accept` takes, past or future. */
  diagnostics(uri: string, accept: (published: Published) => boolean = () => true): Promise<Published> {
    const found = this.publishedFor(uri).find(accept);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  /** shutdown, exit, and the exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const { code } = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the process if a test left it running. */
  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGKILL');
    this.connection.dispose();
  }
}
