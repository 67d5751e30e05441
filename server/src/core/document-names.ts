import type { DocumentType } from './types';

/** The last path segment of a URI or path, decoded. */
export function fileNameOf(uri: string): string {
  // Scanned backwards: patterns anchored only at the end retry at every offset of a long URI.
  let end = uri.length;
  while (end > 0 && isSeparator(uri.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSeparator(uri.charCodeAt(start - 1))) start--;
  const segment = uri.slice(start);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The type a document has when its front matter does not say. */
export function typeFromFileName(fileName: string): DocumentType {
  return /\.minutes\.md$/i.test(fileName) ? 'minutes' : 'report';
}

/**
 * The document id when the front matter has none: the file name without
 * `.report.md`/`.minutes.md`, lower-cased, other runs of characters turned
 * into `-`, with no `-` at either end.
 */
export function documentIdFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.(?:report|minutes)\.md$/i, '').replace(/\.md$/i, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'document' : id;
}

function isSeparator(code: number): boolean {
  return code === 47 /* / */ || code === 92; /* \ */
}

/** The front matter's title as written, trimmed, or undefined when it has none (or not as text). */
export function writtenTitle(data: Readonly<Record<string, unknown>>): string | undefined {
  const title = data['title'];
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}
