import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The largest image put into an export: far above a photograph or a chart in
 * a council paper, small enough that a file named like an image (a video, a
 * disk image) cannot fill the memory of the editor's server.
 */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * Reads the images a document shows from beside it (a source is relative to
 * the document's folder, as in any Markdown editor's preview), for the export
 * to put into the file it writes. Undefined for an image that is not a
 * regular file there, is larger than MAX_IMAGE_BYTES, or cannot be read: the
 * export then says so and shows the alternative text. Each file is read
 * once, however often it is shown.
 */
export function documentImages(documentUri: string): (source: string) => Uint8Array | undefined {
  if (!documentUri.startsWith('file:')) return () => undefined;
  const folder = path.dirname(fileURLToPath(documentUri));
  const read = new Map<string, Uint8Array | undefined>();
  return (source) => {
    const absolute = path.resolve(folder, source.split(/[?#]/)[0]!);
    if (!read.has(absolute)) read.set(absolute, readImage(absolute));
    return read.get(absolute);
  };
}

function readImage(absolute: string): Uint8Array | undefined {
  try {
    const stats = fs.statSync(absolute);
    if (!stats.isFile() || stats.size > MAX_IMAGE_BYTES) return undefined;
    return fs.readFileSync(absolute);
  } catch {
    return undefined;
  }
}
