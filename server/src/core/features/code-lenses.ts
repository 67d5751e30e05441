import { isFindingKind, kindName } from '../kinds';
import type { ParsedDocument } from '../document';
import type { Range } from '../types';
import type { Workspace } from '../workspace';

export interface CodeLens {
  readonly range: Range;
  /** "cited by 2 recommendations, 1 resolution", or "not addressed". */
  readonly title: string;
}

/** Over each finding: what acts on it, counted by kind, across the workspace. */
export function findingLenses(workspace: Workspace, document: ParsedDocument): CodeLens[] {
  const config = workspace.configFor(document.uri);
  return document.definitions
    .filter((definition) => isFindingKind(definition.kind, config))
    .map((definition) => {
      const counts = new Map<string, number>();
      for (const citation of workspace.citationsOf(document.documentId, definition.id)) {
        // The citing item is of its own document's kinds, which its folder's config names.
        const citingConfig = workspace.configFor(citation.uri);
        if (citation.citingKind === null || isFindingKind(citation.citingKind, citingConfig)) continue;
        const type = workspace.getDocument(citation.uri)?.type ?? 'report';
        const name = kindName(citation.citingKind, type, citingConfig);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      const parts = [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, count]) => `${count} ${name}${count === 1 ? '' : 's'}`);
      return {
        range: document.lines.range(definition.start, definition.end),
        title: parts.length === 0 ? 'not addressed' : `cited by ${parts.join(', ')}`,
      };
    });
}
