import * as fs from 'node:fs';
import { MAX_FILE_SIZE_CEILING } from '../core';

/**
 * Bytes read beyond a limit: after a three-byte byte order mark is dropped,
 * at least one byte over the limit remains, so the text is still over it.
 */
const MARGIN = 4;

/** Opening a pipe without this waits for a writer, for ever; a regular file ignores it. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The one way the command line and the language server read a document or
 * the config file from disk. What may be checked (size, binary content,
 * encoding) is decided by the core on the text, the same for a file on disk
 * and a document open in an editor; this only gets the text there, boundedly:
 *
 * - only a regular file is read (a pipe, socket or device named like a
 *   document is refused before anything is read from it);
 * - at most `limit` bytes and a few more are read, so a 2 GB file costs no
 *   more than the limit: the core then sees text over the limit and reports
 *   the file as too large. The default is the largest limit the config
 *   allows, so any setting can decide;
 * - UTF-8 is decoded as editors do: a byte order mark is dropped (so columns
 *   match the editor's) and bytes that are not UTF-8 become U+FFFD, which the
 *   core reports (`encoding-invalid`). Decoding never shortens the text in
 *   UTF-8 bytes, so a file over the limit stays over it.
 *
 * Throws the file system's error (see `describeReadError`).
 */
export function readText(absolutePath: string, limit: number = MAX_FILE_SIZE_CEILING): string {
  const descriptor = fs.openSync(absolutePath, OPEN_FLAGS);
  try {
    const stats = fs.fstatSync(descriptor);
    if (stats.isDirectory()) throw fileError('EISDIR', absolutePath);
    if (!stats.isFile()) throw fileError('EFTYPE', absolutePath);
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, limit + MARGIN));
    let filled = 0;
    while (filled < buffer.length) {
      const count = fs.readSync(descriptor, buffer, filled, buffer.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    return new TextDecoder('utf-8').decode(buffer.subarray(0, filled));
  } finally {
    fs.closeSync(descriptor);
  }
}

function fileError(code: string, absolutePath: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${absolutePath}`), { code, path: absolutePath });
}

/** The file system's error code (`ENOENT`, `EACCES`, …), if the error has one. */
export function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/** Whether a read failed because the file is not there (deleted since it was found). */
export function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** A short reason for a file system failure, in words for the user rather than node's. */
export function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'it is a symbolic link that leads back to itself';
    case 'EFTYPE':
    case 'ENXIO':
      return 'it is not a regular file (a pipe, socket or device)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
