/**
 * The language server's kept index never changes a result: over random
 * sequences of edits (words, definitions, references within and across
 * documents, document ids), renames, deletions, new files and config
 * changes made on disk between two sessions, a server started from the
 * index the last session left publishes exactly what a server started
 * without one publishes, each document's diagnostics once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { assertSameAsCold, startAndStop } from '../protocol/support';
import { parameters, timeout } from './support';
import { applyChange, documentText, FILE_CHANGES, NAMES } from './workspace-changes';

describe('The language server’s kept index over random sequences of changes between sessions', function () {
  // Two servers started per step.
  this.timeout(timeout(240_000));

  it('starts with exactly the diagnostics of a start without the index, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(documentText, { minLength: 1, maxLength: NAMES.length }),
        fc.array(fc.oneof(...FILE_CHANGES), { minLength: 1, maxLength: 4 }),
        async (texts, steps) => {
          const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-index-'));
          const indexFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-index-store-'));
          const withIndex = { initializationOptions: { indexFolder } };
          try {
            texts.forEach((text, index) => applyChange(root, { kind: 'write', name: NAMES[index]!, text }));
            await startAndStop(root, withIndex);
            for (const change of steps) {
              applyChange(root, change);
              await assertSameAsCold(root, await startAndStop(root, withIndex));
            }
          } finally {
            fs.rmSync(root, { recursive: true, force: true });
            fs.rmSync(indexFolder, { recursive: true, force: true });
          }
        },
      ),
      parameters(12),
    );
  });
});
