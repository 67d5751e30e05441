import { offsetsRange } from '../document-positions';
import type { DocumentCheck } from './check';

export const idSequence: DocumentCheck = {
  code: 'id-sequence',
  defaultSeverity: 'info',
  description: 'IDs of one kind skip a number (F1, F2, F4), often after one was deleted or renumbered.',
  run({ document }, report) {
    const numbersByKind = new Map<string, number[]>();
    for (const definition of document.definitions) {
      const numbers = numbersByKind.get(definition.kind);
      if (numbers) numbers.push(definition.number);
      else numbersByKind.set(definition.kind, [definition.number]);
    }
    const reported = new Set<string>();
    for (const definition of document.definitions) {
      if (reported.has(definition.id)) continue;
      reported.add(definition.id);
      const numbers = numbersByKind.get(definition.kind)!;
      // The gap is reported on the number after it, wherever that stands in the document.
      if (definition.number === 1 || numbers.includes(definition.number - 1)) continue;
      const previous = Math.max(0, ...numbers.filter((number) => number < definition.number));
      const kind = definition.kind;
      const missing =
        previous + 1 === definition.number - 1
          ? `${kind}${previous + 1} is`
          : `${kind}${previous + 1} to ${kind}${definition.number - 1} are`;
      report({
        range: offsetsRange(document, definition.start, definition.end),
        message: `${definition.id} follows ${previous === 0 ? `no earlier ${kind}` : `${kind}${previous}`}: ${missing} missing. Renumber, and check nothing still cites the missing number.`,
      });
    }
  },
};
