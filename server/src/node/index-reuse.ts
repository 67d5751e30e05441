import { sameLinks, type DocumentSummary } from '../core';
import type { CacheEntry } from './check-cache-file';

/**
 * The files whose cached entry stands for them: the same bytes (hash), and
 * diagnostics worked out for them (an entry without them was written for a
 * file whose document was open with other text, and is parsed again).
 */
export function unchangedFiles(
  hashes: ReadonlyMap<string, string>,
  cached: ReadonlyMap<string, CacheEntry>,
): Set<string> {
  const unchanged = new Set<string>();
  for (const [uri, hash] of hashes) {
    const entry = cached.get(uri);
    if (entry?.hash === hash && entry.diagnostics !== undefined) unchanged.add(uri);
  }
  return unchanged;
}

/**
 * Whether the cached diagnostics of the unchanged files still hold: a
 * document's diagnostics depend on the others only through what they tell
 * it (their summaries), so they hold when no document came or went and
 * every other one (changed on disk, or open with the editor's text) tells
 * the others what its cached summary told them. `documents` is every
 * document now in the index; `summaryOf` gives those not unchanged.
 */
export function cachedDiagnosticsStand(
  documents: readonly string[],
  cached: ReadonlyMap<string, CacheEntry>,
  unchanged: ReadonlySet<string>,
  summaryOf: (uri: string) => DocumentSummary | undefined,
): boolean {
  return (
    documents.length === cached.size &&
    documents.every((uri) => unchanged.has(uri) || sameSummary(cached.get(uri)?.summary, summaryOf(uri)))
  );
}

/** Whether two summaries tell the others the same: links, and the line of the document's id. */
export function sameSummary(cached: DocumentSummary | undefined, now: DocumentSummary | undefined): boolean {
  if (!cached || !now || cached.documentIdLine !== now.documentIdLine) return false;
  if (!cached.links || !now.links) return cached.links === now.links;
  return sameLinks(cached.links, now.links);
}
