import type { ParsedDocument } from '../document';
import { fileNameOf } from '../document-names';
import type { FileEdit, TextEdit } from '../types';
import type { Workspace } from '../workspace';
import { lockReason } from './locks';
import { changesOf, numberInOrder, type IdChange } from './numbering';
import { renumberParagraphs, type ParagraphChange } from './paragraphs';
import { referenceEdits } from './reference-edits';

export interface RenumberOptions {
  /** The kinds to renumber (`F`, `R`); by default every kind the config knows. */
  readonly kinds?: readonly string[];
  /** The number each kind starts from (1 by default), as for a report carrying on from an earlier one's findings. */
  readonly start?: number;
  /** Renumber the numbered paragraphs (`3.1`, `3.2`) within each section too, and their mentions. */
  readonly paragraphs?: boolean;
  /** Renumber locked IDs too, changing them wherever they are cited. */
  readonly force?: boolean;
}

export interface RenumberPlan {
  readonly uri: string;
  /** Each ID whose number changes, in document order. */
  readonly changes: readonly IdChange[];
  /** Each numbered paragraph whose number changes, in document order. */
  readonly paragraphChanges: readonly ParagraphChange[];
  /** How many paragraph numbers only change their style, to the document's (`2.3` → `2.3.`). */
  readonly paragraphsRestyled: number;
  /** Why each locked ID that a forced plan moves was locked. */
  readonly overriddenLocks: readonly string[];
  /** The edits, one entry per document that changes (the renumbered one first), each counted in `basedOn`. */
  readonly files: readonly FileEdit[];
}

export type RenumberResult =
  | { readonly plan: RenumberPlan }
  /** `forceable` when only locked numbers stand in the way, so `force` would renumber. */
  | { readonly refusal: string; readonly forceable?: boolean };

/**
 * Numbers one document's IDs of each kind in document order from 1 (or
 * `start`), and every reference to them, in this document and in every other
 * that cites it; with `paragraphs`, its numbered paragraphs too (see
 * `renumberParagraphs`). Refused, with the reason, when the result would not mean the same
 * (an ID defined twice, two documents with one id, a citation of a missing
 * ID that the new numbers would capture), or would move a locked number
 * (see `lockReason`) unless `force` is given.
 */
export function renumberPlan(workspace: Workspace, uri: string, options: RenumberOptions = {}): RenumberResult {
  const document = workspace.getDocument(uri);
  if (!document) return { refusal: `${fileNameOf(uri)} is not in the workspace: open or save it first.` };
  const kinds = new Set(options.kinds ?? workspace.configFor(uri).kinds.keys());
  const start = options.start ?? 1;
  const numbers = numberInOrder(document.definitions, kinds, start);
  const refusal = ambiguity(workspace, document, numbers, start);
  if (refusal) return { refusal };
  const paragraphs =
    options.paragraphs === true ? renumberParagraphs(document) : { changes: [], restyled: 0, edits: [] };
  if ('refusal' in paragraphs) return paragraphs;
  const changes = changesOf(document.definitions, numbers);
  const locks = changes.flatMap((change) => {
    const reason = lockReason(workspace, document, change.from);
    return reason === undefined ? [] : [`${reason}; renumbering in order would make it ${change.to}.`];
  });
  if (locks.length > 0 && options.force !== true)
    return { refusal: `${locks.join(' ')} Published and locked numbers cannot change.`, forceable: true };
  const files = fileEdits(workspace, document, changes, paragraphs.edits);
  return {
    plan: {
      uri,
      changes,
      paragraphChanges: paragraphs.changes,
      paragraphsRestyled: paragraphs.restyled,
      overriddenLocks: locks,
      files,
    },
  };
}

/** Why the plan could change what a reference means, or undefined when it cannot. */
function ambiguity(
  workspace: Workspace,
  document: ParsedDocument,
  numbers: ReadonlyMap<string, number>,
  start: number,
) {
  const { documentId } = document;
  const sharing = workspace.documentsWithId(documentId).filter((other) => other.uri !== document.uri);
  if (sharing.length > 0)
    return `${fileNameOf(sharing[0]!.uri)} has the same document id, ${documentId}: give each document its own id first, so it is clear which one a reference cites.`;
  for (const [id, definitions] of document.definitionsById) {
    if (definitions.length > 1 && numbers.has(id)) {
      const lines = definitions.map((definition) => document.lines.positionAt(definition.start).line + 1);
      return `${id} is defined more than once (lines ${lines.join(' and ')}): give each its own number first, so it is clear which one a reference cites.`;
    }
  }
  // A citation of a number nothing defines now would cite whatever takes that number.
  const counts = new Map<string, number>();
  for (const definition of document.definitions)
    if (numbers.has(definition.id)) counts.set(definition.kind, (counts.get(definition.kind) ?? 0) + 1);
  for (const [kind, count] of counts) {
    for (let number = start; number < start + count; number++) {
      const id = `${kind}${number}`;
      if (document.definitionsById.has(id)) continue;
      const citation = workspace.citationsOf(documentId, id)[0];
      if (citation)
        return `${id} is cited in ${whereCited(workspace, citation.uri, documentId, id)}, but this document does not define it: renumbered, that citation would point to whatever becomes ${id}. Correct or remove it first.`;
    }
  }
  return undefined;
}

/** `file, line N` of the first reference in a document to an ID of `documentId`. */
function whereCited(workspace: Workspace, uri: string, documentId: string, id: string): string {
  const citing = workspace.getDocument(uri);
  const reference = citing?.references.find(
    (candidate) => (candidate.documentId ?? citing.documentId) === documentId && candidate.id === id,
  );
  return reference ? `${fileNameOf(uri)}, line ${reference.line + 1}` : fileNameOf(uri);
}

/** The edits to every document the changes reach: the definitions here, and every reference to them. */
function fileEdits(
  workspace: Workspace,
  document: ParsedDocument,
  changes: readonly IdChange[],
  paragraphEdits: readonly TextEdit[],
): FileEdit[] {
  if (changes.length === 0 && paragraphEdits.length === 0) return [];
  const newNumbers = new Map(changes.map((change) => [change.from, Number(/\d+$/.exec(change.to)![0])]));
  const newNumberOf = (id: string) => newNumbers.get(id);
  const citing = new Set([document.uri]);
  for (const change of changes)
    for (const citation of workspace.citationsOf(document.documentId, change.from)) citing.add(citation.uri);
  const files: FileEdit[] = [];
  for (const uri of citing) {
    const citer = workspace.getDocument(uri);
    if (!citer) continue;
    const edits: TextEdit[] = referenceEdits(citer, document.documentId, newNumberOf);
    if (citer === document) edits.push(...definitionEdits(document, newNumbers), ...paragraphEdits);
    if (edits.length === 0) continue;
    edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    files.push({ uri, edits, basedOn: citer.lines.text });
  }
  return files;
}

function definitionEdits(document: ParsedDocument, newNumbers: ReadonlyMap<string, number>): TextEdit[] {
  return document.definitions.flatMap((definition) => {
    const number = newNumbers.get(definition.id);
    return number === undefined
      ? []
      : [{ range: document.lines.range(definition.idStart, definition.idEnd), newText: `${definition.kind}${number}` }];
  });
}
