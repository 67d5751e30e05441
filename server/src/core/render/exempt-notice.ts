import type { ParsedDocument } from '../document';

/**
 * Whether a document must not be published: any `exempt` but `false` (or
 * none). A malformed `exempt` counts too: front-matter-schema reports it, and
 * until it is put right the safe reading is that the report is exempt.
 */
export function isExempt(document: ParsedDocument): boolean {
  const exempt = document.data['exempt'];
  return exempt !== undefined && exempt !== null && exempt !== false;
}

/**
 * The notice an exempt report carries at the top: "NOT FOR PUBLICATION by
 * virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act
 * 1972". Part 1 of Schedule 12A holds England's paragraphs and Part 4 those
 * of Wales, so `jurisdiction: wales` gives Part 4. Without paragraphs that
 * can be read, the notice names none rather than guess.
 */
export function exemptNotice(document: ParsedDocument): string | undefined {
  if (!isExempt(document)) return undefined;
  const exempt = document.data['exempt'];
  const fields = typeof exempt === 'object' && exempt !== null ? (exempt as Record<string, unknown>) : {};
  const part = fields['jurisdiction'] === 'wales' ? 4 : 1;
  const paragraphs = Array.isArray(fields['paragraphs'])
    ? fields['paragraphs'].filter((p) => typeof p === 'string' || typeof p === 'number').map(String)
    : [];
  const which =
    paragraphs.length === 0
      ? ''
      : `${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${listInWords(paragraphs)} of `;
  return `NOT FOR PUBLICATION by virtue of ${which}Part ${part} of Schedule 12A to the Local Government Act 1972`;
}

/** "3", "3 and 5", "1, 3 and 5". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
