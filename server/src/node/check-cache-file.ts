import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, DocumentSummary } from '../core';
import { isFileStamp, type FileStamp } from './file-stamp';
import { describeReadError, type FileBytes } from './read-text';

/**
 * The cache file of `check --cache`: for each document file read, the hash
 * of what was read, what the document tells the others (its summary) and,
 * once worked out, its diagnostics; and what the last run printed. The whole
 * file is valid only for the tool build and the config it was written under
 * (`identity`, `config`).
 */
export interface CacheContents {
  readonly identity: string;
  readonly config: string;
  /** By the file's URI. */
  readonly entries: ReadonlyMap<string, CacheEntry>;
  /** What the run that wrote the file printed, for a run that would print the same (`check-cached.ts`). */
  readonly printed?: StoredPrintout;
}

/** What a file was when last read: enough to tell whether it changed, without its details. */
export interface CacheHead {
  readonly hash: string;
  /** The file's stamp when it was read, if settled (`file-stamp.ts`): while the file still shows it, `hash` is its bytes' hash, unread. */
  readonly stamp?: FileStamp;
}

export interface CacheEntry extends CacheHead {
  readonly summary: DocumentSummary;
  /** Absent when the file was read only to resolve references, and not listed. */
  readonly diagnostics?: readonly CachedDiagnostic[];
}

/** A diagnostic as `check` prints it: its fixes are the editor's, and not kept. */
export type CachedDiagnostic = Omit<Diagnostic, 'fixes'>;

/** A run's output, and the key of everything it depended on besides the files' contents. */
export interface StoredPrintout {
  readonly key: string;
  readonly stdout: string;
  readonly warnings: readonly string[];
  readonly exitCode: number;
}

/**
 * A cache file as read: the heads of its entries, and the rest only when
 * asked for. With nothing changed, `check --cache` needs the heads and the
 * printout alone, so the details of 2,000 documents are not parsed.
 */
export interface CacheFile {
  readonly identity: string;
  readonly config: string;
  readonly heads: ReadonlyMap<string, CacheHead>;
  readonly printed: StoredPrintout | undefined;
  /** Every entry in full; undefined when any is damaged (then none is trusted). */
  entries(): ReadonlyMap<string, CacheEntry> | undefined;
}

/**
 * Written into the file so that a cache of another layout (an older or newer tool) is never read as this one.
 *
 * The layout, in lines: this marker; a header (JSON: identity, config, the
 * number of files, the printout's key, warnings, exit code and length in
 * bytes); one head per file (JSON: URI, hash, stamp); then, in the same
 * order, each file's summary and diagnostics, one per line, together one JSON
 * array; then the printout's text, to the end of the file. In lines, so that
 * the heads can be read without the rest, and a writer can copy an unchanged
 * entry's bytes as they were read; one array, so the details are parsed at
 * once.
 */
const FORMAT = 'committee-reports check cache 3';

/**
 * The hash of what was read of a file: its bytes (from which its text and
 * whether it was UTF-8 follow) and whether there was more. SHA-1 finds a
 * changed file as surely as a slower hash would; nothing here is a secret
 * to guard.
 */
export function contentHash({ bytes, cutOff }: FileBytes): string {
  return crypto
    .createHash('sha1')
    .update(bytes)
    .update(cutOff ? '+' : '')
    .digest('base64');
}

/** The cache at `location` with every entry in full, or undefined (see `readCacheFile`). */
export function readCache(location: string, identity: string, config: string): CacheContents | undefined {
  const file = readCacheFile(location, identity, config, { copyable: false });
  const entries = file?.entries();
  if (!file || !entries) return undefined;
  return { identity, config, entries, ...(file.printed ? { printed: file.printed } : {}) };
}

/**
 * The cache at `location`, or undefined when there is none, or it cannot be
 * read, is damaged, partial, of another layout, or was written by another
 * build of the tool or under another config: such a cache is ignored (and
 * rewritten by the run), never trusted, never an error. The entries' details
 * are checked when first asked for. With `copyable` (the default), the bytes
 * of each entry are kept, so that `writeCache` copies an entry given back
 * unchanged rather than writing it anew.
 */
