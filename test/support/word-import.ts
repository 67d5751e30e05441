import * as path from 'node:path';
import type * as WordImport from '../../server/src/node/import/import-word';

/**
 * The Word import for the tests, as the command line and the server load
 * it: the built node layer (server/out/node/import), reached by path as
 * test/support/core.ts reaches the core.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path
const wordImport = require(path.resolve(__dirname, '../../../server/out/node/import/import-word')) as typeof WordImport;

export type { ImportedWord, ImportWordOptions } from '../../server/src/node/import/import-word';
export const { importWordDocument } = wordImport;

/** The Markdown of an import that must succeed; fails the test with the refusal otherwise. */
export async function importedMarkdown(
  bytes: Uint8Array,
  options: WordImport.ImportWordOptions,
): Promise<Extract<WordImport.ImportedWord, { markdown: string }>> {
  const imported = await importWordDocument(bytes, options);
  if ('refusal' in imported) throw new Error(`the import was refused: ${imported.refusal}`);
  return imported;
}
