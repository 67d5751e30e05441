import { offsetsRange } from '../document-positions';
import type { WorkspaceCheck } from './check';

export const refUnknownDocument: WorkspaceCheck = {
  code: 'ref-unknown-document',
  readsWorkspace: true,
  defaultSeverity: 'error',
  description: 'A reference names a document id that no checked document has.',
  run({ document, workspace }, report) {
    const reported = new Set<number>();
    for (const reference of document.references) {
      const target = reference.documentId;
      if (target === undefined || reported.has(reference.prefixStart)) continue;
      if (workspace.documentsWithId(target).length > 0) continue;
      reported.add(reference.prefixStart);
      const suggestion = workspace.suggestDocumentId(target);
      // A bracket holding one ID is underlined whole; in a list, the document id alone.
      const holdsOneId = reference.start < reference.prefixStart;
      const prefixRange = offsetsRange(document, reference.prefixStart, reference.prefixEnd);
      const range = holdsOneId ? offsetsRange(document, reference.start, reference.end) : prefixRange;
      report({
        range,
        message: `No checked document has the id '${target}'${suggestion ? `: did you mean '${suggestion}'?` : ". Check the id in the other document's front matter, and that the file is in the workspace."}`,
        ...(suggestion
          ? {
              fixes: [
                {
                  title: `Change to '${suggestion}'`,
                  edits: [{ range: prefixRange, newText: suggestion }],
                  safe: false,
                },
              ],
            }
          : {}),
      });
    }
  },
};
