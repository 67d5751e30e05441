import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeReadError, errorCode } from './read-text';

/**
 * Reading a Word file to import and writing what it became: shared by the
 * command line's `import` and the language server's import command, so both
 * refuse the same files and never write over one unless asked.
 */

/** The largest Word file read: a 500-page report with photographs is well under it. */
const MAX_WORD_FILE_BYTES = 100 * 1024 * 1024;

/** The bytes of a Word file, or why they could not be read (after the file's name). */
export function readWordFile(absolute: string): Uint8Array | string {
  try {
    if (fs.statSync(absolute).size > MAX_WORD_FILE_BYTES)
      return `is too large to be a Word paper (over ${MAX_WORD_FILE_BYTES / (1024 * 1024)} MB): save it again from Word with smaller pictures`;
    return fs.readFileSync(absolute);
  } catch (error) {
    return `could not be read (${describeReadError(error)})`;
  }
}

/** Why an imported document was not written: which file stood in the way, and how. */
export type ImportWriteRefusal =
  | { readonly kind: 'exists'; readonly file: string }
  /** Another Word file of the same import was written there. */
  | { readonly kind: 'claimed'; readonly file: string }
  | { readonly kind: 'unwritable'; readonly file: string; readonly detail: string };

/**
 * Writes the document and its images, none of them over a file already
 * there unless forced, and none where another Word file of this import was
 * written (`claimed`); why not, or undefined when all were written.
 */
export function writeImportedFiles(
  files: readonly { absolute: string; content: string | Uint8Array }[],
  force: boolean,
  claimed: Set<string>,
): ImportWriteRefusal | undefined {
  const taken = files.find((file) => claimed.has(file.absolute));
  if (taken !== undefined) return { kind: 'claimed', file: taken.absolute };
  if (!force) {
    const there = files.find((file) => fs.existsSync(file.absolute));
    if (there !== undefined) return { kind: 'exists', file: there.absolute };
  }
  for (const file of files) {
    try {
      fs.mkdirSync(path.dirname(file.absolute), { recursive: true });
      // 'wx' fails if the file exists, in the same step as creating it: nothing can slip in between.
      fs.writeFileSync(file.absolute, file.content, { flag: force ? 'w' : 'wx' });
      claimed.add(file.absolute);
    } catch (error) {
      return errorCode(error) === 'EEXIST'
        ? { kind: 'exists', file: file.absolute }
        : { kind: 'unwritable', file: file.absolute, detail: describeReadError(error) };
    }
  }
  return undefined;
}
