import type { ParsedDocument } from '../document';
import { maskInlineSyntax } from '../parse/inline-scan';
import { locate } from '../schema/yaml-locate';
import type { Fix } from '../types';
import { yamlLibrary } from '../yaml-library';
import type { DocumentCheck } from './check';

/** One appendix id as the prose mentions it, with where to report it. */
interface Mention {
  /** Normalised id: upper case, no quotes. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** `Appendix`, `Appendices`, `Annex`, `Annexes`, as whole words. */
const MAYBE_APPENDIX = /appendi|annex/i;
const KEYWORD = /(?<![\p{L}\p{N}_])(?:appendix|appendices|annex(?:es)?)(?![\p{L}\p{N}_])/giu;
/**
 * An id: a capital letter or a number, or a letter of either case in quotes.
 * Not followed by a letter or digit ("Appendix Analysis" holds no id).
 */
const QUOTE = `['"\u2018\u2019\u201C\u201D]`;
const ID = `(?:(${QUOTE})([A-Za-z]|\\d{1,4})${QUOTE}|([A-Z]|\\d{1,4}))(?![\\p{L}\\p{N}_])`;
const FIRST_ID = new RegExp(`\\s+${ID}`, 'uy');
// No `i` flag here: it would let an unquoted small letter ("and a map") pass for an id.
const LIST_ID = new RegExp(`(?:\\s*,\\s*(?:(?:and|or)\\s+|&\\s*)?|\\s+(?:and|or)\\s+|\\s*&\\s*)${ID}`, 'uy');
const RANGE_ID = new RegExp(`(?:\\s*[-\u2013\u2014]\\s*|\\s+to\\s+)${ID}`, 'uy');
/**
 * "… of the inspection pack", "… to the Cabinet report", and the same after a
 * comma: another document's appendix. After a comma or an opening bracket, so
 * is one placed in another paper: "Appendix G, Item 13 on the agenda",
 * ", agenda item 7", ", Part 2", ", minute 19", ", report 12".
 * "Appendix A, which sets out …" stays local.
 */
const QUALIFIED_AFTER = new RegExp(
  String.raw`(?:\s*,\s*|\s+)(?:of|to\s+the)(?![\p{L}\p{N}_])` +
    String.raw`|\s*[,(]\s*(?:(?:agenda\s+)?item|minute|report|paper|part)\s+(?:no\.?\s*)?(?:\d|[IVX]{1,6}(?![\p{L}\p{N}_]))`,
  'iuy',
);
/** "… of this report", "…, to this document": still this document's own. */
const LOCAL_AFTER = /(?:\s*,\s*|\s+)(?:of|to)\s+this\s+(?:report|document)(?![\p{L}\p{N}_])/iuy;
/** "Part 3 Appendix 12" (a part of another document, such as the Constitution). */
const PART_BEFORE = /(?<![\p{L}\p{N}_])part\s+(?:\d+[A-Z]?|[IVX]+)\s+$/iu;
/** "the Constitution's Appendix 4"; "this report's Appendix A" stays local. */
const POSSESSIVE_BEFORE = /[\p{L}\p{N}]['\u2019]s\s+$/u;
const THIS_DOCUMENT_BEFORE = /(?<![\p{L}\p{N}_])this\s+(?:report|document)['\u2019]s\s+$/iu;
/** Enough text before a mention to see "Part 12 " or "Constitution's ". */
const LOOK_BEHIND = 40;
/** A range longer than this ("Appendices 1 to 9999") is read as its two ends only. */
const MAX_RANGE = 52;

export const appendixRef: DocumentCheck = {
  code: 'appendix-ref',
  defaultSeverity: 'warning',
  description:
    'An appendix the text refers to is not declared in the front matter, or a declared appendix is never referred to.',
  run({ document }, report) {
    const frontMatter = document.frontMatter;
    if (!frontMatter || frontMatter.data === undefined) return;
    // Minutes declare no appendices of their own: an appendix they name is the report's.
    if (document.type === 'minutes' && !('appendices' in document.data)) return;
    const declaredValue = document.data['appendices'];
    // A malformed list is the schema check's business; guessing at it would only add noise.
    if (declaredValue !== undefined && declaredValue !== null && !Array.isArray(declaredValue)) return;
    const declared = ((declaredValue as unknown[] | null | undefined) ?? []).map((entry) =>
      entry !== null &&
      typeof entry === 'object' &&
      ['string', 'number'].includes(typeof (entry as Record<string, unknown>)['id'])
        ? normaliseId(String((entry as Record<string, unknown>)['id']))
        : undefined,
    );
    const declaredIds = new Set(declared.filter((id): id is string => id !== undefined));

    const mentions = findMentions(document);
    const referenced = new Set<string>();
    for (const mention of mentions) {
      if (referenced.has(mention.id)) continue;
      referenced.add(mention.id);
      if (declaredIds.has(mention.id)) continue;
      report({
        range: document.lines.range(mention.start, mention.end),
        message: `Appendix ${mention.id} is referred to here but is not declared in the front matter: add it to 'appendices' with its title, or correct the reference.`,
        fixes: [declareFix(document, mention.id)],
      });
    }

    declared.forEach((id, index) => {
      if (id === undefined || referenced.has(id)) return;
      const yamlDocument = frontMatter.yaml();
      const { found } = locate(yamlDocument, ['appendices', index, 'id']);
      const at = found.value ?? found.key;
      const range = at
        ? document.lines.range(frontMatter.yamlOffset + at[0], frontMatter.yamlOffset + at[1])
        : frontMatter.openingRange;
      report({
        range,
        message: `Appendix ${id} is declared in the front matter but the text never refers to it: refer to it where its content is discussed, or remove it from 'appendices'.`,
      });
    });
  },
};

function normaliseId(id: string): string {
  return id.trim().toUpperCase();
}

/** Every local appendix mention in the prose, in document order. */
function findMentions(document: ParsedDocument): Mention[] {
  const { lines } = document;
  const appendicesHeadings = new Set(
    document.sections
      .filter((matched) => matched.section.title === 'Appendices')
      .map((matched) => matched.headingIndex),
  );
  const mentions: Mention[] = [];
  for (const block of document.markdown.prose) {
    if (block.kind === 'heading' && block.headingIndex !== undefined && appendicesHeadings.has(block.headingIndex))
      continue;
    const base = lines.lineStart(block.startLine);
    const raw = lines.textOfLines(block.startLine, block.endLine);
    // Most paragraphs mention no appendix: skip them before masking.
    if (!MAYBE_APPENDIX.test(raw)) continue;
    const text = maskInlineSyntax(raw);
    KEYWORD.lastIndex = 0;
    for (let keyword = KEYWORD.exec(text); keyword; keyword = KEYWORD.exec(text)) {
      const found = readIds(text, keyword.index, KEYWORD.lastIndex);
      if (!found) continue;
      KEYWORD.lastIndex = found.end;
      if (!found.local) continue;
      for (const mention of found.mentions)
        mentions.push({ id: mention.id, start: base + mention.start, end: base + mention.end });
    }
  }
  return mentions;
}

interface IdToken {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Reads the ids after a keyword: one, a list, or ranges. Undefined when no id follows. */
function readIds(
  text: string,
  keywordStart: number,
  keywordEnd: number,
): { mentions: IdToken[]; end: number; local: boolean } | undefined {
  const first = matchId(FIRST_ID, text, keywordEnd);
  if (!first) return undefined;
  // A single id: the whole "Appendix A". Within a list or range: the id alone.
  const groups: { tokens: IdToken[]; range: boolean }[] = [{ tokens: [first.token], range: false }];
  let end = first.end;
  for (;;) {
    const ranged = matchId(RANGE_ID, text, end);
    if (ranged) {
      const last = groups[groups.length - 1]!;
      if (!last.range) {
        last.tokens.push(ranged.token);
        last.range = true;
        end = ranged.end;
        continue;
      }
    }
    const listed = matchId(LIST_ID, text, end);
    if (!listed) break;
    groups.push({ tokens: [listed.token], range: false });
    end = listed.end;
  }
  const mentions: IdToken[] = [];
  const single = groups.length === 1 && !groups[0]!.range;
  for (const group of groups) {
    if (!group.range) {
      const token = group.tokens[0]!;
      mentions.push(single ? { id: token.id, start: keywordStart, end: token.end } : token);
    } else {
      const [from, to] = group.tokens as [IdToken, IdToken];
      for (const id of expandRange(from.id, to.id)) mentions.push({ id, start: from.start, end: to.end });
    }
  }
  return { mentions, end, local: isLocal(text, keywordStart, end) };
}

function matchId(pattern: RegExp, text: string, at: number): { token: IdToken; end: number } | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const quoted = match[1] !== undefined;
  const raw = quoted ? match[2]! : match[3]!;
  const end = pattern.lastIndex;
  const length = raw.length + (quoted ? 2 : 0);
  return { token: { id: normaliseId(raw), start: end - length, end }, end };
}

function expandRange(from: string, to: string): string[] {
  const isNumber = (id: string) => /^\d+$/.test(id);
  let low: number;
  let high: number;
  if (isNumber(from) && isNumber(to)) {
    low = Number(from);
    high = Number(to);
    if (low < high && high - low <= MAX_RANGE)
      return Array.from({ length: high - low + 1 }, (_, index) => String(low + index));
  } else if (!isNumber(from) && !isNumber(to)) {
    low = from.charCodeAt(0);
    high = to.charCodeAt(0);
    if (low < high) return Array.from({ length: high - low + 1 }, (_, index) => String.fromCharCode(low + index));
  }
  return from === to ? [from] : [from, to];
}

/** Not local: "Part 3 Appendix 12", "the Constitution's Appendix 4", "Appendix 2 of the inspection pack", "Appendix B to the Cabinet report". */
function isLocal(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  if (PART_BEFORE.test(before)) return false;
  if (POSSESSIVE_BEFORE.test(before) && !THIS_DOCUMENT_BEFORE.test(before)) return false;
  LOCAL_AFTER.lastIndex = end;
  if (LOCAL_AFTER.test(text)) return true;
  QUALIFIED_AFTER.lastIndex = end;
  return !QUALIFIED_AFTER.test(text);
}

/**
 * Declares the appendix: a new item after the last one in `appendices`, in
 * the same indentation (or in a flow list, a new entry before its `]`), else
 * a new `appendices` key before the closing `---`.
 */
function declareFix(document: ParsedDocument, id: string): Fix {
  const { lines } = document;
  const frontMatter = document.frontMatter!;
  const newline = lines.newline;
  const idText = /^\d+$/.test(id) ? `'${id}'` : id;
  const title = `<insert the title of Appendix ${id}>`;
  const insert = (offset: number, newText: string): Fix => {
    const position = lines.positionAt(offset);
    return {
      title: `Declare Appendix ${id} in the front matter`,
      edits: [{ range: { start: position, end: position }, newText }],
      safe: false,
    };
  };

  if ('appendices' in document.data) {
    const yamlDocument = frontMatter.yaml();
    const { isSeq } = yamlLibrary();
    const sequence = yamlDocument.get('appendices', true);
    if (isSeq(sequence) && sequence.flow && sequence.range) {
      const close = frontMatter.yamlOffset + sequence.range[1] - 1;
      const entry = `{ id: ${idText}, title: ${title} }`;
      return insert(close, sequence.items.length > 0 ? `, ${entry}` : entry);
    }
    const count = isSeq(sequence) ? sequence.items.length : 0;
    const { found } =
      count > 0 ? locate(yamlDocument, ['appendices', count - 1]) : locate(yamlDocument, ['appendices']);
    const anchor = count > 0 ? found.value : found.key;
    if (anchor) {
      const anchorLine = lines.positionAt(frontMatter.yamlOffset + anchor[0]).line;
      // The item ends before any trailing line break; the new one goes on the line after it.
      const itemEnd =
        count > 0
          ? lastContentOffset(lines.text, frontMatter.yamlOffset + anchor[0], frontMatter.yamlOffset + anchor[1])
          : frontMatter.yamlOffset + anchor[1];
      const lastLine = lines.positionAt(itemEnd).line;
      let dash = '  ';
      let gap = ' ';
      if (count > 0) {
        const shape = /^([ \t]*)-([ \t]+)/.exec(lines.lineText(anchorLine));
        if (shape) {
          dash = shape[1]!;
          gap = shape[2]!;
        }
      } else {
        const keyIndent = /^[ \t]*/.exec(lines.lineText(anchorLine))![0];
        dash = keyIndent + '  ';
      }
      const itemText = `${dash}-${gap}id: ${idText}${newline}${dash} ${gap}title: ${title}${newline}`;
      const nextLine = lastLine + 1;
      return insert(lines.lineStart(nextLine), itemText);
    }
  }
  return insert(
    lines.lineStart(frontMatter.closingLine),
    `appendices:${newline}  - id: ${idText}${newline}    title: ${title}${newline}`,
  );
}

function lastContentOffset(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at - 1;
}
