import { kindName } from '../kinds';
import type { Workspace } from '../workspace';
import { definitionWords } from './definition-words';
import type { Location } from './navigation';

export interface WorkspaceSymbol {
  /** `doc-id:F1 first words`, so a search by either finds it. */
  readonly name: string;
  readonly detail: string;
  readonly location: Location;
}

const MAX_RESULTS = 500;
const WORDS_IN_NAME = 12;

/** Every finding, recommendation and resolution across the workspace whose name contains the query (case-insensitively). */
export function workspaceSymbols(workspace: Workspace, query: string): WorkspaceSymbol[] {
  const wanted = query.trim().toLowerCase();
  const found: WorkspaceSymbol[] = [];
  for (const document of workspace.allDocuments()) {
    for (const definition of document.definitions) {
      const name = `${document.documentId}:${definition.id} ${definitionWords(definition.text, WORDS_IN_NAME)}`;
      if (wanted !== '' && !name.toLowerCase().includes(wanted)) continue;
      found.push({
        name,
        detail: kindName(definition.kind, document.type, workspace.configFor(document.uri)),
        location: { uri: document.uri, range: document.lines.range(definition.idStart, definition.idEnd) },
      });
      if (found.length >= MAX_RESULTS) return found;
    }
  }
  return found;
}
