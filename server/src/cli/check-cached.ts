import * as crypto from 'node:crypto';
import type { DocumentSummary } from '../core';
import {
  contentHash,
  readCacheFile,
  writeCache,
  type CacheEntry,
  type CacheHead,
  type CachedDiagnostic,
  type StoredPrintout,
} from '../node/check-cache-file';
import { readUnlessStamped, type FileStamp } from '../node/file-stamp';
import { decodeFile, describeReadError, isMissing, readFileBytes, type FileBytes } from '../node/read-text';
import { checkOutcome, listedDocuments, type ReadDocument } from './check-outcome';
import type { CheckOutcome, Printout } from './model';
import { fileUri } from './paths';
import { cannotRead } from './read';
import { ReleaseBatches } from './release-batches';
import { findWorkspace, type FoundWorkspace, type WorkspaceRequest } from './workspace-request';

export interface CacheOptions {
  /** The cache file. */
  readonly location: string;
  /** The build of the tool: a cache another build wrote is not read. */
  readonly identity: string;
  /** A former cache file of ours this one takes the place of (the old default), removed once the cache is written. */
  readonly replaces?: string | undefined;
  /** The clock that decides whether a file's stamp has settled (`node/file-stamp.ts`); tests move it on. */
  readonly now?: () => number;
}

/** How an outcome is printed; `key` names everything the printing depends on (the format, colour). */
export interface Printing {
  readonly key: string;
  readonly print: (outcome: CheckOutcome) => Promise<Printout>;
}

/**
 * `check --cache`: the same outcome as `check`, with the work of documents
 * unchanged since the last run taken from the cache.
 *
 * What a document's diagnostics depend on: its own text (and whether its
 * bytes were UTF-8), its path (a document without an id takes it from its
 * file name), the config, the tool, and the rest of the workspace only
 * through what each document tells the others (its id, the IDs it defines
 * and cites, the line of its id: the core's `DocumentSummary`). So:
 * - a file whose hash is the cached one is not parsed: its summary stands
 *   for it in the index, and its cached diagnostics are printed;
 * - a changed file is parsed and checked; when every changed file tells the
 *   others what its cached summary told them, and no file came or went,
 *   nothing else can have changed;
 * - otherwise every file is parsed and checked, as without the cache.
 * A different config or tool build ignores the whole cache. A file still
 * showing the settled stamp it had when it was hashed is not read again: its
 * bytes are those it was hashed from (git trusts its index the same way).
 * When nothing changed, the analysis is not even loaded; and when the last
 * run was asked the same (the same files listed, printed the same way), its
 * printout is given again, as a build cache replays a task's output.
 */
export async function runCheckWithCache(
  request: WorkspaceRequest,
  options: CacheOptions,
  printing: Printing,
): Promise<Printout> {
  return checkWithCache(findWorkspace(request), options, printing);
}