export function readCacheFile(
  location: string,
  identity: string,
  config: string,
  { copyable = true }: { readonly copyable?: boolean } = {},
): CacheFile | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(location);
  } catch {
    return undefined;
  }
  const lines = new LineReader(bytes);
  if (lines.next() !== FORMAT) return undefined;
  const header = parseJson(lines.next());
  if (!isRecord(header) || header['identity'] !== identity || header['config'] !== config) return undefined;
  const count = header['files'];
  const printedBytes = header['printedBytes'];
  if (!isCount(count) || !(printedBytes === undefined || isCount(printedBytes))) return undefined;
  const heads = new Map<string, CacheHead>();
  for (let index = 0; index < count; index++) {
    const head = parseJson(lines.next());
    if (!Array.isArray(head) || head.length !== 3 || typeof head[0] !== 'string' || typeof head[1] !== 'string')
      return undefined;
    const stamp: unknown = head[2];
    if (stamp !== null && !isFileStamp(stamp)) return undefined;
    heads.set(head[0], stamp === null ? { hash: head[1] } : { hash: head[1], stamp });
  }
  // One line per entry, or the one line of an empty array.
  const lineStarts = lines.skip(Math.max(count, 1));
  if (lineStarts === undefined) return undefined;
  const detailsEnd = lines.offset;
  const printed = printedBytes === undefined ? undefined : storedPrintout(header, bytes, detailsEnd, printedBytes);
  if (printed === null || (printedBytes === undefined && detailsEnd !== bytes.length)) return undefined;
  let entries: ReadonlyMap<string, CacheEntry> | undefined | null = null;
  return {
    identity,
    config,
    heads,
    printed,
    entries: () =>
      entries === null ? (entries = readEntries(heads, bytes, lineStarts, detailsEnd, copyable)) : entries,
  };
}

/** The printout at the end of the file; null when the header does not describe it or its length is wrong. */
function storedPrintout(
  header: Record<string, unknown>,
  bytes: Buffer,
  start: number,
  length: number,
): StoredPrintout | null {
  const { printedKey: key, warnings, exitCode } = header;
  if (start + length !== bytes.length || typeof key !== 'string' || !Number.isInteger(exitCode)) return null;
  if (!Array.isArray(warnings) || !warnings.every((warning) => typeof warning === 'string')) return null;
  return { key, stdout: bytes.toString('utf8', start), warnings, exitCode: exitCode as number };
}

/**
 * The bytes each entry was read from, by its summary object: a writer given
 * that summary and those diagnostics again copies the bytes instead of
 * writing the entry anew (most entries of most runs).
 */
const bytesAsRead = new WeakMap<DocumentSummary, { readonly diagnostics: unknown; readonly bytes: Buffer }>();

function readEntries(
  heads: ReadonlyMap<string, CacheHead>,
  bytes: Buffer,
  lineStarts: readonly number[],
  end: number,
  copyable: boolean,
): ReadonlyMap<string, CacheEntry> | undefined {
  const details = parseJson(bytes.toString('utf8', lineStarts[0], end - 1));
  if (!Array.isArray(details) || details.length !== heads.size) return undefined;
  const entries = new Map<string, CacheEntry>();
  let index = 0;
  for (const [uri, head] of heads) {
    const entry: unknown = details[index];
    if (!isRecord(entry) || !isSummary(entry['summary'])) return undefined;
    const diagnostics = entry['diagnostics'];
    if (diagnostics !== undefined && !(Array.isArray(diagnostics) && diagnostics.every(isDiagnostic))) return undefined;
    const summary = entry['summary'];
    if (copyable) {
      // The entry's line, less the array's opening bracket (on the first), and the comma or closing bracket and newline after it.
      const from = lineStarts[index]! + (index === 0 ? 1 : 0);
      bytesAsRead.set(summary, { diagnostics, bytes: bytes.subarray(from, (lineStarts[index + 1] ?? end) - 2) });
    }
    entries.set(uri, { ...head, summary, ...(diagnostics === undefined ? {} : { diagnostics }) });
    index++;
  }
  return entries;
}

/**
 * Writes the cache whole to a file of its own beside `location`, then
 * renames it over `location`: a reader sees the old cache or the new one,
 * never part of one, and two runs writing at once leave one of theirs.
 * A cache that cannot be written is left unwritten, with the reason for
 * stderr: the check itself has not failed. `replaces` is a former cache file
 * of ours that this one takes the place of, removed once it is written.
 */
