import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../../..');
/** Where scripts/install-test-tools.sh puts Node 24 and code-server (git-ignored). */
export const TOOLS_BIN = path.join(REPO, '.tools/node_modules/.bin');
export const CODE_SERVER = path.join(TOOLS_BIN, 'code-server');
export const CHROMIUM = '/usr/bin/chromium';

/** What is missing to run VS Code here, as a sentence, or undefined when all is there. */
export function missingTools(): string | undefined {
  const missing = [CODE_SERVER, CHROMIUM].filter((tool) => !existsSync(tool));
  if (missing.length === 0) return undefined;
  return `cannot run VS Code here: ${missing.join(' and ')} not found. Run "bash scripts/install-test-tools.sh" (npm test runs it).`;
}