export async function checkWithCache(
  found: FoundWorkspace,
  options: CacheOptions,
  printing: Printing,
): Promise<Printout> {
  const config = configKey(found);
  const file = readCacheFile(options.location, options.identity, config);
  const heads = file?.heads ?? new Map<string, CacheHead>();
  const files = knownFiles(found, heads, options.now ?? Date.now);
  const unchanged = new Set(files.filter((known) => heads.get(known.uri)?.hash === known.hash).map(({ uri }) => uri));
  const paths = new Map(files.map((known) => [known.uri, known.path]));
  const listed = listedDocuments(found, paths);
  const printKey = printoutKey(found, files, listed, printing.key);
  const nothingChanged = files.length === heads.size && unchanged.size === files.length;
  if (nothingChanged && file?.printed?.key === printKey) return file.printed;
  const read = file?.entries();
  const cached = read ?? new Map<string, CacheEntry>();
  // Details that cannot be trusted: every file is taken as changed.
  if (read === undefined) unchanged.clear();
  const listedUris = new Set(listed.map((document) => document.uri));
  const results =
    nothingChanged &&
    cached.size === files.length &&
    listed.every((document) => cached.get(document.uri)?.diagnostics !== undefined)
      ? cacheAlone(found, listed, cached)
      : await analysed(found, listed, files, cached, unchanged);

  const printout = await printing.print(results.outcome);
  const entries = new Map<string, CacheEntry>();
  const byPath = new Map(results.outcome.files.map((known) => [known.path, known.diagnostics]));
  for (const known of files) {
    const head = { hash: known.hash, ...(known.stamp === undefined ? {} : { stamp: known.stamp }) };
    // An entry whose diagnostics stand is kept as it was (so the file's line is copied, not written anew).
    const kept = results.fromCache(known.uri) && cached.get(known.uri);
    if (kept) {
      entries.set(known.uri, { ...kept, ...head });
      continue;
    }
    // Only the listed documents' diagnostics are worked out; a file read only for its links keeps none.
    const diagnostics = listedUris.has(known.uri) ? byPath.get(known.path) : undefined;
    entries.set(known.uri, {
      ...head,
      summary: results.summaryOf(known.uri) ?? {},
      ...(diagnostics === undefined ? {} : { diagnostics: diagnostics.map(withoutFixes) }),
    });
  }
  const printed = { key: printKey, ...printout };
  const failed =
    sameEntries(cached, entries) && samePrintout(file?.printed, printed)
      ? undefined
      : writeCache(
          options.location,
          { identity: options.identity, config, entries, printed },
          { replaces: options.replaces },
        );
  if (failed === undefined) return printout;
  // Said in the output too (SARIF carries warnings), so printed again: a cache that cannot be written is rare.
  return printing.print({
    ...results.outcome,
    warnings: [
      ...results.outcome.warnings,
      `could not write the cache ${options.location} (${failed}); the next run will check everything again`,
    ],
  });
}

/**
 * What a printout depends on besides the files' contents, the config and the
 * build (which the cache file is keyed by): how it is printed, the working
 * directory, the folders that could not be opened, every file read and its
 * path as shown, and which were listed.
 */
function printoutKey(
  found: FoundWorkspace,
  files: readonly KnownFile[],
  listed: readonly ReadDocument[],
  printing: string,
): string {
  const hash = crypto.createHash('sha1').update(JSON.stringify([printing, found.root, found.warnings]));
  for (const known of files) hash.update(`\0${known.uri}\0${known.path}`);
  hash.update('\0\0');
  for (const document of listed) hash.update(`\0${document.uri}`);
  return hash.digest('base64');
}

function samePrintout(stored: StoredPrintout | undefined, printout: StoredPrintout): boolean {
  return (
    stored !== undefined &&
    stored.key === printout.key &&
    stored.stdout === printout.stdout &&
    stored.exitCode === printout.exitCode &&
    stored.warnings.join('\n') === printout.warnings.join('\n')
  );
}

/** A document file as this run knows it. */
interface KnownFile {
  readonly uri: string;
  /** As the output shows it. */
  readonly path: string;
  readonly absolutePath: string;
  /** The hash of its bytes: read now, or kept in the cache while the file shows the same stamp. */
  readonly hash: string;
  /** Its settled stamp, to keep for the next run. */
  readonly stamp: FileStamp | undefined;
  /** Its bytes, if read now. */
  readonly bytes: FileBytes | undefined;
}

/**
 * Every document file found, with its hash. A file deleted since it was
 * found is left out, as there is nothing to check or list; one that cannot
 * be read for another reason stops the command, as it does `check`.
 */
function knownFiles(found: FoundWorkspace, cached: ReadonlyMap<string, CacheHead>, now: () => number): KnownFile[] {
  return found.workspaceFiles.flatMap((absolutePath): KnownFile[] => {
    const uri = fileUri(absolutePath);
    const path = found.shownAs(absolutePath);
    const entry = cached.get(uri);
    try {
      const { bytes, stamp } = readUnlessStamped(absolutePath, entry?.stamp, now);
      return [{ uri, path, absolutePath, hash: bytes ? contentHash(bytes) : entry!.hash, stamp, bytes }];
    } catch (error) {
      if (isMissing(error)) return [];
      throw cannotRead(path, describeReadError(error));
    }
  });
}

/** What the run found: the outcome, and what to keep of each file for the next run. */
interface Results {
  readonly outcome: CheckOutcome;
  readonly summaryOf: (uri: string) => DocumentSummary | undefined;
  /** The cached diagnostics that still stand for a document, if any. */
  readonly fromCache: (uri: string) => readonly CachedDiagnostic[] | undefined;
}

