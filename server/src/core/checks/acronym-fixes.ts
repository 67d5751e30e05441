import { CONFIG_FILE_NAME, type ResolvedConfig } from '../config';
import { addAcronymEdit } from '../config-file-edits';
import type { ParsedDocument } from '../document';
import { offsetsRange } from '../document-positions';
import type { AcronymUse } from '../parse/acronyms';
import type { Fix } from '../types';

/**
 * The quick fixes for an acronym that is not spelt out at its first use:
 * spell it out there (a fill-in for the full name, which `placeholder-left`
 * reports until the author writes the name), or, for an acronym every reader
 * of the council's papers knows, add it to the config's known acronyms.
 */
export function acronymFixes(document: ParsedDocument, first: AcronymUse, config: ResolvedConfig): Fix[] {
  const fixes = [spellOutHere(document, first)];
  const edit = config.file && addAcronymEdit(config.file, first.acronym);
  if (edit)
    fixes.push({
      title: `Add ${first.acronym} to the known acronyms in ${CONFIG_FILE_NAME}`,
      edits: [],
      otherFiles: [edit],
      safe: false,
    });
  return fixes;
}

/** The name to fill in before the acronym, which goes in brackets: `[Insert the full name] (ABC)`; a plural stays plural, (LAs). */
export const SPELL_OUT_FILL_IN = '[Insert the full name]';

function spellOutHere(document: ParsedDocument, use: AcronymUse): Fix {
  const { text } = document.lines;
  const end = use.end < use.wordEnd && text[use.end] === 's' ? use.end + 1 : use.end;
  const written = text.slice(use.start, end);
  return {
    title: `Spell out ${use.acronym} here`,
    edits: [{ range: offsetsRange(document, use.start, end), newText: `${SPELL_OUT_FILL_IN} (${written})` }],
    safe: false,
  };
}
