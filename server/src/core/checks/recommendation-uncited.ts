import { offsetsRange } from '../document-positions';
import type { DocumentCheck } from './check';

export const recommendationUncited: DocumentCheck = {
  code: 'recommendation-uncited',
  defaultSeverity: 'info',
  description: 'A recommendation in a report cites no finding or other ID it rests on (a warning in scrutiny reports).',
  run({ document, config }, report) {
    if (document.type === 'minutes') return;
    const citing = new Set(document.references.map((reference) => reference.citedBy));
    document.definitions.forEach((definition, index) => {
      if (config.kinds.get(definition.kind) !== 'recommendation' || citing.has(index)) return;
      report({
        range: offsetsRange(document, definition.start, definition.end),
        message: `${definition.id} does not cite what it rests on: add the findings in brackets, such as [F1, F2].`,
        ...(document.type === 'scrutiny' ? { severity: 'warning' as const } : {}),
      });
    });
  },
};
