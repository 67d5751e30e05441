import type { DocumentCheck } from './check';
import { offsetsRange } from './positions';

export const idSequence: DocumentCheck = {
  code: 'id-sequence',
  defaultSeverity: 'info',
  description: 'IDs of one kind skip a number (F1, F2, F4), often after one was deleted or renumbered.',
  run({ document }, report) {
    const highest = new Map<string, number>();
    for (const definition of document.definitions) {
      const previous = highest.get(definition.kind) ?? 0;
      if (definition.number > previous + 1) {
        const missing = previous + 1 === definition.number - 1 ? `${definition.kind}${previous + 1} is` : `${definition.kind}${previous + 1} to ${definition.kind}${definition.number - 1} are`;
        report({
          range: offsetsRange(document, definition.start, definition.end),
          message: `${definition.id} follows ${previous === 0 ? 'no earlier ' + definition.kind : definition.kind + previous}: ${missing} missing. Renumber, and check nothing still cites the missing number.`,
        });
      }
      highest.set(definition.kind, Math.max(previous, definition.number));
    }
  },
};
