import { fileURLToPath } from 'node:url';
import type { Diagnostic, Workspace } from '../../core';
import { contentHash, type CacheEntry, type CachedDiagnostic } from '../../node/check-cache-file';
import { sameStamp, settledStamp, type FileStamp } from '../../node/file-stamp';
import { decodeFile, readFileBytes, type FileBytes, type FileText } from '../../node/read-text';
import { toLspDiagnostic } from '../convert';
import type { IndexingProgress } from './indexing-progress';

/** Documents parsed or checked between two turns of the event loop, so messages flow while indexing. */
export const CHUNK = 50;

/** A checked file as last read from disk: the hash of its bytes, and its stamp then if it had settled. */
export interface OnDisk {
  readonly hash: string;
  readonly stamp: FileStamp | undefined;
}

/** What the documents known by their summary need of the session holding them. */
export interface SummaryHolder {
  readonly workspace: Workspace;
  /** Each checked file as last read from disk (what the persisted index is keyed by), kept up to date here too. */
  readonly onDisk: Map<string, OnDisk>;
  /** Publishes these documents' own diagnostics. */
  publish(uris: Iterable<string>): void;
  /** The file on disk may have changed, gone or become unreadable since it was found: take it in as it now is. */
  reloadFromDisk(uri: string): void;
  /** The persisted index no longer matches the files on disk: it is written again. */
  markIndexStale(): void;
  warn(line: string): void;
}

/**
 * The documents a start from the persisted index took in by their summary,
 * not parsed: the bytes each is parsed from when something asks for it (the
 * workspace's loader, `load`) or the background parse comes to it (`parseAll`);
 * and the diagnostics the index held for each, shown until its own are
 * worked out.
 */
export class SummarisedDocuments {
  /** By URI: the bytes read at start, or none for a file that showed the stamp its entry kept (read when parsed). */
  private readonly unparsed = new Map<string, FileBytes | undefined>();
  /** Documents whose diagnostics showing are the persisted index's, until their own are worked out or published. */
  private readonly shown = new Map<string, readonly CachedDiagnostic[]>();

  constructor(private readonly holder: SummaryHolder) {}

  /** Takes in a file by its entry: in the index by its summary, parsed from `read` (or the disk's bytes then) when needed. */
  add(uri: string, read: FileBytes | undefined, { summary, hash }: CacheEntry, stamp: FileStamp | undefined): void {
    this.holder.workspace.setSummary(uri, summary);
    this.unparsed.set(uri, read);
    this.holder.onDisk.set(uri, { hash, stamp });
  }

  /** Whether any document is still unparsed. */
  get pending(): boolean {
    return this.unparsed.size > 0;
  }

  uris(): string[] {
    return [...this.unparsed.keys()];
  }

  /** Shows the diagnostics the index holds for every unparsed document, until its own are worked out. */
  showStored(stored: ReadonlyMap<string, CacheEntry>): void {
    for (const uri of this.unparsed.keys()) this.shown.set(uri, stored.get(uri)!.diagnostics!);
  }

  /** The stored diagnostics showing for a document, if its own are not yet published. */
  showing(uri: string): readonly CachedDiagnostic[] | undefined {
    return this.shown.get(uri);
  }

  /** Its own diagnostics are to be published: the stored ones no longer stand for them. */
  stopShowing(uri: string): void {
    this.shown.delete(uri);
  }

  /** The document is taken in otherwise (other text, removed, unreadable): nothing kept for it stands. */
  forget(uri: string): void {
    this.unparsed.delete(uri);
    this.shown.delete(uri);
  }

  /** Parses every document now (a new config re-reads them all); none shows stored diagnostics then. */
  parseNow(): void {
    for (const uri of this.uris()) this.holder.workspace.getDocument(uri);
    this.shown.clear();
  }

  /**
   * Parses the documents still unparsed, a chunk at a time (those a request
   * reached meanwhile are parsed already). Each whose stored diagnostics are
   * showing is checked: its own diagnostics are the same (else the index was
   * wrong: logged, and they are published).
   */
  async parseAll(progress: IndexingProgress | undefined): Promise<void> {
    const uris = this.uris();
    for (let done = 0; done < uris.length;) {
      for (const uri of uris.slice(done, done + CHUNK)) {
        this.holder.workspace.getDocument(uri);
        const shown = this.shown.get(uri);
        if (shown === undefined) continue;
        this.shown.delete(uri);
        if (!sameDiagnostics(shown, this.holder.workspace.diagnostics(uri))) {
          this.holder.warn(`The saved index held other diagnostics for ${uri}; they are corrected.`);
          this.holder.markIndexStale();
          this.holder.publish([uri]);
        }
      }
      done = Math.min(done + CHUNK, uris.length);
      progress?.report((50 * done) / uris.length, `Indexing ${done} of ${uris.length}`);
      await nextTurn();
    }
  }

  /** The workspace's loader: the text of a document known by its summary, from the bytes it was summarised from. */
  load(uri: string): FileText | undefined {
    if (!this.unparsed.has(uri)) return undefined;
    const read = this.unparsed.get(uri) ?? this.readLate(uri);
    this.unparsed.delete(uri);
    return read && decodeFile(read);
  }

  /**
   * The bytes of a file taken as unchanged at start by its stamp, read now
   * that it is parsed. Should it have changed since (or gone), that is taken
   * in as a change on disk once the request that reached it is answered:
   * the documents its summary linked to and those its text links to are
   * published again (a file gone or unreadable: as `reloadFromDisk` does).
   */
  private readLate(uri: string): FileBytes | undefined {
    let read: FileBytes;
    try {
      read = readFileBytes(fileURLToPath(uri));
    } catch {
      setImmediate(() => this.holder.reloadFromDisk(uri));
      return undefined;
    }
    const kept = this.holder.onDisk.get(uri);
    // Read from the open file before its bytes: the stamp it still shows says they are those hashed, as at start.
    if (kept?.stamp !== undefined && sameStamp(kept.stamp, read.stats)) return read;
    const hash = contentHash(read);
    if (kept?.hash === hash) return read;
    this.holder.onDisk.set(uri, { hash, stamp: settledStamp(read.stats, Date.now()) });
    this.holder.markIndexStale();
    // Not what the index showed for it, and not a mistake of the index's: published below.
    this.shown.delete(uri);
    const { workspace } = this.holder;
    const affected = workspace.affectedBy(uri);
    setImmediate(() => {
      for (const other of workspace.affectedBy(uri)) affected.add(other);
      this.holder.publish(affected);
    });
    return read;
  }
}

/** The stamps of a persisted index's entries that may stand for their files unread: those with their diagnostics. */
export function keptStamps(stored: ReadonlyMap<string, CacheEntry>): (uri: string) => FileStamp | undefined {
  return (uri) => {
    const entry = stored.get(uri);
    return entry?.diagnostics === undefined ? undefined : entry.stamp;
  };
}

/** Whether diagnostics shown from the persisted index are those a document's check gives, as the client sees them. */
function sameDiagnostics(shown: readonly CachedDiagnostic[], own: readonly Diagnostic[]): boolean {
  return JSON.stringify(shown.map(toLspDiagnostic)) === JSON.stringify(own.map(toLspDiagnostic));
}

/** Lets the event loop run: queued messages are read and written before the next chunk. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
