import type * as fs from 'node:fs';

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
  return (
    stats.isFile() &&
    stamp.size === stats.size &&
    stamp.mtimeMs === stats.mtimeMs &&
    stamp.ctimeMs === stats.ctimeMs &&
    stamp.ino === stats.ino
  );
}

export function isFileStamp(value: unknown): value is FileStamp {
  if (typeof value !== 'object' || value === null) return false;
  const stamp = value as Record<string, unknown>;
  return ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((key) => typeof stamp[key] === 'number');
}
