import { existsSync, watch } from 'node:fs';
import * as path from 'node:path';

/**
 * Resolves true when `file` exists (the suite and the launcher write theirs
 * by rename, so whole), or false after `limitMs` or once `stop` settles. The
 * limit is a backstop for a side that died, not a way of waiting.
 */
export function fileAppears(file: string, limitMs: number, stop?: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    const watcher = watch(path.dirname(file), () => {
      if (existsSync(file)) finish(true);
    });
    const limit = setTimeout(() => finish(false), limitMs);
    stop?.then(
      () => finish(false),
      () => finish(false),
    );
    function finish(appeared: boolean): void {
      watcher.close();
      clearTimeout(limit);
      resolve(appeared);
    }
    if (existsSync(file)) finish(true);
  });
}
