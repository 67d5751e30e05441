import { lineNumber, offsetsRange } from '../document-positions';
import type { DocumentCheck } from './check';

export const idDuplicate: DocumentCheck = {
  code: 'id-duplicate',
  defaultSeverity: 'error',
  description: 'Two findings, recommendations or resolutions in one document have the same ID.',
  run({ document }, report) {
    const first = new Map<string, number>();
    for (const definition of document.definitions) {
      const earlier = first.get(definition.id);
      if (earlier === undefined) {
        first.set(definition.id, definition.start);
        continue;
      }
      report({
        range: offsetsRange(document, definition.start, definition.end),
        message: `${definition.id} is already defined on line ${lineNumber(document, earlier)}: renumber one of them, so references point to one place.`,
      });
    }
  },
};