export function writeCache(
  location: string,
  contents: CacheContents,
  { replaces }: { readonly replaces?: string | undefined } = {},
): string | undefined {
  const { printed } = contents;
  const printout = Buffer.from(printed?.stdout ?? '', 'utf8');
  const header = {
    identity: contents.identity,
    config: contents.config,
    files: contents.entries.size,
    ...(printed
      ? {
          printedKey: printed.key,
          warnings: printed.warnings,
          exitCode: printed.exitCode,
          printedBytes: printout.length,
        }
      : {}),
  };
  const heads = [FORMAT, JSON.stringify(header)];
  const details: Buffer[] = [];
  let left = contents.entries.size;
  for (const [uri, { hash, stamp, summary, diagnostics }] of contents.entries) {
    heads.push(JSON.stringify([uri, hash, stamp ?? null]));
    const asRead = bytesAsRead.get(summary);
    const entry =
      asRead !== undefined && asRead.diagnostics === diagnostics
        ? asRead.bytes
        : Buffer.from(JSON.stringify({ summary, diagnostics }), 'utf8');
    details.push(entry, --left === 0 ? CLOSE : COMMA);
  }
  const parts = [Buffer.from(`${heads.join('\n')}\n[`, 'utf8'), ...(details.length > 0 ? details : [CLOSE]), printout];
  const temporary = `${location}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(path.dirname(location), { recursive: true });
    fs.writeFileSync(temporary, Buffer.concat(parts));
    fs.renameSync(temporary, location);
    if (replaces !== undefined) removeQuietly(replaces);
    return undefined;
  } catch (error) {
    removeQuietly(temporary);
    return describeReadError(error);
  }
}

/**
 * Where a cache file at `location` was kept while caches were JSON (layout 2
 * and before, named `.json`), so that the old file can be removed once the new
 * one is written. Only for a name of ours, in a folder of ours (the default
 * of `check --cache`, the language server's index): never a location the user
 * gave.
 */
export function formerCacheLocation(location: string): string | undefined {
  return location.endsWith('.cache') ? `${location.slice(0, -'.cache'.length)}.json` : undefined;
}

const COMMA = Buffer.from(',\n');
const CLOSE = Buffer.from(']\n');

/** Reads a buffer line by line (JSON.stringify never writes a raw newline), decoding only the lines asked for. */
class LineReader {
  constructor(
    private readonly bytes: Buffer,
    public offset = 0,
  ) {}

  /** The next line, or undefined at the end of the buffer. */
  next(): string | undefined {
    const end = this.bytes.indexOf(NEWLINE, this.offset);
    if (end < 0) return undefined;
    const line = this.bytes.toString('utf8', this.offset, end);
    this.offset = end + 1;
    return line;
  }

  /** Passes over `count` lines, giving where each starts; undefined when there are not as many. */
  skip(count: number): number[] | undefined {
    const starts: number[] = [];
    for (let index = 0; index < count; index++) {
      starts.push(this.offset);
      const end = this.bytes.indexOf(NEWLINE, this.offset);
      if (end < 0) return undefined;
      this.offset = end + 1;
    }
    return starts;
  }
}

const NEWLINE = 0x0a;

function parseJson(line: string | undefined): unknown {
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Removes a file that may not be there, or whose folder may not be one. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing was written there.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSummary(value: unknown): value is DocumentSummary {
  if (!isRecord(value)) return false;
  const line = value['documentIdLine'];
  if (line !== undefined && !Number.isInteger(line)) return false;
  const links = value['links'];
  if (links === undefined) return true;
  return (
    isRecord(links) &&
    typeof links['documentId'] === 'string' &&
    Array.isArray(links['definitions']) &&
    links['definitions'].every(
      (definition) =>
        isRecord(definition) &&
        typeof definition['id'] === 'string' &&
        typeof definition['kind'] === 'string' &&
        Number.isInteger(definition['number']),
    ) &&
    Array.isArray(links['citations']) &&
    links['citations'].every(
      (citation) =>
        isRecord(citation) &&
        typeof citation['documentId'] === 'string' &&
        typeof citation['id'] === 'string' &&
        (citation['citingKind'] === null || typeof citation['citingKind'] === 'string'),
    )
  );
}

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);

function isDiagnostic(value: unknown): value is CachedDiagnostic {
  return (
    isRecord(value) &&
    SEVERITIES.has(value['severity']) &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string' &&
    isRecord(value['range']) &&
    isPosition(value['range']['start']) &&
    isPosition(value['range']['end'])
  );
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value['line']) && Number.isInteger(value['character']);
}
