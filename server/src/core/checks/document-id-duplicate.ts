import { fileNameOf } from '../document-names';
import type { WorkspaceCheck } from './check';

export const documentIdDuplicate: WorkspaceCheck = {
  code: 'document-id-duplicate',
  readsWorkspace: true,
  defaultSeverity: 'error',
  description: 'Two checked documents have the same document id, so cross-document references are ambiguous.',
  run({ document, workspace }, report) {
    const others = workspace.documentsWithId(document.documentId).filter((other) => other.uri !== document.uri);
    if (others.length === 0) return;
    const where = others.map((other) => {
      const line = workspace.documentIdLine(other.uri);
      const name = fileNameOf(other.uri);
      return line === undefined ? `${name} (from its file name)` : `${name} (line ${line})`;
    });
    const id = document.documentId;
    const written = document.documentIdRange();
    const what = written
      ? 'Change the id here or there, so each document has its own.'
      : "Give this document an id of its own with an 'id:' line in its front matter.";
    report({
      range: written ?? document.lines.lineRange(0),
      message: `The document id '${id}' is also the id of ${listed(where)}, so a reference such as [${id}:F1] could mean either document. ${what}`,
    });
  },
};

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
