import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER, TOOLS_BIN } from './tools';

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  /** Everything code-server printed, for a failure message. */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  readonly port: number;
  /** A fresh folder for its profile, config, extensions and sockets. */
  readonly home: string;
  /** The folder, or `.code-workspace` file, to open. */
  readonly workspace: string;
  /** Passed on to the extension host, which inherits code-server's environment. */
  readonly env: Record<string, string>;
}

/** The settings a clean, quiet workbench needs for a screenshot: no start-up editor, no chat, no second side bar. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
};

/** Starts code-server on loopback and resolves once it listens; rejects if it exits first. */
export function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const userData = path.join(options.home, 'user-data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const tmp = path.join(options.home, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const args = [
    '--config',
    path.join(options.home, 'config.yaml'),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${options.port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--vscode-option',
    'enable-smoke-test-driver',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensionsDir(options.home),
    options.workspace,
  ];
  const child = spawn(CODE_SERVER, args, {
    env: {
      ...process.env,
      ...options.env,
      TMPDIR: tmp,
      EXTENSIONS_GALLERY: '{}',
      PATH: `${TOOLS_BIN}:${process.env['PATH'] ?? ''}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/HTTP server listening on/.test(output)) {
        child.stdout?.off('data', onData);
        resolve(handle(child, options.port, () => output));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`code-server exited (${code}) before it was ready:\n${output.slice(-2000)}`)),
    );
  });
}

export function extensionsDir(home: string): string {
  return path.join(home, 'extensions');
}

function handle(child: ChildProcess, port: number, log: () => string): CodeServer {
  child.stdout?.on('data', () => undefined); // keep draining so it never blocks on a full pipe
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // The whole group: code-server, its extension host and the language server under it.
        const signal = (name: NodeJS.Signals) => {
          try {
            process.kill(-child.pid!, name);
          } catch {
            // Already gone.
          }
        };
        const force = setTimeout(() => signal('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        signal('SIGTERM');
      }),
  };
}
