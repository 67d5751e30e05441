import type { ParsedDocument } from './document';
import { detached } from './text/detached';

/**
 * What other documents need to know about one document: its id, the IDs it
 * defines and the IDs it cites. The workspace index holds these, not the
 * parsed documents, so an edit that changes none of them touches no other
 * document.
 */
export interface DocumentLinks {
  readonly uri: string;
  readonly documentId: string;
  readonly definitions: readonly { readonly id: string; readonly kind: string; readonly number: number }[];
  readonly citations: readonly LinkCitation[];
}

/** One reference: the ID it names, in which document, and the kind of definition citing it. */
export interface LinkCitation {
  readonly documentId: string;
  readonly id: string;
  /** Kind of the definition whose text holds the reference (`R` for a recommendation), or null. */
  readonly citingKind: string | null;
}

/**
 * Its document ids are detached copies (`text/detached.ts`): the index keeps
 * them after the document's text is gone. (IDs are too short for V8 to keep
 * as views of the text.)
 */
export function linksOf(document: ParsedDocument): DocumentLinks {
  const documentId = detached(document.documentId);
  return {
    uri: document.uri,
    documentId,
    definitions: document.definitions.map(({ id, kind, number }) => ({ id, kind, number })),
    citations: document.references.map((reference) => ({
      documentId: reference.documentId === undefined ? documentId : detached(reference.documentId),
      id: reference.id,
      citingKind: document.definitions[reference.citedBy]?.kind ?? null,
    })),
  };
}

/** Links with a set of the defined IDs, for quick lookups. */
export interface LinkedDocument extends DocumentLinks {
  readonly definedIds: ReadonlySet<string>;
}

export function withDefinedIds(links: DocumentLinks): LinkedDocument {
  return { ...links, definedIds: new Set(links.definitions.map((definition) => definition.id)) };
}
