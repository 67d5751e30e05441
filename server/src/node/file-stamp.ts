import * as fs from 'node:fs';
import { readFileBytes, type FileBytes } from './read-text';

/**
 * What the file system says of a file that changes whenever its bytes do:
 * its size, when its content was last written (`mtimeMs`), when its status
 * last changed (`ctimeMs`, which any write moves and no tool can set back,
 * unlike the modification time that `touch` and `cp -p` set at will), and
 * its inode (an editor that saves by writing a new file and renaming it
 * gives a new one).
 */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/**
 * How long before a file is read its last change must be for its stamp to be
 * trusted later. A file system's clock moves in ticks (up to two seconds on
 * FAT, a second on some others): a change in the same tick as the read
 * leaves the same stamp, so a stamp that recent says nothing. This is the
 * "racily clean" rule of git's index.
 */
export const SETTLING_MS = 2_000;

/**
 * The stamp to keep for a file whose bytes were read at `readAt` (ms since
 * the epoch), taken from the open file before the read; none when the file
 * changed too recently for its stamp to show a later change.
 */
export function settledStamp(stats: fs.Stats, readAt: number): FileStamp | undefined {
  if (Math.max(stats.mtimeMs, stats.ctimeMs) > readAt - SETTLING_MS) return undefined;
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

/** Whether a file's status now is the stamp kept when its bytes were read: then its bytes are those. */
export function sameStamp(stamp: FileStamp, stats: fs.Stats): boolean {
  return stats.isFile() && sameFields(stamp, stats);
}

/** Whether two kept stamps are the same, none and none included: a file whose stamp changed is written again into an index. */
export function sameStamps(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return sameFields(a, b);
}

function sameFields(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/**
 * A file's bytes, read now, with the stamp to keep for them; or no bytes
 * while the file still shows `kept`, the stamp kept when its bytes were
 * hashed: they are those bytes. The stamp comes from the open file before its
 * bytes are read, so a change after it shows as a new stamp next time.
 * Throws as `readFileBytes` does, for a file gone too.
 */
export function readUnlessStamped(
  absolutePath: string,
  kept: FileStamp | undefined,
  now: () => number = Date.now,
):
  | { readonly bytes: FileBytes; readonly stamp: FileStamp | undefined }
  | { readonly bytes: undefined; readonly stamp: FileStamp } {
  if (kept !== undefined) {
    const stats = fs.statSync(absolutePath, { throwIfNoEntry: false });
    if (stats !== undefined && sameStamp(kept, stats)) return { bytes: undefined, stamp: kept };
  }
  const bytes = readFileBytes(absolutePath);
  return { bytes, stamp: settledStamp(bytes.stats, now()) };
}

export function isFileStamp(value: unknown): value is FileStamp {
  if (typeof value !== 'object' || value === null) return false;
  const stamp = value as Record<string, unknown>;
  return ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((key) => typeof stamp[key] === 'number');
}
