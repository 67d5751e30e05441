import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The version in the package's package.json: the first one named
 * committee-reports above this file, which is server/out/node/build-identity.js
 * when compiled and dist/cli.js or dist/server.js when bundled, in the repository and in an
 * installed package alike.
 */
export function packageVersion(): string {
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    const manifestPath = path.join(folder, 'package.json');
    if (fs.existsSync(manifestPath)) {
      const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      if (
        typeof manifest === 'object' &&
        manifest !== null &&
        'name' in manifest &&
        manifest.name === 'committee-reports'
      ) {
        if ('version' in manifest && typeof manifest.version === 'string') return manifest.version;
        throw new Error(`no version in ${manifestPath}`);
      }
    }
    if (path.dirname(folder) === folder) throw new Error(`no package.json of committee-reports above ${__dirname}`);
  }
}

/**
 * Which build of the tool is running: its version, and when the code that
 * runs was built (the bundle, or the compiled files' build info). A cache
 * (`check --cache`, the language server's index) written by another build is not read: a rebuild with the same version
 * number may check differently.
 */
export function buildIdentity(): string {
  const stamps = [__filename, path.resolve(__dirname, '../../tsconfig.tsbuildinfo')].map((file) => {
    const stats = fs.statSync(file, { throwIfNoEntry: false });
    return stats ? `${stats.size}:${stats.mtimeMs}` : '-';
  });
  return `${packageVersion()} ${stamps.join(' ')}`;
}
