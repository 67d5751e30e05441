import * as path from 'node:path';
import { UsageError } from './errors';
import { statGiven } from './read';

/** A PATH from the command line, resolved against the working directory. */
export interface Target {
  readonly kind: 'file' | 'folder';
  readonly absolutePath: string;
}

/**
 * Resolves every PATH, before any work: a PATH that does not exist is a usage
 * error; one that cannot be looked at (a symbolic link that leads back to
 * itself, a folder on the way that may not be opened) cannot be read, as a
 * file found in a folder would be.
 */
export function resolveTargets(root: string, paths: readonly string[]): Target[] {
  return paths.map((given) => {
    const absolutePath = path.resolve(root, given);
    const stats = statGiven(absolutePath, given);
    if (stats === undefined) {
      throw new UsageError(
        `the path ${given} does not exist; check its spelling (paths are relative to the current folder)`,
      );
    }
    if (stats.isDirectory()) return { kind: 'folder', absolutePath };
    if (stats.isFile()) return { kind: 'file', absolutePath };
    throw new UsageError(`the path ${given} is neither a file nor a folder; name documents or folders to check`);
  });
}
