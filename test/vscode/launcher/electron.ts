import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from './tools';
import { makeTestWorkspace } from './workspace';

/**
 * `npm run test:vscode:electron`, on a laptop with internet: the same suite
 * under @vscode/test-electron, which downloads a desktop VS Code (the oldest
 * supported with VSCODE_VERSION=1.90.0, else the newest stable). These
 * machines cannot download it; here the suite runs in code-server (main.ts).
 * Bundle first: `npm run bundle`.
 */
async function main(): Promise<void> {
  const workspace = makeTestWorkspace(mkdtempSync(path.join(os.tmpdir(), 'committee-reports-electron-'))).file;
  await runTests({
    ...(process.env['VSCODE_VERSION'] ? { version: process.env['VSCODE_VERSION'] } : {}),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(REPO, 'test/out/vscode/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`VS Code suite (electron): ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
