import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import { kindName } from '../kinds';
import type { Definition } from '../parse/definitions';
import type { DocumentType } from '../types';
import type { Workspace } from '../workspace';
import { documentFacts, traceItem, type DocumentFacts } from './documents';
import type { BrokenLink, TraceItem } from './model';

/**
 * The most definitions of one ID in a document (an `id-duplicate` error) that
 * a citation of it links to: an ID written twice or three times by mistake
 * links them all, as the author may have meant any. Linking every one would
 * make the model grow with the square of the text: `**F1**` and `**R1** [F1]`,
 * each written 16,000 times (370 KB), would make 256 million citations.
 */
const MAX_DEFINITIONS_CITED = 3;

/**
 * One document's items and their citations, each by the index of its
 * definition in `document.definitions`. Items are made when first needed:
 * most resolutions cite nothing and are never needed.
 */
export class DocumentItems {
  private readonly items: (TraceItem | undefined)[];
  /** What each definition's text cites (items that exist), in the order the text cites them. */
  readonly cites: (TraceItem[] | undefined)[];
  /** `cites` as sets: an item citing thousands would otherwise search its list for each. */
  private readonly citeSets: (Set<TraceItem> | undefined)[];
  /** What cites each definition. */
  readonly citedBy: (TraceItem[] | undefined)[];
  /** Each definition's index in `document.definitions`, made when the document is first cited. */
  private indexes: Map<Definition, number> | undefined;

  constructor(
    readonly document: ParsedDocument,
    readonly facts: DocumentFacts,
    /** The document's own config: its folder's. */
    readonly config: ResolvedConfig,
  ) {
    const count = document.definitions.length;
    this.items = new Array<TraceItem | undefined>(count);
    this.cites = new Array<TraceItem[] | undefined>(count);
    this.citeSets = new Array<Set<TraceItem> | undefined>(count);
    this.citedBy = new Array<TraceItem[] | undefined>(count);
  }

  item(index: number): TraceItem {
    return (this.items[index] ??= traceItem(this.facts, this.document, this.document.definitions[index]!, this.config));
  }

  /** The indexes of the definitions a citation of `id` links to: its first `MAX_DEFINITIONS_CITED`, in document order. */
  definitionsCited(id: string): readonly number[] {
    const definitions = this.document.definitionsById.get(id);
    if (!definitions) return [];
    // `definitions.indexOf` for each citation would search the whole list: quadratic in a long document.
    const indexes = (this.indexes ??= new Map(
      this.document.definitions.map((definition, index) => [definition, index]),
    ));
    return definitions.slice(0, MAX_DEFINITIONS_CITED).map((definition) => indexes.get(definition)!);
  }

  /** Notes that definition `index` cites `cited`; false when it already did. */
  addCitation(index: number, cited: TraceItem): boolean {
    const seen = (this.citeSets[index] ??= new Set());
    if (seen.has(cited)) return false;
    seen.add(cited);
    (this.cites[index] ??= []).push(cited);
    return true;
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
 * A citation of an ID defined twice in a document links to both definitions
 * (to the first `MAX_DEFINITIONS_CITED` of more).
 */
export function citationGraph(workspace: Workspace): CitationGraph {
  const documents: DocumentItems[] = [];
  const byUri = new Map<string, DocumentItems>();
  for (const document of workspace.allDocuments()) {
    const entry = new DocumentItems(document, documentFacts(document), workspace.configFor(document.uri));
    documents.push(entry);
    byUri.set(document.uri, entry);
  }

  const brokenLinks: BrokenLink[] = [];
  /** Each citing item's broken links, as `documentId:id`: the same missing ID cited twice by one item is one broken link. */
  const brokenFrom = new Map<TraceItem, Set<string>>();
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
        for (const index of parsed.definitionsCited(reference.id)) {
          defined = true;
          const cited = parsed.item(index);
          // The same ID cited twice by one item (`[F1]` in two sentences) is one citation.
          if (cited !== citer && entry.addCitation(reference.citedBy, cited))
            (parsed.citedBy[index] ??= []).push(citer);
        }
      }
      if (defined) continue;
      let broken = brokenFrom.get(citer);
      if (!broken) brokenFrom.set(citer, (broken = new Set()));
      const target = `${documentId}:${reference.id}`;
      if (broken.has(target)) continue;
      broken.add(target);
      brokenLinks.push({
        from: citer,
        documentId,
        id: reference.id,
        kind: kindName(reference.kind, targetType, entry.config),
        problem: linked.length === 0 ? 'unknown-document' : 'unknown-id',
      });
    }
  }
  return { documents, brokenLinks };
}
