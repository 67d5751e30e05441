import { fileNameOf } from '../document-names';
import type { TextEdit } from '../types';
import type { Workspace } from '../workspace';
import type { IdTarget } from './navigation';

export type RenameResult = { readonly edits: ReadonlyMap<string, readonly TextEdit[]> } | { readonly refusal: string };

const ID = /^([A-Z]{1,3})([1-9]\d*)$/;

/**
 * Renames an ID everywhere: its definition and every reference to it, in any
 * document. Refused, with the reason, when the result would not mean the
 * same: a new name that is taken, of another kind, or not an ID, or a
 * reference that cites the ID through a range ([F1-F3] cannot be renamed
 * exactly).
 */
export function renameId(workspace: Workspace, target: IdTarget, newId: string): RenameResult {
  const wanted = ID.exec(newId.trim());
  const kind = ID.exec(target.id)![1];
  const documents = workspace
    .documentsWithId(target.documentId)
    .map((linked) => workspace.getDocument(linked.uri))
    .filter((d) => d !== undefined);
  // The kinds of the document that defines the ID, which its folder's config names.
  const kinds = (documents[0] ? workspace.configFor(documents[0].uri) : workspace.configuration).kinds;
  if (!wanted || !kinds.has(wanted[1]!))
    return { refusal: `'${newId}' is not an ID: write a kind and a number, such as ${kind}7.` };
  if (wanted[1] !== kind)
    return {
      refusal: `${target.id} is a ${kind} ID: rename it to another ${kind} number, such as ${kind}7, so what cites it keeps its meaning.`,
    };
  if (documents.some((document) => document.definitionsById.has(newId)))
    return { refusal: `${newId} already exists in ${target.documentId}: choose a number that is not used.` };
  // A citation of the new ID that resolves to nothing now would resolve to the renamed item: a change of meaning.
  const capture = citationOf(workspace, target.documentId, newId);
  if (capture)
    return {
      refusal: `${newId} is already cited in ${capture}, though it is not defined: renaming ${target.id} to it would make that citation point here. Choose another number, or correct that citation first.`,
    };

  const edits = new Map<string, TextEdit[]>();
  const add = (uri: string, edit: TextEdit) => edits.set(uri, [...(edits.get(uri) ?? []), edit]);
  for (const document of documents) {
    for (const definition of document.definitionsById.get(target.id) ?? []) {
      add(document.uri, { range: document.lines.range(definition.idStart, definition.idEnd), newText: newId });
    }
  }
  const citing = new Set(workspace.citationsOf(target.documentId, target.id).map((citation) => citation.uri));
  for (const uri of citing) {
    const document = workspace.getDocument(uri);
    if (!document) continue;
    for (const reference of document.references) {
      if ((reference.documentId ?? document.documentId) !== target.documentId || reference.id !== target.id) continue;
      if (reference.inRange) {
        const line = document.lines.positionAt(reference.start).line + 1;
        return {
          refusal: `${target.id} is cited through a range in ${fileNameOf(uri)}, line ${line}: write the range out as a list first, then rename.`,
        };
      }
      add(uri, { range: document.lines.range(reference.idStart, reference.idEnd), newText: newId });
    }
  }
  return { edits };
}

/** Where an ID of a document is first cited, as `file, line N`, or undefined when nothing cites it. */
function citationOf(workspace: Workspace, documentId: string, id: string): string | undefined {
  for (const { uri } of workspace.citationsOf(documentId, id)) {
    const document = workspace.getDocument(uri);
    const reference = document?.references.find(
      (candidate) => (candidate.documentId ?? document.documentId) === documentId && candidate.id === id,
    );
    if (document && reference) return `${fileNameOf(uri)}, line ${document.lines.positionAt(reference.start).line + 1}`;
  }
  return undefined;
}
