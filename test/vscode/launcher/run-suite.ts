import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SuiteResults } from '../suite/results';
import {
  EXTENSION_ROOT_VARIABLE,
  GREP_VARIABLE,
  RESULTS_FILE_VARIABLE,
  SCREENSHOT_TAKEN_SUFFIX,
  SCREENSHOT_VARIABLE,
} from '../suite/results';
import { distinctColours, openWorkbench, type Workbench } from './browser';
import { extensionsDir, startCodeServer } from './code-server';
import { fileAppears } from '../suite/file-appears';
import { freePort } from './free-port';
import { CODE_SERVER, REPO, TOOLS_BIN } from './tools';
import { makeTestWorkspace } from './workspace';

export interface SuiteRun {
  readonly name: string;
  /** The extension folder VS Code loads as under development. */
  readonly extensionPath: string;
  /** A .vsix to install before starting (the extension under test is then the installed one). */
  readonly vsix?: string;
  readonly grep?: string;
  /** Where to save a screenshot of the workbench after the suite. */
  readonly screenshot?: string;
}

export type TestOutcome = SuiteResults['tests'][number];

const SUITE_MODULE = path.join(REPO, 'test/out/vscode/suite/index.js');
/** A backstop for a VS Code that hangs; the suite itself takes well under a minute. */
const SUITE_LIMIT_MS = 6 * 60_000;
/** Fewer colours than this is a blank or half-drawn workbench, not the editor, Problems and Outline. */
const FEWEST_COLOURS = 64;

/** Runs the VS Code suite once inside code-server and returns each test's outcome (plus the screenshot check). */
export async function runSuite(run: SuiteRun): Promise<TestOutcome[]> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'committee-reports-vscode-'));
  const workspace = makeTestWorkspace(home).file;
  const resultsFile = path.join(home, 'results', 'results.json');
  mkdirSync(path.dirname(resultsFile));
  if (run.vsix) {
    execFileSync(CODE_SERVER, ['--install-extension', run.vsix, '--extensions-dir', extensionsDir(home)], {
      env: { ...process.env, PATH: `${TOOLS_BIN}:${process.env['PATH'] ?? ''}` },
      stdio: 'pipe',
    });
  }
  const env: Record<string, string> = {
    [RESULTS_FILE_VARIABLE]: resultsFile,
    ...(run.grep ? { [GREP_VARIABLE]: run.grep } : {}),
    ...(run.screenshot ? { [SCREENSHOT_VARIABLE]: '1' } : {}),
    ...(run.vsix ? { [EXTENSION_ROOT_VARIABLE]: extensionsDir(home) } : {}),
  };
  const server = await startCodeServer({ port: await freePort(), home, workspace, env });
  let workbench: Workbench | undefined;
  try {
    workbench = await openWorkbench(server.url, server.port, workspace, run.extensionPath, SUITE_MODULE);
    let pageCrashed = false;
    const crashed = new Promise<void>((resolve) =>
      workbench!.page.once('crash', () => {
        pageCrashed = true;
        resolve();
      }),
    );
    if (!(await fileAppears(resultsFile, SUITE_LIMIT_MS, crashed))) {
      throw new Error(
        pageCrashed ? 'the workbench page crashed' : `VS Code gave no test results within ${SUITE_LIMIT_MS / 1000} s`,
      );
    }
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResults;
    const outcomes = [...results.tests];
    if (run.screenshot) {
      outcomes.push(await screenshotCheck(workbench, run.screenshot));
      writeFileSync(`${resultsFile}${SCREENSHOT_TAKEN_SUFFIX}`, '');
    }
    return outcomes.map((outcome) => ({ ...outcome, title: `[${run.name}] ${outcome.title}` }));
  } catch (error) {
    const console = workbench?.console().slice(-40).join('\n') ?? '';
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- browser console (last lines) ---\n${console}\n--- code-server ---\n${server.log().slice(-3000)}`,
    );
  } finally {
    // The browser's console carries the extension host's log: kept for reading after a failure.
    if (workbench) writeLog(run.name, workbench.console().join('\n'), server.log());
    await workbench?.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Saves the workbench as a PNG and checks it shows a drawn workbench with Problems listed, not a blank page. */
async function screenshotCheck(workbench: Workbench, file: string): Promise<TestOutcome> {
  const { page } = workbench;
  const title = 'the screenshot of the workbench shows the report, Problems and the Outline';
  try {
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.outline-pane .monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
    const png = await page.screenshot({ type: 'png' });
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    const colours = await distinctColours(workbench, png);
    if (colours < FEWEST_COLOURS)
      throw new Error(`the screenshot has only ${colours} colours: the workbench looks blank (saved at ${file})`);
    const problems = await page.locator('.markers-panel').innerText();
    if (!/section-missing|ref-unresolved/.test(problems))
      throw new Error(`the Problems panel does not show the draft's problems: ${problems.slice(0, 300)}`);
    return { title, state: 'passed' };
  } catch (error) {
    return { title, state: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Where each run leaves the browser console and code-server's output (git-ignored). */
export const LOGS = path.join(REPO, 'test/vscode/logs');

function writeLog(name: string, console: string, serverLog: string): void {
  mkdirSync(LOGS, { recursive: true });
  const base = path.join(LOGS, name.replace(/[^a-z0-9]+/gi, '-'));
  writeFileSync(`${base}.console.log`, console);
  writeFileSync(`${base}.code-server.log`, serverLog);
}

export function ensureExists(file: string, hint: string): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
}
