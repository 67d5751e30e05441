import { offsetsRange } from '../document-positions';
import type { ParsedDocument } from '../document';
import type { MalformedReference } from '../parse/references';
import type { Fix } from '../types';
import type { DocumentCheck } from './check';

export const refMalformed: DocumentCheck = {
  code: 'ref-malformed',
  defaultSeverity: 'error',
  description: 'A reference cannot be read: a backwards range [F3-F1], a range across kinds [F1-R2], or a stray item.',
  run({ document }, report) {
    for (const malformed of document.malformedReferences) {
      const fix = malformed.repair && repairFix(document, malformed);
      report({
        range: offsetsRange(document, malformed.start, malformed.end),
        message: malformed.message,
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  },
};

/** The scanner's repair as a fix: its edits are counted from the start of the malformed span. */
function repairFix(document: ParsedDocument, malformed: MalformedReference): Fix {
  const { title, edits } = malformed.repair!;
  return {
    title,
    edits: edits.map(({ offset, length, newText }) => ({
      range: offsetsRange(document, malformed.start + offset, malformed.start + offset + length),
      newText,
    })),
    safe: true,
  };
}
