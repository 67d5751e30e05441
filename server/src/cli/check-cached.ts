import * as crypto from 'node:crypto';
import { sameLinks, Workspace, type DocumentSummary } from '../core';
import { checkWorkspace } from './check';
import { contentHash, readCache, writeCache, type CacheEntry, type CachedDiagnostic } from '../node/check-cache-file';
import type { CheckOutcome } from './model';
import { decodeFile, readFileBytes, type FileBytes } from '../node/read-text';
import { fileUri } from './paths';
import { readFiles, workspaceRead, type FileRead } from './read-workspace';
import { findWorkspace, type FoundWorkspace, type WorkspaceRequest } from './workspace-request';

export interface CacheOptions {
  /** The cache file. */
  readonly location: string;
  /** The build of the tool: a cache another build wrote is not read. */
  readonly identity: string;
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
 * A different config or tool build ignores the whole cache.
 */
export function runCheckWithCache(request: WorkspaceRequest, options: CacheOptions): CheckOutcome {
  return checkWithCache(findWorkspace(request), options);
}

export function checkWithCache(found: FoundWorkspace, options: CacheOptions): CheckOutcome {
  const files = readFiles(found, (file) => readFileBytes(file));
  const config = configKey(found);
  const cached = readCache(options.location, options.identity, config)?.entries ?? new Map<string, CacheEntry>();
  const hashes = new Map(files.map((file) => [file.uri, contentHash(file.read)]));
  const unchangedUris = new Set(
    files.filter((file) => cached.get(file.uri)?.hash === hashes.get(file.uri)).map((file) => file.uri),
  );
  const workspace = new Workspace(found.loaded.config);
  const parse = (file: FileRead<FileBytes>) => {
    const text = decodeFile(file.read);
    workspace.setDocument(file.uri, text.text, text);
  };

  for (const file of files) {
    if (unchangedUris.has(file.uri)) workspace.setSummary(file.uri, cached.get(file.uri)!.summary);
    else parse(file);
  }
  const othersStand =
    files.length === cached.size &&
    files.every(
      (file) =>
        unchangedUris.has(file.uri) || sameSummary(cached.get(file.uri)?.summary, workspace.summaryOf(file.uri)),
    );
  const listed = new Set(found.listedFiles.map(fileUri));
  // Diagnostics the cache holds stand for a file that has not changed, while no other change can reach it.
  const fromCache = (uri: string) => (othersStand && unchangedUris.has(uri) ? cached.get(uri)?.diagnostics : undefined);
  // A listed document whose diagnostics the cache cannot give is parsed and checked.
  for (const file of files)
    if (unchangedUris.has(file.uri) && (!othersStand || (listed.has(file.uri) && !fromCache(file.uri)))) parse(file);

  const read = workspaceRead(found, workspace, files);
  const outcome = checkWorkspace(read, (uri) => fromCache(uri) ?? workspace.diagnostics(uri));

  const entries = new Map<string, CacheEntry>();
  const byPath = new Map(outcome.files.map((file) => [file.path, file.diagnostics]));
  for (const file of files) {
    // Only the listed documents' diagnostics are worked out; a file read only for its links keeps what it had.
    const diagnostics = listed.has(file.uri) ? byPath.get(file.path) : fromCache(file.uri);
    entries.set(file.uri, {
      hash: hashes.get(file.uri)!,
      summary: workspace.summaryOf(file.uri) ?? {},
      ...(diagnostics === undefined ? {} : { diagnostics: diagnostics.map(withoutFixes) }),
    });
  }
  const failed = sameEntries(cached, entries)
    ? undefined
    : writeCache(options.location, { identity: options.identity, config, entries });
  if (failed === undefined) return outcome;
  return {
    ...outcome,
    warnings: [
      ...outcome.warnings,
      `could not write the cache ${options.location} (${failed}); the next run will check everything again`,
    ],
  };
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

function sameSummary(cached: DocumentSummary | undefined, now: DocumentSummary | undefined): boolean {
  if (!cached || !now || cached.documentIdLine !== now.documentIdLine) return false;
  if (!cached.links || !now.links) return cached.links === now.links;
  return sameLinks(cached.links, now.links);
}

/** Whether the cache already holds these entries, so writing it again would change nothing. */
function sameEntries(cached: ReadonlyMap<string, CacheEntry>, entries: ReadonlyMap<string, CacheEntry>): boolean {
  if (cached.size !== entries.size) return false;
  for (const [uri, entry] of entries) {
    const old = cached.get(uri);
    if (!old || old.hash !== entry.hash || (entry.diagnostics !== undefined && old.diagnostics === undefined))
      return false;
  }
  return true;
}
