/**
 * Shared pieces of the hostile-input suites: the built command line and
 * language server run as processes (as the user `nobody` when the tests run as
 * root, because root reads and writes through any permission), a snapshot of
 * a folder to prove nothing was written, and temporary folders.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommandLine, type CliRun } from '../support/command-line';
import { ServerProcess } from '../support/language-server';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

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

export type { CliRun } from '../support/command-line';

/** Runs the command line in `cwd` (as `nobody` when the tests run as root), with a time limit. */
export function runCli(cwd: string, args: readonly string[], timeoutMs = 120_000): CliRun {
  return runCommandLine(cwd, args, { env: { NO_COLOR: '1' }, timeoutMs, runAs: permissionsBind ? runAs : undefined });
}

export type { Published } from '../support/language-server';

/** The language server as a process (as `nobody` when the tests run as root, unless `asOtherUser` is false), its log kept for a test to read. */
export class SpawnedServer extends ServerProcess {
  constructor(cwd: string, options: { asOtherUser?: boolean } = {}) {
    super(cwd, { stderr: 'pipe', runAs: options.asOtherUser !== false && permissionsBind ? runAs : undefined });
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
}
