import { offsetsRange } from '../document-positions';
import { isFindingKind, kindName } from '../kinds';
import type { WorkspaceCheck } from './check';

export const findingUnaddressed: WorkspaceCheck = {
  code: 'finding-unaddressed',
  readsWorkspace: true,
  defaultSeverity: 'warning',
  description: 'No recommendation or resolution anywhere in the workspace cites this finding.',
  run({ document, workspace, config }, report) {
    for (const definition of document.definitions) {
      if (!isFindingKind(definition.kind, config)) continue;
      const actedOn = workspace
        .citationsOf(document.documentId, definition.id)
        .some(({ citingKind }) => citingKind !== null && !isFindingKind(citingKind, config));
      if (actedOn) continue;
      report({
        range: offsetsRange(document, definition.start, definition.end),
        message: `No recommendation or resolution cites ${definition.id}: cite it as [${definition.id}] in the ${kindName('R', document.type, config)} that acts on it, or say why it needs no action.`,
      });
    }
  },
};
