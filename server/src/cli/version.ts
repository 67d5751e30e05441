import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The version in the package's package.json. The compiled file lives at
 * server/out/cli/version.js, three folders below the package root, so the
 * path holds both in the repository and in an installed package.
 */
export function packageVersion(): string {
  const manifestPath = path.resolve(__dirname, '..', '..', '..', 'package.json');
  const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error(`no version in ${manifestPath}`);
}
