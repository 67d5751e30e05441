import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, type Workbench } from './browser';
import { startCodeServer } from './code-server';
import { freePort } from './free-port';
import { REPO, missingTools } from './tools';
import { makeTestWorkspace } from './workspace';

export type Page = Workbench['page'];

/**
 * Takes pictures for docs/ in a real VS Code (code-server) on the samples
 * workspace the suite uses: `opener` (an `extensionTestsPath` module under
 * test/out/vscode/suite/) sets the workbench up, then `drive` does what an
 * officer would and returns the pictures it wrote. When `drive` fails, what
 * the page showed is saved to the temporary folder as `NAME-failed.png`.
 * Everything started is stopped, whatever happens; a failure is one line on
 * stderr and exit code 1. These are not tests: they make pictures for people.
 */
export function takeScreenshots(name: string, opener: string, drive: (page: Page) => Promise<string[]>): void {
  run(name, opener, drive).catch((error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

async function run(name: string, opener: string, drive: (page: Page) => Promise<string[]>): Promise<void> {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  const home = mkdtempSync(path.join(os.tmpdir(), 'committee-reports-screenshots-'));
  const workspace = makeTestWorkspace(home).file;
  const server = await startCodeServer({ port: await freePort(), home, workspace, env: {} });
  let workbench: Workbench | undefined;
  try {
    workbench = await openWorkbench(server.url, server.port, workspace, REPO, opener);
    const { page } = workbench;
    let pictures: string[];
    try {
      pictures = await drive(page);
    } catch (error) {
      writeFileSync(path.join(os.tmpdir(), `${name}-failed.png`), await page.screenshot({ type: 'png' }));
      throw error;
    }
    process.stdout.write(`${pictures.map((file) => path.relative(REPO, file)).join(', ')}\n`);
  } finally {
    await workbench?.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Saves what the page shows as `file`, a picture for docs/. */
export async function saveScreenshot(page: Page, file: string): Promise<void> {
  writeFileSync(file, await page.screenshot({ type: 'png' }));
}
