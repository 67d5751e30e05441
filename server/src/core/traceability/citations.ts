import { kindName } from '../checks/kinds';
import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import type { DocumentType } from '../types';
import type { Workspace } from '../workspace';
import { documentFacts, traceItem, type DocumentFacts } from './documents';
import type { BrokenLink, TraceItem } from './model';

/**
 * One document's items and their citations, each by the index of its
 * definition in `document.definitions`. Items are made when first needed:
 * most resolutions cite nothing and are never needed.
 */
export class DocumentItems {
  private readonly items: (TraceItem | undefined)[];
  /** What each definition's text cites (items that exist). */
  readonly cites: (TraceItem[] | undefined)[];
  /** What cites each definition. */
  readonly citedBy: (TraceItem[] | undefined)[];

  constructor(
    readonly document: ParsedDocument,
    readonly facts: DocumentFacts,
    private readonly config: ResolvedConfig,
  ) {
    const count = document.definitions.length;
    this.items = new Array<TraceItem | undefined>(count);
    this.cites = new Array<TraceItem[] | undefined>(count);
    this.citedBy = new Array<TraceItem[] | undefined>(count);
  }

  item(index: number): TraceItem {
    return (this.items[index] ??= traceItem(this.facts, this.document, this.document.definitions[index]!, this.config));
  }
}

/** Every document's items and the citations between them, in both directions. */
export interface CitationGraph {
  readonly documents: readonly DocumentItems[];
  readonly brokenLinks: readonly BrokenLink[];
}

/**
 * Reads the citations out of every parsed document: a reference inside a
 * definition's text is a citation by that definition (as `finding-unaddressed`
 * counts them); a reference in a plain paragraph links nothing. One pass over
 * the references of the workspace, resolved with the index's document ids.
 */
export function citationGraph(workspace: Workspace): CitationGraph {
  const config = workspace.configuration;
  const documents: DocumentItems[] = [];
  const byUri = new Map<string, DocumentItems>();
  for (const document of workspace.allDocuments()) {
    const entry = new DocumentItems(document, documentFacts(document), config);
    documents.push(entry);
    byUri.set(document.uri, entry);
  }

  const brokenLinks: BrokenLink[] = [];
  const documentsWithId = new Map<string, ReturnType<Workspace['documentsWithId']>>();
  for (const entry of documents) {
    const { document } = entry;
    for (const reference of document.references) {
      if (reference.citedBy < 0) continue;
      const citer = entry.item(reference.citedBy);
      const documentId = reference.documentId ?? document.documentId;
      let linked = documentsWithId.get(documentId);
      if (linked === undefined) documentsWithId.set(documentId, (linked = workspace.documentsWithId(documentId)));
      let defined = false;
      // What a missing ID would have been: an R in minutes is a resolution; a document that is not there counts as a report.
      let targetType: DocumentType = 'report';
      for (const target of linked) {
        const parsed = byUri.get(target.uri);
        // A document known only by its links (parsed on another thread) still resolves the reference.
        if (!parsed) {
          defined ||= target.definedIds.has(reference.id);
          continue;
        }
        targetType = parsed.document.type;
        for (const definition of parsed.document.definitionsById.get(reference.id) ?? []) {
          defined = true;
          const index = parsed.document.definitions.indexOf(definition);
          const cited = parsed.item(index);
          const cites = (entry.cites[reference.citedBy] ??= []);
          // The same ID cited twice by one item (`[F1]` in two sentences) is one citation.
          if (cited === citer || cites.includes(cited)) continue;
          cites.push(cited);
          (parsed.citedBy[index] ??= []).push(citer);
        }
      }
      if (defined || brokenLinks.some((link) => link.from === citer && link.documentId === documentId && link.id === reference.id)) continue;
      brokenLinks.push({
        from: citer,
        documentId,
        id: reference.id,
        kind: kindName(reference.kind, targetType, config),
        problem: linked.length === 0 ? 'unknown-document' : 'unknown-id',
      });
    }
  }
  return { documents, brokenLinks };
}
