import type { HeadingBlock } from '../parse/markdown';
import { normaliseHeading } from './normalise';
import type { NonePolicy, Template, TemplateSection } from './template';

/** A heading that stands for a template section. */
export interface MatchedSection {
  readonly section: TemplateSection;
  /** Position of the section in the template's expected order. */
  readonly order: number;
  readonly headingIndex: number;
  /** The heading (or the part of it that matched) uses one of the section's aliases rather than its title. */
  readonly viaAlias: boolean;
  /**
   * Matched by a part of a combined heading ("Summary and Recommendations",
   * "Summary and Purpose"), not by the heading as a whole. Its text serves
   * every section the heading stands for.
   */
  readonly combined: boolean;
}

interface Lookup {
  readonly order: number;
  readonly section: TemplateSection;
  readonly viaAlias: boolean;
}

const lookups = new WeakMap<Template, Map<string, Lookup>>();

function lookupFor(template: Template): Map<string, Lookup> {
  let lookup = lookups.get(template);
  if (!lookup) {
    lookup = new Map();
    for (const [order, section] of template.sections.entries()) {
      for (const alias of section.aliases) {
        const key = normaliseHeading(alias);
        if (!lookup.has(key)) lookup.set(key, { order, section, viaAlias: true });
      }
    }
    for (const [order, section] of template.sections.entries())
      lookup.set(normaliseHeading(section.title), { order, section, viaAlias: false });
    lookups.set(template, lookup);
  }
  return lookup;
}

/**
 * Pairs headings (of any level) with the template sections they name. A
 * heading that names no section as a whole may be a combined heading, which
 * stands for each section its parts name (`combinedMatches`). A heading's
 * entries are adjacent and in template order.
 */
export function matchSections(headings: readonly HeadingBlock[], template: Template): MatchedSection[] {
  const matched: MatchedSection[] = [];
  headings.forEach((heading, headingIndex) => {
    const { found, combined } = headingMatch(heading.text, template);
    // Written out rather than spread: V8 copies a literal of known shape several times faster.
    for (const part of found)
      matched.push({ section: part.section, order: part.order, viaAlias: part.viaAlias, headingIndex, combined });
  });
  return matched;
}

/** What one heading's text names in a template: a section as a whole, or the sections of a combined heading. */
interface HeadingMatch {
  readonly found: readonly Lookup[];
  readonly combined: boolean;
}

const NOTHING: HeadingMatch = { found: [], combined: false };
/** Headings already read, per template: a workspace repeats the same few hundred headings in every paper. */
const headingMatches = new WeakMap<Template, Map<string, HeadingMatch>>();
/** Enough for every distinct heading of a large workspace; past it, the memory starts again rather than grow. */
const MAX_REMEMBERED_HEADINGS = 20_000;

function headingMatch(text: string, template: Template): HeadingMatch {
  let remembered = headingMatches.get(template);
  if (!remembered) headingMatches.set(template, (remembered = new Map()));
  const known = remembered.get(text);
  if (known) return known;
  const lookup = lookupFor(template);
  const key = normaliseHeading(text);
  const whole = lookup.get(key);
  const combined = whole ? [] : combinedMatches(key, lookup);
  const match: HeadingMatch = whole
    ? { found: [whole], combined: false }
    : combined.length > 0
      ? { found: combined, combined: true }
      : NOTHING;
  if (remembered.size >= MAX_REMEMBERED_HEADINGS) remembered.clear();
  remembered.set(text, match);
  return match;
}

/** No real combined heading comes near this; a longer one is the author's prose, not a list of sections. */
const MAX_COMBINED_LENGTH = 160;
/** "Legal, Financial, Risk, Equality and Human Rights Implications" has five parts. */
const MAX_PARTS = 8;

/**
 * The sections the parts of a combined heading name: the heading split on
 * `and` (`&` reads as `and`) and commas, each part, and each run of adjacent
 * parts, looked up as a title or alias, the longest run first ("Crime and
 * Disorder"). A part before the last may borrow the last part's closing
 * words ("Legal, Financial and Risk Implications": "financial implications").
 * Parts that name nothing are the author's words ("Summary and Purpose").
 */
function combinedMatches(key: string, lookup: ReadonlyMap<string, Lookup>): Lookup[] {
  if (key.length > MAX_COMBINED_LENGTH || (!key.includes(' and ') && !key.includes(','))) return [];
  const parts = splitParts(key);
  if (parts.length < 2 || parts.length > MAX_PARTS) return [];
  const lastWords = parts[parts.length - 1]!.text.split(' ');
  // "risk management implications" lends "management implications", then "implications".
  const sharedEndings = lastWords.slice(1).map((_, index) => lastWords.slice(index + 1).join(' '));
  const found = new Map<number, Lookup>();
  let firmHits = 0;
  for (let first = 0; first < parts.length;) {
    const hit = longestRunFrom(parts, first, sharedEndings, lookup);
    if (!hit) {
      first++;
      continue;
    }
    if (!found.has(hit.lookup.order)) found.set(hit.lookup.order, hit.lookup);
    if (!hit.lookup.viaAlias || hit.key.includes(' ')) firmHits++;
    first = hit.last + 1;
  }
  // A one-word alias alone is too common a word to name a section inside the author's own heading:
  // "Finance and Performance Report" is not the Financial Implications, though "Finance and Legal" is both.
  if (found.size === 1 && firmHits === 0) return [];
  return [...found.values()].sort((a, b) => a.order - b.order);
}

