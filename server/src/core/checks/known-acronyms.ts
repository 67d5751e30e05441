/**
 * Acronyms that readers of UK local government papers know without being told,
 * so `acronym-undefined` never asks for them to be spelt out. Kept short on
 * purpose: GOV.UK style spells out everything else at first use. A workspace
 * adds its own with `acronyms:` in `.committee-reports.yaml`.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'UK', 'GB', 'EU', 'UN',
  'NHS', 'GP', 'MP', 'BBC',
  'VAT', 'COVID',
  'PDF', 'URL', 'ID', 'TV',
  'OK', 'AM', 'PM',
]);

/**
 * Capitals that are not acronyms: placeholders (reported by `placeholder-left`)
 * and common words written in capitals for emphasis ("must NOT be").
 */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set([
  'TBC', 'TBA', 'TBD',
  'NOT', 'AND', 'OR', 'NO', 'YES', 'ALL', 'ANY', 'NONE', 'MUST', 'ONLY', 'NEVER', 'NOTE', 'THE', 'OF', 'TO', 'BE', 'IS', 'ARE', 'WILL', 'SHALL', 'SHOULD',
]);
