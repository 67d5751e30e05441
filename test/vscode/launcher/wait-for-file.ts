import { existsSync, watch } from 'node:fs';
import * as path from 'node:path';

/**
 * Resolves when `file` exists (it is written by rename, so whole), rejects
 * when `failed` rejects first (code-server died) or after `limitMs`, a
 * backstop for a hung VS Code rather than a way of waiting.
 */
export function waitForFile(file: string, failed: Promise<never>, limitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(path.dirname(file), () => {
      if (existsSync(file)) finish();
    });
    const limit = setTimeout(() => finish(new Error(`VS Code gave no test results within ${limitMs / 1000} s`)), limitMs);
    failed.catch((error: unknown) => finish(error instanceof Error ? error : new Error(String(error))));
    function finish(error?: Error): void {
      watcher.close();
      clearTimeout(limit);
      if (error) reject(error);
      else resolve();
    }
    if (existsSync(file)) finish();
  });
}
