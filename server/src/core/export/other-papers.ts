import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import { kindName } from '../kinds';

/** What the export asks the workspace about the other papers a document cites; the core's Workspace is one. */
export interface PaperIndex {
  documentsWithId(documentId: string): readonly { readonly uri: string }[];
  getDocument(uri: string): ParsedDocument | undefined;
  configFor(uri: string): ResolvedConfig;
}

/** How a reference to another paper is written out: "recommendation R1" and the paper's title. */
export interface OtherPaperReference {
  /** "recommendation R1", or just "R1" when the paper does not define it. */
  readonly item: string;
  readonly title: string;
}

/**
 * A reference to `id` of the paper `documentId`, named as a reader outside
 * the editor can follow it: by the paper's title. Undefined when the
 * workspace does not know that paper, has two with its id, or it has no title.
 */
export function otherPaperReference(
  papers: PaperIndex | undefined,
  documentId: string,
  id: string,
): OtherPaperReference | undefined {
  const [found, ...more] = papers?.documentsWithId(documentId) ?? [];
  if (papers === undefined || found === undefined || more.length > 0) return undefined;
  const paper = papers.getDocument(found.uri);
  const title = paper?.data['title'];
  if (paper === undefined || typeof title !== 'string' || title.trim() === '') return undefined;
  const definition = paper.definitionsById.get(id)?.[0];
  const item =
    definition === undefined ? id : `${kindName(definition.kind, paper.type, papers.configFor(paper.uri))} ${id}`;
  return { item, title: title.trim() };
}
