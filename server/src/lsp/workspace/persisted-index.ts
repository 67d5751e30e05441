import * as os from 'node:os';
import { readCache, writeCache, type CacheEntry } from '../../node/check-cache-file';
import { buildIdentity } from '../../node/build-identity';
import { indexLocation, type IndexRequest } from '../../node/index-location';

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
    const failed = writeCache(this.location, { identity: this.identity, config: configKey, entries });
    if (failed === undefined || this.reportedFailure) return;
    this.reportedFailure = true;
    this.log(`Could not save the workspace index to ${this.location} (${failed}); the next start reads every file.`);
  }
}
