import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, DocumentSummary } from '../core';
import { isFileStamp, type FileStamp } from './file-stamp';
import { describeReadError, type FileBytes } from './read-text';

/**
 * The cache file of `check --cache`: for each document file read, the hash
 * of what was read, what the document tells the others (its summary) and,
 * once worked out, its diagnostics. The whole file is valid only for the
 * tool build and the config it was written under (`identity`, `config`).
 */
export interface CacheContents {
  readonly identity: string;
  readonly config: string;
  /** By the file's URI. */
  readonly entries: ReadonlyMap<string, CacheEntry>;
}

export interface CacheEntry {
  readonly hash: string;
  /** The file's stamp when it was read, if settled (`file-stamp.ts`): while the file still shows it, `hash` is its bytes' hash, unread. */
  readonly stamp?: FileStamp;
  readonly summary: DocumentSummary;
  /** Absent when the file was read only to resolve references, and not listed. */
  readonly diagnostics?: readonly CachedDiagnostic[];
}

/** A diagnostic as `check` prints it: its fixes are the editor's, and not kept. */
export type CachedDiagnostic = Omit<Diagnostic, 'fixes'>;

/** Written into the file so that a cache of another layout (an older or newer tool) is never read as this one. */
const FORMAT = 'committee-reports check cache 2';

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

/**
 * The cache at `location`, or undefined when there is none, or it cannot be
 * read, is damaged, partial, of another layout, or was written by another
 * build of the tool or under another config: such a cache is ignored (and
 * rewritten by the run), never trusted, never an error.
 */
export function readCache(location: string, identity: string, config: string): CacheContents | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(location, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(raw) || raw['format'] !== FORMAT || raw['identity'] !== identity || raw['config'] !== config)
    return undefined;
  const entries = raw['entries'];
  if (!isRecord(entries)) return undefined;
  const read = new Map<string, CacheEntry>();
  for (const [file, entry] of Object.entries(entries)) {
    if (!isEntry(entry)) return undefined;
    read.set(file, entry);
  }
  return { identity, config, entries: read };
}

/**
 * Writes the cache whole to a file of its own beside `location`, then
 * renames it over `location`: a reader sees the old cache or the new one,
 * never part of one, and two runs writing at once leave one of theirs.
 * A cache that cannot be written is left unwritten, with the reason for
 * stderr: the check itself has not failed.
 */
export function writeCache(location: string, contents: CacheContents): string | undefined {
  const file = {
    format: FORMAT,
    identity: contents.identity,
    config: contents.config,
    entries: Object.fromEntries(contents.entries),
  };
  const temporary = `${location}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(path.dirname(location), { recursive: true });
    fs.writeFileSync(temporary, JSON.stringify(file));
    fs.renameSync(temporary, location);
    return undefined;
  } catch (error) {
    removeQuietly(temporary);
    return describeReadError(error);
  }
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

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value['hash'] !== 'string' || !isSummary(value['summary'])) return false;
  if (value['stamp'] !== undefined && !isFileStamp(value['stamp'])) return false;
  const diagnostics = value['diagnostics'];
  return diagnostics === undefined || (Array.isArray(diagnostics) && diagnostics.every(isDiagnostic));
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
