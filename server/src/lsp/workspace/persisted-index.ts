import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Workspace, type DocumentSummary, type ResolvedConfig } from '../../core';
import { buildIdentity } from '../../node/build-identity';
import {
  contentHash,
  formerCacheLocation,
  readCache,
  writeCache,
  type CacheEntry,
  type CachedDiagnostic,
} from '../../node/check-cache-file';
import { settledStamp, type FileStamp } from '../../node/file-stamp';
import { indexLocation, type IndexRequest } from '../../node/index-location';
import { sameSummary } from '../../node/index-reuse';
import { decodeFile, readFileBytes, type FileBytes, type FileText } from '../../node/read-text';

/**
 * The index the language server keeps of a workspace between sessions, in
 * the file `check --cache` writes (server/src/node/check-cache-file.ts): per
 * checked file, the hash of its bytes on disk, what it tells the other
 * documents and its diagnostics. Valid only for this build of the server and
 * the folders' configs it was written under (`configKey`); anything else in
 * the file (damaged, partial, of another layout) is ignored and rewritten.
 */
export class PersistedIndex {
  private reportedFailure = false;

  constructor(
    readonly location: string,
    private readonly identity: string,
    private readonly log: (line: string) => void,
  ) {}

  /** The store the client asked for (a folder of its own, the user's cache folder, or none), for the workspace's folders. */
  static forWorkspace(
    request: IndexRequest,
    folders: readonly string[],
    log: (line: string) => void,
  ): PersistedIndex | undefined {
    const location = indexLocation(request, folders, {
      platform: process.platform,
      env: process.env,
      home: os.homedir(),
    });
    return location === undefined ? undefined : new PersistedIndex(location, buildIdentity(), log);
  }

  /** The entries written under this config key, by file URI; undefined when there are none to trust. */
  read(configKey: string): ReadonlyMap<string, CacheEntry> | undefined {
    return readCache(this.location, this.identity, configKey)?.entries;
  }

  /** Writes the entries whole, in place of the file's; a failure is logged once, as the next start only reads everything again. */
  write(configKey: string, entries: ReadonlyMap<string, CacheEntry>): void {
    const failed = writeCache(
      this.location,
      { identity: this.identity, config: configKey, entries },
      { replaces: formerCacheLocation(this.location) },
    );
    if (failed === undefined || this.reportedFailure) return;
    this.reportedFailure = true;
    this.log(`Could not save the workspace index to ${this.location} (${failed}); the next start reads every file.`);
  }
}

/** What the index is written from: the workspace, and how each document stands to its file on disk. */
export interface DiskView {
  readonly workspace: Workspace;
  /** A checked file as last read from disk: the hash of its bytes, and its stamp then if it had settled. */
  onDisk(uri: string): { readonly hash: string; readonly stamp: FileStamp | undefined } | undefined;
  /** The editor's text of an open document. */
  openText(uri: string): string | undefined;
  isCheckedFile(uri: string): boolean;
}

/**
 * The index's entries for the files as they are on disk, never an open
 * document's unsaved text. An open document whose text is not its file's is
 * stored by the summary of its file's text, without diagnostics (the next
 * start parses it); if that summary is not what the open text tells the
 * others, their diagnostics are not those of the files on disk, and there is
 * nothing to write (undefined). Likewise when a document open in the editor
 * is not a checked file: a fresh start would not have it.
 */
export function entriesOnDisk({
  workspace,
  onDisk,
  openText,
  isCheckedFile,
}: DiskView): Map<string, CacheEntry> | undefined {
  const entries = new Map<string, CacheEntry>();
  for (const { uri } of workspace.allDocuments()) {
    let file = onDisk(uri);
    const open = openText(uri);
    if (open !== undefined) {
      const disk = isCheckedFile(uri) ? readDisk(uri) : undefined;
      if (!disk) return undefined;
      file = { hash: contentHash(disk.read), stamp: settledStamp(disk.read.stats, Date.now()) };
      if (disk.text !== open || disk.invalidUtf8 !== workspace.hasInvalidUtf8(uri)) {
        const summary = summaryOfText(uri, disk, workspace.configFor(uri));
        if (!sameSummary(summary, workspace.summaryOf(uri))) return undefined;
        entries.set(uri, { ...stamped(file), summary: summary! });
        continue;
      }
    }
    if (file === undefined) return undefined;
    entries.set(uri, {
      ...stamped(file),
      summary: workspace.summaryOf(uri) ?? {},
      diagnostics: workspace.diagnostics(uri).map(withoutFixes),
    });
  }
  return entries;
}

/** An entry's hash, and its stamp if there is one (`node/file-stamp.ts`: the next start need not read the file). */
function stamped({ hash, stamp }: { hash: string; stamp: FileStamp | undefined }): Pick<CacheEntry, 'hash' | 'stamp'> {
  return stamp === undefined ? { hash } : { hash, stamp };
}

/** A file's bytes and text as on disk now, or undefined when it cannot be read. */
function readDisk(uri: string): ({ read: FileBytes } & FileText) | undefined {
  try {
    const read = readFileBytes(fileURLToPath(uri));
    return { read, ...decodeFile(read) };
  } catch {
    return undefined;
  }
}

/** What a file's text would tell the other documents, worked out apart from the workspace. */
function summaryOfText(uri: string, file: FileText, config: ResolvedConfig): DocumentSummary | undefined {
  const alone = new Workspace(config);
  alone.setDocument(uri, file.text, file);
  return alone.summaryOf(uri);
}

function withoutFixes({ range, severity, code, message }: CachedDiagnostic): CachedDiagnostic {
  return { range, severity, code, message };
}
