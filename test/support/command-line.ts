/**
 * The built command line as a child process. The CLI and hostile-input
 * suites both run it through this.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const CLI_BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'committee-reports.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time of the run, in milliseconds. */
  readonly ms: number;
}

export interface CliOptions {
  /** Added to the environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** The run is stopped, and the test fails, after this long. */
  readonly timeoutMs?: number;
  /** Run as this user (the hostile suites run the tools as `nobody` when the tests run as root). */
  readonly runAs?: { readonly uid: number; readonly gid: number } | undefined;
}

/**
 * Runs bin/committee-reports.js in `cwd`. Colour variables from the test
 * runner's own environment are removed so output is plain unless a test asks.
 */
export function runCommandLine(cwd: string, args: readonly string[], options: CliOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['FORCE_COLOR'];
  delete env['NO_COLOR'];
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    // Hostile files give large outputs (the capped diagnostics of 5 MB documents).
    maxBuffer: 1 << 28,
    ...options.runAs,
  });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}
