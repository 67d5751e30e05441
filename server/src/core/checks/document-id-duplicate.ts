import { fileNameOf } from '../document-names';
import type { DocumentCheck } from './check';

export const documentIdDuplicate: DocumentCheck = {
  code: 'document-id-duplicate',
  defaultSeverity: 'error',
  description: 'Two checked documents have the same document id, so cross-document references are ambiguous.',
  run({ document, workspace }, report) {
    const others = workspace.documentsWithId(document.documentId).filter((other) => other.uri !== document.uri);
    if (others.length === 0) return;
    const names = others.map((other) => fileNameOf(other.uri)).join(', ');
    const written = document.documentIdRange();
    const how = written ? 'change one of the ids' : "add an 'id:' line to the front matter";
    report({
      range: written ?? document.lines.lineRange(0),
      message: `${names} also has the document id '${document.documentId}', so references to it are ambiguous: ${how}.`,
    });
  },
};
