import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../core';

/** The environment variable naming the browser to print with, for a machine rather than a workspace. */
export const BROWSER_VARIABLE = 'COMMITTEE_REPORTS_BROWSER';

/** Debian's, Ubuntu's, Fedora's and Homebrew's names for Chromium, Chrome and Edge, in the order they are tried. */
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/**
 * Playwright's names for the branded browsers: it knows where each is
 * installed on Windows and macOS, where none of them is on the PATH.
 */
const CHANNELS = ['chrome', 'msedge'];

/** The end of each message: how to point to a browser (`what`). */
function howToChoose(what: string): string {
  return `set export.browser in ${CONFIG_FILE_NAME}, or the ${BROWSER_VARIABLE} environment variable, to the path of ${what}`;
}

/** No browser could print the PDF; the message is one line saying what to do. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

/** One browser to try: a program by its path, or one playwright finds by its channel. */
export type BrowserCandidate =
  | { readonly executablePath: string; readonly channel?: undefined }
  | { readonly channel: string; readonly executablePath?: undefined };

/**
 * The browsers to try, in order. A browser named (by the caller, from the
 * config, else by the environment variable) is the only one: printing with
 * another than the one asked for would hide a mistake in its path. Otherwise
 * the first of the usual names on the PATH, then Chrome and Edge where they
 * install themselves.
 */
export function browserCandidates(named: string | undefined): readonly BrowserCandidate[] {
  const chosen = named || process.env[BROWSER_VARIABLE] || undefined;
  if (chosen !== undefined) {
    if (!isProgram(chosen)) {
      throw new BrowserNotFoundError(
        `The browser chosen to print the PDF, ${chosen}, is not a program on this computer: ${howToChoose('Chromium, Chrome or Edge')}, or remove it to use one installed here.`,
      );
    }
    return [{ executablePath: chosen }];
  }
  const onPath = NAMES_ON_PATH.map(findOnPath).filter((found) => found !== undefined);
  return [...onPath.map((executablePath) => ({ executablePath })), ...CHANNELS.map((channel) => ({ channel }))];
}

/** Why no browser printed: none was there to try, or those there would not start. */
export function noBrowserError(tried: readonly BrowserCandidate[], cause: unknown): BrowserNotFoundError {
  const paths = tried.flatMap((candidate) => candidate.executablePath ?? []);
  const message =
    paths.length > 0
      ? `The browser at ${paths.join(', then ')} would not start to print the PDF: reinstall it, or ${howToChoose('another Chromium, Chrome or Edge')}.`
      : `No Chromium, Chrome or Edge was found to print the PDF: install Chromium (on Debian or Ubuntu, sudo apt-get install chromium) or Google Chrome, or ${howToChoose('one')}.`;
  return new BrowserNotFoundError(message, { cause });
}

function findOnPath(name: string): string | undefined {
  const names = process.platform === 'win32' ? [`${name}.exe`] : [name];
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const found = names.map((file) => path.join(folder, file)).find(isProgram);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isProgram(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
