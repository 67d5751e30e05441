/**
 * Every check's code, in the registry's order (`checks/index.ts`). A plain
 * list, so that reading the config, which names checks in `rules:`, does not
 * load the checks, which themselves read the config. A test keeps the two the
 * same, and a check whose code is not here does not compile.
 */
export const CHECK_CODES = [
  'front-matter',
  'front-matter-schema',
  'front-matter-unknown-key',
  'section-missing',
  'section-empty',
  'section-none-without-reason',
  'section-duplicate',
  'section-order',
  'section-alias',
  'id-duplicate',
  'id-sequence',
  'ref-unresolved',
  'ref-malformed',
  'ref-unknown-document',
  'document-id-duplicate',
  'finding-unaddressed',
  'recommendation-uncited',
  'appendix-ref',
  'para-sequence',
  'acronym-undefined',
  'placeholder-left',
  'exempt-consistency',
  'summary-length',
  'heading-levels',
  'sentence-repeated',
  'image-alt-missing',
  'table-header-missing',
  'encoding-invalid',
  'file-not-checked',
  'config-invalid',
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];