interface Part {
  readonly text: string;
  /** What joined it to the part before (' and ', ', ', ', and '); '' for the first. */
  readonly joiner: string;
}

/** The parts between `and` and commas, with what joined them; an empty part (", and") is dropped. */
function splitParts(key: string): Part[] {
  const parts: Part[] = [];
  /** What joins the words being gathered to the part before them. */
  let before = '';
  let words: string[] = [];
  const close = (next: string) => {
    if (words.length > 0) {
      parts.push({ text: words.join(' '), joiner: parts.length === 0 ? '' : before });
      before = next;
    } else if (parts.length > 0) {
      // ", and": one joiner.
      before = `${before.trimEnd()}${next.trimEnd()} `;
    }
    words = [];
  };
  for (const word of key.split(' ')) {
    if (word === 'and') {
      close(' and ');
      continue;
    }
    const endsClause = word.endsWith(',');
    const bare = endsClause ? word.replace(/,+$/, '') : word;
    if (bare !== '') words.push(bare);
    if (endsClause) close(', ');
  }
  close('');
  return parts;
}

/** The longest run of parts from `first` that names a section, alone or completed by a shared ending. */
function longestRunFrom(
  parts: readonly Part[],
  first: number,
  sharedEndings: readonly string[],
  lookup: ReadonlyMap<string, Lookup>,
): { lookup: Lookup; last: number; key: string } | undefined {
  for (let last = parts.length - 1; last >= first; last--) {
    // The whole heading was looked up already.
    if (first === 0 && last === parts.length - 1) continue;
    let run = parts[first]!.text;
    for (let index = first + 1; index <= last; index++) run += parts[index]!.joiner + parts[index]!.text;
    const alone = lookup.get(run);
    if (alone) return { lookup: alone, last, key: run };
    if (last === parts.length - 1) continue;
    for (const ending of sharedEndings) {
      const completed = lookup.get(`${run} ${ending}`);
      if (completed) return { lookup: completed, last, key: `${run} ${ending}` };
    }
  }
  return undefined;
}

/** The entries of one heading: every section it stands for. */
export interface HeadingSections {
  readonly headingIndex: number;
  /** In template order; more than one only for a combined heading. */
  readonly sections: readonly MatchedSection[];
  readonly combined: boolean;
}

/** Each parse's grouping, worked out once: several checks ask for it. */
const groupings = new WeakMap<readonly MatchedSection[], readonly HeadingSections[]>();

/** The matched sections grouped by heading, in document order. */
export function groupByHeading(sections: readonly MatchedSection[]): readonly HeadingSections[] {
  let groups = groupings.get(sections);
  if (!groups) {
    groups = groupSections(sections);
    groupings.set(sections, groups);
  }
  return groups;
}

function groupSections(sections: readonly MatchedSection[]): HeadingSections[] {
  const groups: HeadingSections[] = [];
  let current: MatchedSection[] = [];
  for (const matched of sections) {
    if (current.length > 0 && current[0]!.headingIndex !== matched.headingIndex) {
      groups.push({ headingIndex: current[0]!.headingIndex, sections: current, combined: current[0]!.combined });
      current = [];
    }
    current.push(matched);
  }
  if (current.length > 0)
    groups.push({ headingIndex: current[0]!.headingIndex, sections: current, combined: current[0]!.combined });
  return groups;
}

const STRICTNESS: Readonly<Record<NonePolicy, number>> = { allowed: 0, 'with-reason': 1, never: 2 };

/**
 * The none policy a heading's text is held to: for a combined heading, the
 * strictest of its sections' ("Financial and Equality Implications" with a
 * bare "None" lacks the Equality Duty's reason).
 */
export function strictestNone(sections: readonly MatchedSection[]): NonePolicy {
  let policy: NonePolicy = 'allowed';
  for (const matched of sections)
    if (STRICTNESS[matched.section.none] > STRICTNESS[policy]) policy = matched.section.none;
  return policy;
}

/**
 * The heading that stands for each section where the template expects it:
 * the first heading naming the section on its own, else the first combined
 * heading naming it. One entry per section, in document order.
 */
export function primarySections(sections: readonly MatchedSection[]): MatchedSection[] {
  const chosen = new Map<number, MatchedSection>();
  for (const matched of sections) {
    const earlier = chosen.get(matched.order);
    if (!earlier || (earlier.combined && !matched.combined)) chosen.set(matched.order, matched);
  }
  return [...chosen.values()].sort((a, b) => a.headingIndex - b.headingIndex || a.order - b.order);
}
