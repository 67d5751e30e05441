import { offsetsRange } from '../document-positions';
import type { DocumentCheck } from './check';

export const refMalformed: DocumentCheck = {
  code: 'ref-malformed',
  defaultSeverity: 'error',
  description: 'A reference cannot be read: a backwards range [F3-F1], a range across kinds [F1-R2], or a stray item.',
  run({ document }, report) {
    for (const malformed of document.malformedReferences) {
      report({ range: offsetsRange(document, malformed.start, malformed.end), message: malformed.message });
    }
  },
};
