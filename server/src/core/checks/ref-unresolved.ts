interface DefinedId {
  readonly id: string;
  readonly kind: string;
  readonly number: number;
}

import type { DocumentCheck } from './check';
import { offsetsRange } from './positions';

export const refUnresolved: DocumentCheck = {
  code: 'ref-unresolved',
  defaultSeverity: 'error',
  description: 'A reference cites an ID that is not defined in the document it names.',
  run({ document, workspace }, report) {
    for (const reference of document.references) {
      const targets = reference.documentId === undefined ? [document] : workspace.documentsWithId(reference.documentId);
      if (targets.length === 0) continue; // ref-unknown-document reports it
      const defined =
        reference.documentId === undefined
          ? document.definitionsById.has(reference.id)
          : workspace.documentsWithId(reference.documentId).some((target) => target.definedIds.has(reference.id));
      if (defined) continue;
      const suggestion = nearestOfKind(targets, reference.kind, reference.number);
      const where = reference.documentId === undefined ? 'this document' : reference.documentId;
      const hint = suggestion ? ` (did you mean ${suggestion}?)` : `: define it with **${reference.id}** at the start of a paragraph, or correct the reference`;
      const fixes =
        suggestion && reference.idStart !== -1
          ? [{ title: `Change to ${suggestion}`, edits: [{ range: offsetsRange(document, reference.idStart, reference.idEnd), newText: suggestion }], safe: false }]
          : [];
      report({ range: offsetsRange(document, reference.start, reference.end), message: `${reference.id} is not defined in ${where}${hint}`, fixes });
    }
  },
};

/** The defined ID of the same kind whose number is closest (the lower on a tie). */
function nearestOfKind(targets: readonly { readonly definitions: readonly DefinedId[] }[], kind: string, number: number): string | undefined {
  let best: { id: string; distance: number; number: number } | undefined;
  for (const target of targets) {
    for (const definition of target.definitions) {
      if (definition.kind !== kind) continue;
      const distance = Math.abs(definition.number - number);
      if (!best || distance < best.distance || (distance === best.distance && definition.number < best.number)) {
        best = { id: definition.id, distance, number: definition.number };
      }
    }
  }
  return best?.id;
}
