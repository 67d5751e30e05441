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

export function cannotRead(shownAs: string, reason: string): FileError {
  return new FileError(`cannot read ${shownAs} (${reason}); check that it exists and that you may read it`);
}
