/** The scopes the grammar adds, named once so the tests read as the table in syntaxes/README.md does. */
export const DEFINITION = 'markup.bold.definition.committee-report';
export const DEFINITION_ID = 'entity.name.type.id.committee-report';
export const BOLD_BEGIN = 'punctuation.definition.bold.begin.committee-report';
export const BOLD_END = 'punctuation.definition.bold.end.committee-report';
export const ID_SEPARATOR = 'punctuation.separator.id.committee-report';

export const REFERENCE = 'meta.reference.committee-report';
export const REFERENCE_BEGIN = 'punctuation.definition.reference.begin.committee-report';
export const REFERENCE_END = 'punctuation.definition.reference.end.committee-report';
export const REFERENCE_ID = 'variable.other.constant.id.committee-report';
export const DOCUMENT_ID = 'entity.name.namespace.document-id.committee-report';
export const DOCUMENT_SEPARATOR = 'punctuation.separator.document-id.committee-report';
export const LIST_SEPARATOR = 'punctuation.separator.list.committee-report';
export const RANGE_SEPARATOR = 'punctuation.separator.range.committee-report';
