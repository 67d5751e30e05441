import picomatch from 'picomatch';
import type { ResolvedConfig } from './config';

/**
 * Decides which files are checked: a `/`-separated path relative to the
 * workspace root must match an `include` glob and no `exclude` glob, and is
 * never inside `node_modules`.
 */
export function createFileMatcher(config: ResolvedConfig): (relativePath: string) => boolean {
  const options = { dot: true };
  const included = picomatch([...config.include], options);
  const excluded = config.exclude.length > 0 ? picomatch([...config.exclude], options) : () => false;
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (/(?:^|\/)node_modules(?:\/|$)/.test(path)) return false;
    return included(path) && !excluded(path);
  };
}
