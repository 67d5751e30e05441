import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, DocumentLinks } from '../core';
import type { CheckedReply, FileToCheck, ParsedReply, ReadFailure, WorkerReply, WorkerRequest } from './check-protocol';
import { CheckShare } from './check-share';

export type { FileToCheck, ReadFailure };

export interface CheckFilesResult {
  readonly diagnostics: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly failures: readonly ReadFailure[];
}

/** Below this many files, starting threads costs more than it saves. */
const FILES_PER_EXTRA_THREAD = 150;

/**
 * Checks files exactly as one Workspace would, using every core on large
 * workspaces: each thread parses a share of the files, the threads swap the
 * links between documents, then each checks its share.
 */
export async function checkFiles(files: readonly FileToCheck[], configText: string | undefined, configUri: string): Promise<CheckFilesResult> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_EXTRA_THREAD)));
  if (threads === 1) return checkInThisThread(files, configText, configUri);
  const shares = splitBySize(files, threads);
  // This thread takes one share itself rather than sitting idle.
  const local = new CheckShare(configText, configUri, shares[0]!);
  const workers = shares.slice(1).map(() => new WorkerConnection());
  try {
    workers.forEach((worker, index) => worker.send({ type: 'parse', configText, configUri, files: shares[index + 1]! }));
    const localLinks = local.parse();
    const parsed = await Promise.all(workers.map((worker) => worker.next<ParsedReply>('parsed')));
    const allLinks = [localLinks, ...parsed.map((reply) => reply.links)];
    const others = (index: number): DocumentLinks[] => allLinks.filter((_, at) => at !== index).flat();
    workers.forEach((worker, index) => worker.send({ type: 'check', links: others(index + 1) }));
    const localResults = local.check(others(0));
    const checked = await Promise.all(workers.map((worker) => worker.next<CheckedReply>('checked')));
    const diagnostics = new Map<string, readonly Diagnostic[]>();
    for (const result of [localResults, ...checked.map((reply) => reply.results)].flat()) diagnostics.set(result.uri, result.diagnostics);
    return { diagnostics, failures: [...local.failures, ...parsed.flatMap((reply) => reply.failures)] };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function checkInThisThread(files: readonly FileToCheck[], configText: string | undefined, configUri: string): CheckFilesResult {
  const share = new CheckShare(configText, configUri, files);
  share.parse();
  const diagnostics = new Map(share.check([]).map((result) => [result.uri, result.diagnostics] as const));
  return { diagnostics, failures: share.failures };
}

/** Deals files round-robin, which spreads large and small ones evenly enough. */
function splitBySize(files: readonly FileToCheck[], count: number): FileToCheck[][] {
  const shares: FileToCheck[][] = Array.from({ length: count }, () => []);
  files.forEach((file, index) => shares[index % count]!.push(file));
  return shares;
}

class WorkerConnection {
  private readonly worker = new Worker(path.join(__dirname, 'check-worker.js'));
  private readonly replies: WorkerReply[] = [];
  private waiting: ((reply: WorkerReply) => void) | undefined;
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => this.deliver(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`a checking thread stopped unexpectedly (exit code ${code})`));
    });
  }

  send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  next<T extends WorkerReply>(type: T['type']): Promise<T> {
    return new Promise((resolve, reject) => {
      const take = (reply: WorkerReply) => {
        if (reply.type === 'failed') reject(new Error(reply.message));
        else if (reply.type !== type) reject(new Error(`a checking thread answered '${reply.type}' when '${type}' was expected`));
        else resolve(reply as T);
      };
      if (this.failure) return reject(this.failure);
      const queued = this.replies.shift();
      if (queued) take(queued);
      else this.waiting = take;
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private deliver(reply: WorkerReply): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(reply);
    else this.replies.push(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.deliver({ type: 'failed', message: error.message });
  }
}
