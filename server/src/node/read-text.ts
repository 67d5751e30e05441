import * as fs from 'node:fs';
import type { FileFacts } from '../core';
import { MAX_FILE_SIZE_CEILING } from '../core/schema/config';

/**
 * Bytes read beyond a limit: after a three-byte byte order mark is dropped,
 * at least one byte over the limit remains, so the text is still over it.
 */
const MARGIN = 4;

/** Opening a pipe without this waits for a writer, for ever; a regular file ignores it. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The one way the command line and the language server read a document or
 * the config file from disk. What may be checked (size, binary content) is
 * decided by the core on the text, the same for a file on disk and a document
 * open in an editor; this only gets the text there, boundedly, with what only
 * the bytes can tell (whether they were UTF-8):
 *
 * - only a regular file is read (a pipe, socket or device named like a
 *   document is refused before anything is read from it);
 * - at most `limit` bytes and a few more are read, so a 2 GB file costs no
 *   more than the limit: the core then sees text over the limit and reports
 *   the file as too large. The default is the largest limit the config
 *   allows, so any setting can decide;
 * - UTF-8 is decoded as editors do: a byte order mark is dropped (so columns
 *   match the editor's) and bytes that are not UTF-8 become U+FFFD. Whether
 *   there were such bytes is decided here, from the bytes, and handed to the
 *   core (`encoding-invalid`): a U+FFFD written in a valid UTF-8 file is a
 *   character like any other. Decoding never shortens the text in UTF-8
 *   bytes, so a file over the limit stays over it.
 *
 * Throws the file system's error (see `describeReadError`).
 */
export function readFileText(absolutePath: string, limit: number = MAX_FILE_SIZE_CEILING): FileText {
  return decodeFile(readFileBytes(absolutePath, limit));
}

/** A file's bytes, as `readFileText` reads them before decoding: at most the limit and a few more. */
export interface FileBytes {
  readonly bytes: Uint8Array;
  /** The file holds more than was read. */
  readonly cutOff: boolean;
  /** The file's status, taken from the open file before its bytes were read. */
  readonly stats: fs.Stats;
}

/** The bytes `readFileText` decodes, for a reader that may not need the text (a cache that knows them). */
export function readFileBytes(absolutePath: string, limit: number = MAX_FILE_SIZE_CEILING): FileBytes {
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
    return { bytes: buffer.subarray(0, filled), cutOff: filled < stats.size, stats };
  } finally {
    fs.closeSync(descriptor);
  }
}

/** The text of bytes read by `readFileBytes`, as `readFileText` gives it. */
export function decodeFile({ bytes, cutOff }: FileBytes): FileText {
  return decode(bytes, cutOff);
}

/** A file's text, and whether its bytes were valid UTF-8 (see `FileFacts` in the core). */
export interface FileText extends FileFacts {
  readonly text: string;
}

/** The text of a file, for readers that need no more than its text (the config file, an export). */
export function readText(absolutePath: string, limit: number = MAX_FILE_SIZE_CEILING): string {
  return readFileText(absolutePath, limit).text;
}

/**
 * Strict decoding first: it fails on the first byte that is not UTF-8, and
 * only then is the file decoded again as an editor shows it. A file cut off
 * at the limit may end inside a character, and is too large to check anyway:
 * it is not judged.
 */
function decode(bytes: Uint8Array, cutOff: boolean): FileText {
  if (!cutOff) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalidUtf8: false };
    } catch {
      // Not UTF-8: decoded below as an editor shows it.
    }
  }
  return { text: new TextDecoder('utf-8').decode(bytes), invalidUtf8: !cutOff };
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