/** Nothing changed: the outcome is the cache's. */
function cacheAlone(
  found: FoundWorkspace,
  listed: readonly ReadDocument[],
  cached: ReadonlyMap<string, CacheEntry>,
): Results {
  const fromCache = (uri: string) => cached.get(uri)?.diagnostics;
  return {
    outcome: checkOutcome(found, listed, (uri) => fromCache(uri) ?? []),
    summaryOf: (uri) => cached.get(uri)?.summary,
    fromCache,
  };
}

/** Something changed: the analysis parses what changed, or everything when a change can reach other documents. */
async function analysed(
  found: FoundWorkspace,
  listed: readonly ReadDocument[],
  files: readonly KnownFile[],
  cached: ReadonlyMap<string, CacheEntry>,
  unchanged: ReadonlySet<string>,
): Promise<Results> {
  const { Workspace } = await import('../core/workspace.js');
  const { sameSummary } = await import('../node/index-reuse.js');
  const workspace = new Workspace(found.loaded.config);
  const listedUris = new Set(listed.map((document) => document.uri));
  const batches = new ReleaseBatches(workspace, (uri) => listedUris.has(uri));
  const parse = (file: KnownFile) => {
    const text = decodeFile(file.bytes ?? readBytesAgain(file, found));
    workspace.setDocument(file.uri, text.text, text);
    batches.add(file.uri);
  };
  for (const file of files) {
    if (unchanged.has(file.uri)) workspace.setSummary(file.uri, cached.get(file.uri)!.summary);
    else parse(file);
  }
  const othersStand =
    files.length === cached.size &&
    files.every(
      (file) => unchanged.has(file.uri) || sameSummary(cached.get(file.uri)?.summary, workspace.summaryOf(file.uri)),
    );
  // Diagnostics the cache holds stand for a file that has not changed, while no other change can reach it.
  const fromCache = (uri: string) => (othersStand && unchanged.has(uri) ? cached.get(uri)?.diagnostics : undefined);
  // A listed document whose diagnostics the cache cannot give is parsed and checked.
  for (const file of files)
    if (unchanged.has(file.uri) && (!othersStand || (listedUris.has(file.uri) && !fromCache(file.uri)))) parse(file);
  batches.releaseAll();
  return {
    outcome: checkOutcome(found, listed, (uri) => fromCache(uri) ?? workspace.diagnostics(uri)),
    summaryOf: (uri) => workspace.summaryOf(uri),
    fromCache,
  };
}

/**
 * The bytes of a file known by its stamp, read now that it must be parsed.
 * Should it have changed since its stamp was taken, its new text is checked,
 * as `check` would check it at this moment, and the stamp kept for it no
 * longer matches the file, so the next run reads it again. One deleted in
 * the meantime cannot be read, and the command stops, as it does for a file
 * it cannot read.
 */
function readBytesAgain(file: KnownFile, found: FoundWorkspace): FileBytes {
  try {
    return readFileBytes(file.absolutePath);
  } catch (error) {
    throw cannotRead(found.shownAs(file.absolutePath), describeReadError(error));
  }
}

function withoutFixes({ range, severity, code, message }: CachedDiagnostic): CachedDiagnostic {
  return { range, severity, code, message };
}

/** The config's part in every result: the file and its text, or the defaults. */
function configKey(found: FoundWorkspace): string {
  const file = found.loaded.file;
  if (!file) return 'defaults';
  return crypto.createHash('sha256').update(file.absolutePath).update('\0').update(file.text).digest('base64');
}

/** Whether the cache already holds these entries, so writing it again would change nothing. */
function sameEntries(cached: ReadonlyMap<string, CacheEntry>, entries: ReadonlyMap<string, CacheEntry>): boolean {
  if (cached.size !== entries.size) return false;
  for (const [uri, entry] of entries) {
    const old = cached.get(uri);
    if (
      !old ||
      old.hash !== entry.hash ||
      (old.stamp === undefined) !== (entry.stamp === undefined) ||
      (entry.diagnostics !== undefined && old.diagnostics === undefined)
    )
      return false;
  }
  return true;
}
