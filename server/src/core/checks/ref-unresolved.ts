import type { WorkspaceCheck } from './check';
import { offsetsRange } from '../document-positions';

interface DefinedId {
  readonly id: string;
  readonly kind: string;
  readonly number: number;
}

export const refUnresolved: WorkspaceCheck = {
  code: 'ref-unresolved',
  readsWorkspace: true,
  defaultSeverity: 'error',
  description: 'A reference cites an ID that is not defined in the document it names.',
  run({ document, workspace }, report) {
    const nearest = new NearestIds();
    for (const reference of document.references) {
      const targets = reference.documentId === undefined ? [document] : workspace.documentsWithId(reference.documentId);
      if (targets.length === 0) continue; // ref-unknown-document reports it
      const defined =
        reference.documentId === undefined
          ? document.definitionsById.has(reference.id)
          : workspace.documentsWithId(reference.documentId).some((target) => target.definedIds.has(reference.id));
      if (defined) continue;
      const suggestion = nearest.of(reference.documentId, targets, reference.kind, reference.number);
      const where = reference.documentId === undefined ? 'this document' : reference.documentId;
      const define = `**${reference.id}** at the start of a paragraph`;
      const hint = suggestion
        ? `: did you mean ${suggestion}? Correct the reference, or define ${reference.id} with ${define}.`
        : `: define it with ${define}, or correct the reference.`;
      const fixes =
        suggestion && reference.idStart !== -1
          ? [
              {
                title: `Change to ${suggestion}`,
                edits: [{ range: offsetsRange(document, reference.idStart, reference.idEnd), newText: suggestion }],
                safe: false,
              },
            ]
          : [];
      report({
        range: offsetsRange(document, reference.start, reference.end),
        message: `${reference.id} is not defined in ${where}${hint}`,
        fixes,
      });
    }
  },
};

/**
 * The defined ID of the same kind whose number is closest (the lower on a
 * tie). Each document's definitions are sorted once per kind, so a document
 * with many unresolved references costs a search each, not a pass over every
 * definition.
 */
class NearestIds {
  /** By the document id referred to (undefined: this document), then by kind. */
  private readonly sorted = new Map<string | undefined, Map<string, DefinedId[]>>();

  of(
    documentId: string | undefined,
    targets: readonly { readonly definitions: readonly DefinedId[] }[],
    kind: string,
    number: number,
  ): string | undefined {
    let byKind = this.sorted.get(documentId);
    if (!byKind) {
      byKind = new Map();
      for (const target of targets) {
        for (const definition of target.definitions) {
          const list = byKind.get(definition.kind);
          if (list) list.push(definition);
          else byKind.set(definition.kind, [definition]);
        }
      }
      for (const list of byKind.values()) list.sort((a, b) => a.number - b.number);
      this.sorted.set(documentId, byKind);
    }
    const list = byKind.get(kind);
    if (!list) return undefined;
    // The first definition at or above the wanted number; the one before it is the closest below.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.number < number) low = mid + 1;
      else high = mid;
    }
    const above = list[low];
    const below = list[low - 1];
    return below !== undefined && (above === undefined || number - below.number <= above.number - number)
      ? below.id
      : above?.id;
  }
}
