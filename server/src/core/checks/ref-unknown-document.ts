import type { DocumentCheck } from './check';
import { offsetsRange } from './positions';

export const refUnknownDocument: DocumentCheck = {
  code: 'ref-unknown-document',
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
      const range = offsetsRange(document, reference.prefixStart, reference.prefixEnd);
      report({
        range,
        message: `No checked document has the id '${target}'${suggestion ? `: did you mean '${suggestion}'?` : ". Check the id in the other document's front matter, and that the file is in the workspace."}`,
        ...(suggestion ? { fixes: [{ title: `Change to '${suggestion}'`, edits: [{ range, newText: suggestion }], safe: false }] } : {}),
      });
    }
  },
};
