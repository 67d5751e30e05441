import type { LinkedCheckDocument } from './checks/check';
import { documentIdRangeIn, writesDocumentId, type ParsedDocument } from './document';
import { parseYamlWithPositions } from './parse/yaml-with-positions';
import { detached } from './text/detached';
import type { Range } from './types';

/**
 * What is kept of a document once its own checks have run and its text is
 * let go (`Workspace.release`): what the checks that read other documents
 * need of it, and nothing that holds on to its text. Its strings are
 * detached copies (see `text/detached.ts`), its lines only their offsets.
 * Where the front matter writes its id is found, as for a parsed document,
 * only when a diagnostic needs it, from a copy of the front matter alone.
 */
export function releasedDocument(document: ParsedDocument): LinkedCheckDocument {
  const lines = document.lines.withoutText();
  return {
    uri: document.uri,
    type: document.type,
    documentId: detached(document.documentId),
    documentIdRange: idRangeWithoutText(document, lines),
    lines,
    // Without each definition's text. IDs and kinds are too short for V8 to keep as views (under 13 characters).
    definitions: document.definitions.map(({ id, kind, number, start, end }) => ({ id, kind, number, start, end })),
    definitionsById: new Set(document.definitionsById.keys()),
    references: document.references.map((reference) =>
      reference.documentId === undefined ? reference : { ...reference, documentId: detached(reference.documentId) },
    ),
    suppressions: document.suppressions,
  };
}

function idRangeWithoutText(document: ParsedDocument, lines: LinkedCheckDocument['lines']): () => Range | undefined {
  const { frontMatter } = document;
  if (!frontMatter || !writesDocumentId(document.data)) return () => undefined;
  const { yamlOffset, closingLine } = frontMatter;
  const yamlText = detached(document.lines.text.slice(yamlOffset, document.lines.lineStart(closingLine)));
  let range: Range | undefined | null = null;
  return () =>
    range === null ? (range = documentIdRangeIn(parseYamlWithPositions(yamlText), yamlOffset, lines)) : range;
}
