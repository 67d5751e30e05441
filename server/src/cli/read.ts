import * as fs from 'node:fs';
import { describeReadError, errorCode, readText as readTextOrThrow } from '../node/read-text';
import { FileError } from './errors';

/**
 * What is at a path the user gave (a PATH, the config file): its stats, or
 * undefined when nothing is there. Something there that cannot be looked at
 * (a symbolic link that leads back to itself, a folder on the way that may
 * not be opened) cannot be read, as a file found in a folder would be.
 */
export function statGiven(absolutePath: string, shownAs: string): fs.Stats | undefined {
  try {
    return fs.statSync(absolutePath, { throwIfNoEntry: false });
  } catch (error) {
    // `a.report.md/b`: nothing can be there.
    if (errorCode(error) === 'ENOTDIR') return undefined;
    throw cannotRead(shownAs, describeReadError(error));
  }
}

/** Reads a file for the CLI: a failure becomes a one-line message and exit code 2. */
export function readText(absolutePath: string, shownAs: string): string {
  try {
    return readTextOrThrow(absolutePath);
  } catch (error) {
    throw cannotRead(shownAs, describeReadError(error));
  }
}

/** A folder the crawl could not open is passed over, with this warning: it may hold no documents at all. */
export function cannotOpenFolder(shownAs: string, reason: string): string {
  return `could not open the folder ${shownAs} (${reason}), so the documents in it, if any, were not checked`;
}

export function cannotRead(shownAs: string, reason: string): FileError {
  return new FileError(`cannot read ${shownAs} (${reason}); check that it exists and that you may read it`);
}
