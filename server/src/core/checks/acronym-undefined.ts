import type { DocumentCheck } from './check';
import { KNOWN_ACRONYMS } from './known-acronyms';
import { offsetsRange } from './positions';
import { scanAcronyms } from '../parse/acronyms';

/**
 * GOV.UK style: spell an acronym out at its first use. The first use of each
 * acronym in the prose (headings included, in document order) must define it,
 * as "Full Name (ABC)" or "ABC (Full Name)", or come after such a definition.
 * What counts as an acronym, and as a definition, is in `parse/acronyms.ts`,
 * shared with the hover. One pass over the prose; a Map holds each acronym's
 * state, and only a first use is read as a possible definition.
 */
export const acronymUndefined: DocumentCheck = {
  code: 'acronym-undefined',
  defaultSeverity: 'warning',
  description: 'An acronym is used before it is spelt out as "Full Name (ABC)" or "ABC (Full Name)".',
  run({ document, config }, report) {
    const allowed = new Set<string>(config.acronyms);
    // true: defined or allowed; false: already reported.
    const seen = new Map<string, boolean>();
    scanAcronyms(document, (use) => {
      const { acronym } = use;
      if (seen.has(acronym) || KNOWN_ACRONYMS.has(acronym) || allowed.has(acronym)) return;
      const defined = use.definition() !== undefined;
      seen.set(acronym, defined);
      if (!defined) {
        report({
          range: offsetsRange(document, use.start, use.end),
          message: `${acronym} is not spelt out: at its first use write the full name followed by (${acronym}).`,
        });
      }
    });
  },
};
