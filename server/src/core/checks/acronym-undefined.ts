import { lineNumber, offsetsRange } from '../document-positions';
import { scanAcronyms, type AcronymUse } from '../parse/acronyms';
import { KNOWN_ACRONYMS } from '../parse/known-acronyms';
import { acronymFixes } from './acronym-fixes';
import type { DocumentCheck } from './check';

/** An acronym whose first use in the text comes before any definition, and where it is spelt out later, if it is. */
interface Undefined {
  readonly first: AcronymUse;
  spelt: number | undefined;
}

/**
 * GOV.UK style: spell an acronym out at its first use. The first use of each
 * acronym in the text must define it, as "Full Name (ABC)" or "ABC (Full
 * Name)", or come after such a definition (in the text or in a heading).
 * Headings are labels, not first uses: an acronym used only in headings is
 * never reported. What counts as an acronym, and as a definition, is in
 * `parse/acronyms.ts`, shared with the hover.
 *
 * One pass over the prose. An acronym used before it is defined is followed
 * to its definition, so the message can say where that is: reading a use as
 * a definition costs only the few hundred characters around it.
 */
export const acronymUndefined: DocumentCheck = {
  code: 'acronym-undefined',
  defaultSeverity: 'warning',
  description: 'An acronym is used before it is spelt out as "Full Name (ABC)" or "ABC (Full Name)".',
  run({ document, config }, report) {
    const allowed = new Set<string>(config.acronyms);
    const defined = new Set<string>();
    const undefinedAcronyms = new Map<string, Undefined>();
    scanAcronyms(document, (use) => {
      const { acronym } = use;
      if (defined.has(acronym) || KNOWN_ACRONYMS.has(acronym) || allowed.has(acronym)) return;
      const found = undefinedAcronyms.get(acronym);
      if (found) {
        if (found.spelt === undefined) found.spelt = use.definition()?.start;
      } else if (use.definition()) defined.add(acronym);
      else if (!use.label) undefinedAcronyms.set(acronym, { first: use, spelt: undefined });
    });
    for (const [acronym, { first, spelt }] of undefinedAcronyms) {
      const used = lineNumber(document, first.start);
      report({
        range: offsetsRange(document, first.start, first.end),
        message:
          spelt === undefined
            ? `${acronym} is not spelt out anywhere in this document: write the full name followed by (${acronym}) here, at its first use.`
            : `${acronym} is used on line ${used} before it is spelt out on line ${lineNumber(document, spelt)}: spell it out at its first use, or move the definition up.`,
        fixes: acronymFixes(document, first, config),
      });
    }
  },
};
