import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './check-protocol';
import { CheckShare } from './check-share';

/** A worker thread that checks its share of the files (see check-files.ts). */
let share: CheckShare | undefined;

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'parse') {
      share = new CheckShare(request.configText, request.configUri, request.files);
      const links = share.parse();
      reply({ type: 'parsed', links, failures: share.failures });
    } else {
      reply({ type: 'checked', results: share!.check(request.links) });
      parentPort!.close();
    }
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
