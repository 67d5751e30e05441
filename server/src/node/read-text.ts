import { readFileSync } from 'node:fs';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Reads a file as UTF-8 and drops a leading byte order mark, as VS Code does,
 * so the columns we report match the editor's. Throws the file system's error.
 */
export function readText(absolutePath: string): string {
  const text = readFileSync(absolutePath, 'utf8');
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}

/** A short reason for a file system failure, without node's internal wording. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
