import { lineNumber } from '../document-positions';
import { KNOWN_ACRONYMS } from '../parse/known-acronyms';
import { CONFIG_FILE_NAME, type ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import { scanAcronyms, type AcronymDefinition, type AcronymUse } from '../parse/acronyms';
import type { Range } from '../types';

export interface AcronymHover {
  /** Markdown: the full name and where the document spells it out, or why it need not, or how to. */
  readonly markdown: string;
  /** The word the acronym is written in (DfE's, LAs). */
  readonly range: Range;
}

/**
 * Over an acronym (as `acronym-undefined` counts them): what it stands for and
 * where the document spells it out; else whether it needs spelling out at all,
 * in the check's terms (headings are labels, not first uses). Computed on
 * request, so it may read the whole document again.
 */
export function acronymHoverAt(
  document: ParsedDocument,
  offset: number,
  config: ResolvedConfig,
): AcronymHover | undefined {
  const under = acronymUseAt(document, offset);
  if (!under) return undefined;
  const { acronym } = under;
  const range = document.lines.range(under.start, under.wordEnd);
  let first: AcronymUse | undefined;
  let definition: AcronymDefinition | undefined;
  scanAcronyms(document, (use) => {
    if (use.acronym !== acronym) return true;
    definition = use.definition();
    if (!use.label) first ??= use;
    return definition === undefined;
  });
  const name = `**${acronym}**`;
  if (definition) {
    const spelt = lineNumber(document, definition.start);
    const early =
      first && first.start < definition.start
        ? `, but first used on line ${lineNumber(document, first.start)}: spell it out at its first use, or move the definition up.`
        : '.';
    return { markdown: `${name}: ${definition.expansion}\n\nSpelt out on line ${spelt}${early}`, range };
  }
  if (KNOWN_ACRONYMS.has(acronym))
    return { markdown: `${name} is a widely known abbreviation: it need not be spelt out.`, range };
  if (config.acronyms.includes(acronym)) {
    return {
      markdown: `${name} need not be spelt out: the council's config (\`${CONFIG_FILE_NAME}\`) lists it under \`acronyms\`.`,
      range,
    };
  }
  if (!first)
    return {
      markdown: `${name} is not spelt out in this document, but it is used only in headings, which are labels: a use in the text would need spelling out.`,
      range,
    };
  return {
    markdown: `${name} is not spelt out anywhere in this document: at its first use (line ${lineNumber(document, first.start)}), write the full name followed by (${acronym}).`,
    range,
  };
}

/** The acronym use whose word holds the offset, looking only in the prose block around it. */
function acronymUseAt(document: ParsedDocument, offset: number): AcronymUse | undefined {
  const line = document.lines.positionAt(offset).line;
  const block = document.markdown.prose.find((candidate) => candidate.startLine <= line && line < candidate.endLine);
  if (!block) return undefined;
  let found: AcronymUse | undefined;
  scanAcronyms(
    document,
    (use) => {
      if (use.start > offset) return false;
      if (offset <= use.wordEnd) found = use;
      return found === undefined;
    },
    [block],
  );
  return found;
}
