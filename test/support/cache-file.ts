/**
 * The layout of the file `check --cache` and the language server's index
 * are kept in (server/src/node/check-cache-file.ts), read and written here
 * from its description rather than by the server's own code, so the tests
 * see the file as another reader would: a marker line, a header, one head
 * line per file, one line of details per file (together one JSON array),
 * then the printout.
 */
import * as fs from 'node:fs';

export interface CacheLayoutEntry {
  hash: string;
  stamp?: { size: number; mtimeMs: number; ctimeMs: number; ino: number };
  summary: unknown;
  diagnostics?: unknown[];
}

export interface CacheLayout {
  format: string;
  header: Record<string, unknown>;
  /** By URI, in the file's order. */
  entries: Record<string, CacheLayoutEntry>;
  printed: string;
}

/** Reads a cache file; throws when it is not in the layout. */
export function readCacheLayout(file: string): CacheLayout {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const format = lines[0]!;
  const header = JSON.parse(lines[1]!) as Record<string, unknown>;
  const count = header['files'] as number;
  const heads = lines
    .slice(2, 2 + count)
    .map((line) => JSON.parse(line) as [string, string, CacheLayoutEntry['stamp']]);
  const detailLines = Math.max(count, 1);
  const details = JSON.parse(lines.slice(2 + count, 2 + count + detailLines).join('\n')) as Partial<CacheLayoutEntry>[];
  if (heads.length !== count || details.length !== count) throw new Error(`${file}: fewer lines than its header says`);
  const entries: Record<string, CacheLayoutEntry> = {};
  heads.forEach(([uri, hash, stamp], index) => {
    entries[uri] = { hash, ...(stamp ? { stamp } : {}), ...details[index] } as CacheLayoutEntry;
  });
  return { format, header, entries, printed: lines.slice(2 + count + detailLines).join('\n') };
}

/** Writes a cache file in the layout, with the header's count and printout length made to fit. */
export function writeCacheLayout(file: string, { format, header, entries, printed }: CacheLayout): void {
  const uris = Object.keys(entries);
  const heads = uris.map((uri) => JSON.stringify([uri, entries[uri]!.hash, entries[uri]!.stamp ?? null]));
  const details = uris.map((uri) =>
    JSON.stringify({ summary: entries[uri]!.summary, diagnostics: entries[uri]!.diagnostics }),
  );
  const fitted = {
    ...header,
    files: uris.length,
    ...('printedBytes' in header ? { printedBytes: Buffer.byteLength(printed) } : {}),
  };
  const array = `[${details.join(',\n')}]`;
  fs.writeFileSync(file, [format, JSON.stringify(fitted), ...heads, array, printed].join('\n'));
}
