import type { HeadingBlock } from '../parse/markdown';
import { normaliseHeading } from './normalise';
import type { Template, TemplateSection } from './template';

/** A heading that stands for a template section. */
export interface MatchedSection {
  readonly section: TemplateSection;
  /** Position of the section in the template's expected order. */
  readonly order: number;
  readonly headingIndex: number;
  /** The heading uses one of the section's aliases rather than its title. */
  readonly viaAlias: boolean;
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
    for (const [order, section] of template.sections.entries()) lookup.set(normaliseHeading(section.title), { order, section, viaAlias: false });
    lookups.set(template, lookup);
  }
  return lookup;
}

/** Pairs headings (of any level) with the template sections they name. */
export function matchSections(headings: readonly HeadingBlock[], template: Template): MatchedSection[] {
  const lookup = lookupFor(template);
  const matched: MatchedSection[] = [];
  headings.forEach((heading, headingIndex) => {
    const found = lookup.get(normaliseHeading(heading.text));
    if (found) matched.push({ ...found, headingIndex });
  });
  return matched;
}
