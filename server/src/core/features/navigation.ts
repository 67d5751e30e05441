import { kindName } from '../kinds';
import type { ParsedDocument } from '../document';
import { fileNameOf } from '../document-names';
import type { Range } from '../types';
import type { Workspace } from '../workspace';

/** An ID in a document: what a reference names, or what a definition defines. */
export interface IdTarget {
  readonly documentId: string;
  readonly id: string;
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/** The ID under the cursor, in a reference or a definition, with the span it occupies. */
export function idAt(document: ParsedDocument, offset: number): { target: IdTarget; range: Range } | undefined {
  const { lines } = document;
  // Prefer the ID as written (F3 in [F1, F3]); an ID inside a range has only the range's span.
  const references = document.references.filter((reference) => reference.start <= offset && offset <= reference.end);
  const reference =
    references.find((r) => r.idStart !== -1 && r.idStart <= offset && offset <= r.idEnd) ?? references[0];
  if (reference) {
    const start = reference.idStart !== -1 ? reference.idStart : reference.start;
    const end = reference.idStart !== -1 ? reference.idEnd : reference.end;
    return {
      target: { documentId: reference.documentId ?? document.documentId, id: reference.id },
      range: lines.range(start, end),
    };
  }
  const definition = document.definitions.find((d) => d.start <= offset && offset <= d.end);
  if (definition)
    return {
      target: { documentId: document.documentId, id: definition.id },
      range: lines.range(definition.idStart, definition.idEnd),
    };
  return undefined;
}

/** Where the ID is defined: in every document with that document id (more than one is itself an error). */
export function definitionsOf(workspace: Workspace, target: IdTarget): Location[] {
  return workspace.documentsWithId(target.documentId).flatMap((linked) => {
    const document = workspace.getDocument(linked.uri);
    return (document?.definitionsById.get(target.id) ?? []).map((definition) => ({
      uri: linked.uri,
      range: document!.lines.range(definition.idStart, definition.idEnd),
    }));
  });
}

/** Every reference to the ID, in any document, each at the ID as written (or its range). */
export function referencesTo(workspace: Workspace, target: IdTarget): Location[] {
  const uris = new Set(workspace.citationsOf(target.documentId, target.id).map((citation) => citation.uri));
  return [...uris].flatMap((uri) => {
    const document = workspace.getDocument(uri);
    if (!document) return [];
    return document.references
      .filter(
        (reference) =>
          (reference.documentId ?? document.documentId) === target.documentId && reference.id === target.id,
      )
      .map((reference) => ({
        uri,
        range:
          reference.idStart !== -1
            ? document.lines.range(reference.idStart, reference.idEnd)
            : document.lines.range(reference.start, reference.end),
      }));
  });
}

/**
 * What a reviewer wants to see over an ID: the definition's words, where it
 * is, and who else cites it. Markdown, for the editor's hover.
 */
export function hoverFor(workspace: Workspace, target: IdTarget): string | undefined {
  const found = workspace.documentsWithId(target.documentId).flatMap((linked) => {
    const document = workspace.getDocument(linked.uri);
    const definition = document?.definitionsById.get(target.id)?.[0];
    return document && definition ? [{ document, definition }] : [];
  })[0];
  if (!found) return undefined;
  const { document, definition } = found;
  const line = document.lines.positionAt(definition.start).line + 1;
  const what = kindName(definition.kind, document.type, workspace.configFor(document.uri));
  const citations = workspace
    .citationsOf(target.documentId, target.id)
    .filter((citation) => citation.citingKind !== null);
  const documents = new Set(citations.map((citation) => citation.uri)).size;
  const citedBy =
    citations.length === 0
      ? `No ${what === 'finding' ? 'recommendation or resolution' : 'other item'} cites it.`
      : `Cited by ${plural(citations.length, 'item')} in ${plural(documents, 'document')}.`;
  return [
    `**${definition.id}** (${what}) ${definition.text}`,
    '',
    `${fileNameOf(document.uri)}, line ${line}. ${citedBy}`,
  ].join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
