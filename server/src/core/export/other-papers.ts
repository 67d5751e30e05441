import { writtenTitle } from '../document-names';
import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import { kindName } from '../kinds';
import type { CitedItem } from './cross-paper-marks';

/** What the export asks the workspace about the other papers a document cites; the core's Workspace is one. */
export interface PaperIndex {
  documentsWithId(documentId: string): readonly { readonly uri: string }[];
  getDocument(uri: string): ParsedDocument | undefined;
  configFor(uri: string): ResolvedConfig;
}

/** How a reference to another paper is written out: "recommendations R4 to R6" and the paper's title. */
export interface OtherPaperReference {
  /** "recommendation R1", "recommendations R2 and R3"; just "R1" when the paper does not define it. */
  readonly items: string;
  readonly title: string;
}

/**
 * A bracket's `items` of the paper `documentId`, named as a reader outside
 * the editor can follow them: in words, by the paper's title. Undefined when
 * the workspace does not know that paper, has two with its id, or it has no title.
 */
export function otherPaperReference(
  papers: PaperIndex | undefined,
  documentId: string,
  items: readonly CitedItem[],
): OtherPaperReference | undefined {
  const [found, ...more] = papers?.documentsWithId(documentId) ?? [];
  if (papers === undefined || found === undefined || more.length > 0) return undefined;
  const paper = papers.getDocument(found.uri);
  const title = paper && writtenTitle(paper.data);
  if (paper === undefined || title === undefined) return undefined;
  const config = papers.configFor(paper.uri);
  // An item the paper does not define has no kind to name: it is written as it is.
  const nameOf = (item: CitedItem) =>
    paper.definitionsById.has(item.first) ? kindName(item.kind, paper.type, config) : '';
  return { items: inWords(items, nameOf), title };
}

/**
 * "finding F1 and recommendations R2, R3 and R5": each run of items of one
 * kind named once, in the plural when it holds more than one ID.
 */
export function inWords(items: readonly CitedItem[], nameOf: (item: CitedItem) => string): string {
  const runs: { name: string; items: CitedItem[] }[] = [];
  for (const item of items) {
    const name = nameOf(item);
    const run = runs[runs.length - 1];
    if (run !== undefined && run.name === name) run.items.push(item);
    else runs.push({ name, items: [item] });
  }
  return list(
    runs.map((run) => {
      const ids = list(
        run.items.map((item) => (item.first === item.last ? item.first : `${item.first} to ${item.last}`)),
      );
      if (run.name === '') return ids;
      const several = run.items.length > 1 || run.items[0]!.first !== run.items[0]!.last;
      return `${several ? plural(run.name) : run.name} ${ids}`;
    }),
  );
}

/** "a", "a and b", "a, b and c". */
function list(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function plural(name: string): string {
  return name.endsWith('y') && !/[aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`;
}
