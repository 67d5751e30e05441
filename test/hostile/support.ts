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
import { CLI_BIN, runCommandLine, type CliRun } from '../support/command-line';
import { ServerProcess } from '../support/language-server';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The user `nobody` on Linux and macOS. */
const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Whom the tools run as, and whether file permissions stop them. Root reads
 * a file whatever its permissions and writes into a read-only folder, so a
 * test as root of an unreadable file or of "nothing is written" would prove
 * nothing: as root, the tools run as `nobody`, once a run of the command line
 * as `nobody` shows that it can reach this clone. Where it cannot (a clone
 * inside a folder only root may open, as `mktemp -d` makes them; or a
 * container that forbids changing user), the tools run as root, and the
 * cases that need permissions to bind are left out, saying why.
 */
const runner = ((): { runAs?: { uid: number; gid: number }; whyPermissionsDoNotBind?: string } => {
  if (process.platform === 'win32') return { whyPermissionsDoNotBind: 'on Windows, file modes do not stop a read' };
  if (process.getuid?.() !== 0) return {};
  const probe = spawnSync(process.execPath, [CLI_BIN, '--version'], {
    ...NOBODY,
    cwd: os.tmpdir(),
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.status === 0) return { runAs: NOBODY };
  const closed = closedFolderAbove(REPO_ROOT);
  const why = closed
    ? `only root may open ${closed} (mode ${(fs.statSync(closed).mode & 0o777).toString(8)}), so the user nobody cannot run the tools from this clone`
    : `the user nobody cannot run the tools here (${probe.error?.message ?? (probe.stderr.trim().split('\n')[0] || `exit code ${probe.status}`)})`;
  return { whyPermissionsDoNotBind: `these tests run as root, for whom permissions do not bind, and ${why}` };
})();

/** The nearest folder, from `folder` up, that other users may not pass through. */
function closedFolderAbove(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if ((fs.statSync(current).mode & 0o001) === 0) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Whom the tools run as: `nobody` when the tests run as root and that works, otherwise the current user (undefined). */
export const runAs: { uid: number; gid: number } | undefined = runner.runAs;

/** Whether file permissions stop the tools, as run: true for an ordinary user, and for root when it can start them as `nobody`. */
export const permissionsBind: boolean = runner.whyPermissionsDoNotBind === undefined;

/**
 * `describe`, where permissions stop the tools; elsewhere the cases are left
 * out, and test/run.js is told why (it lists them above its last line).
 * Under CI nothing may be left out: they fail, once, saying why.
 */
export function describeWherePermissionsBind(title: string, body: (this: Mocha.Suite) => void): void {
  const why = runner.whyPermissionsDoNotBind;
  if (why === undefined) {
    describe(title, body);
  } else if (process.env['CI']) {
    describe(title, function () {
      before(() => {
        throw new Error(`${why}; under CI these cases must run`);
      });
      body.call(this);
    });
  } else if (process.send) {
    process.send({ type: 'left-out', what: title, why });
  } else {
    process.stderr.write(`left out: ${title}: ${why}\n`);
  }
}

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

/**
 * Runs the command line in `cwd` (as `nobody` when the tests run as root),
 * with a time limit, past which the run is stopped and the test fails. The
 * default is well under every test's own time limit, which cannot stop a test
 * while it waits for a run.
 */
export function runCli(cwd: string, args: readonly string[], timeoutMs = 30_000): CliRun {
  return runCommandLine(cwd, args, { env: { NO_COLOR: '1' }, timeoutMs, runAs });
}

export type { Published } from '../support/language-server';

/** The language server as a process (as `nobody` when the tests run as root, unless `asOtherUser` is false), its log kept for a test to read. */
export class SpawnedServer extends ServerProcess {
  constructor(cwd: string, options: { asOtherUser?: boolean } = {}) {
    super(cwd, { stderr: 'pipe', runAs: options.asOtherUser !== false ? runAs : undefined });
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
