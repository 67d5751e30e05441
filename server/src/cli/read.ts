import { describeReadError, readText as readTextOrThrow } from '../node/read-text';
import { FileError } from './errors';

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
