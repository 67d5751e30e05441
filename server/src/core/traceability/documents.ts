import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import { kindName } from '../kinds';
import type { Definition } from '../parse/definitions';
import { dateValue } from './dates';
import type { TraceItem } from './model';

/** What every item of a document shares: where it is and which meeting it went to. */
export interface DocumentFacts {
  readonly uri: string;
  readonly documentId: string;
  readonly documentType: ParsedDocument['type'];
  readonly documentTitle?: string;
  readonly committee?: string;
  readonly meeting?: string;
}

/** The front matter the model needs, taken as written when it is valid and left out when it is not. */
export function documentFacts(document: ParsedDocument): DocumentFacts {
  const { data } = document;
  const title = textValue(data['title']);
  const committee = textValue(data['committee']);
  const meeting = dateValue(data['meeting']);
  return {
    uri: document.uri,
    documentId: document.documentId,
    documentType: document.type,
    ...(title === undefined ? {} : { documentTitle: title }),
    ...(committee === undefined ? {} : { committee }),
    ...(meeting === undefined ? {} : { meeting }),
  };
}

/** A scrutiny report's `response_due` as written, when it is a real date. */
export function writtenResponseDue(document: ParsedDocument): string | undefined {
  return document.type === 'scrutiny' ? dateValue(document.data['response_due']) : undefined;
}

/** A scrutiny report's `addressee`, who owes the response, when it is given. */
export function addresseeOf(document: ParsedDocument): string | undefined {
  return document.type === 'scrutiny' ? textValue(document.data['addressee']) : undefined;
}

/** A definition as an item of the model. */
export function traceItem(
  facts: DocumentFacts,
  document: ParsedDocument,
  definition: Definition,
  config: ResolvedConfig,
): TraceItem {
  // Object.assign, not a spread: V8 copies with it several times faster, and a workspace has thousands of items.
  return Object.assign({}, facts, {
    id: definition.id,
    kind: kindName(definition.kind, facts.documentType, config),
    text: definition.text,
    range: document.lines.range(definition.idStart, definition.idEnd),
  });
}

function textValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
