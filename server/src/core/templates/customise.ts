import type { z } from 'zod';
import type { TEMPLATE_SECTION } from '../schema/config';
import { normaliseHeading } from './normalise';
import type { Requirement, Template, TemplateSection } from './template';

export type SectionEntry = z.infer<typeof TEMPLATE_SECTION>;

/**
 * Applies one config section entry to a template's section list. An entry
 * whose title (or alias) names an existing section changes that section;
 * any other entry adds a section. `after`/`before` place it. Returns a
 * message when the entry cannot be applied.
 */
export function applySectionEntry(sections: TemplateSection[], entry: SectionEntry): string | undefined {
  const existingIndex = findSection(sections, entry.title);
  const existing = existingIndex === -1 ? undefined : sections[existingIndex];
  const updated: TemplateSection = {
    title: existing?.title ?? entry.title,
    aliases: entry.aliases ?? existing?.aliases ?? [],
    requirement: entry.required === undefined ? (existing?.requirement ?? 'optional') : toRequirement(entry.required),
    none: entry.none ?? existing?.none ?? 'allowed',
    purpose: entry.purpose ?? existing?.purpose ?? `A section required by this council's template: ${entry.title}.`,
    wording: entry.wording ?? existing?.wording ?? '[Insert the implications, or state why there are none.]',
    // The law behind a default section holds however a council rewords it.
    ...(existing?.why !== undefined ? { why: existing.why } : {}),
  };
  const anchorTitle = entry.after ?? entry.before;
  if (existingIndex !== -1) sections.splice(existingIndex, 1);
  if (anchorTitle === undefined) {
    sections.splice(existingIndex === -1 ? sections.length : existingIndex, 0, updated);
    return undefined;
  }
  const anchor = findSection(sections, anchorTitle);
  if (anchor === -1) {
    if (existing) sections.splice(existingIndex, 0, existing);
    return `There is no section '${anchorTitle}' in this template to place '${entry.title}' ${entry.after ? 'after' : 'before'}.`;
  }
  sections.splice(entry.after ? anchor + 1 : anchor, 0, updated);
  return undefined;
}

export function findSection(sections: readonly TemplateSection[], title: string): number {
  const wanted = normaliseHeading(title);
  return sections.findIndex(
    (section) =>
      normaliseHeading(section.title) === wanted || section.aliases.some((alias) => normaliseHeading(alias) === wanted),
  );
}

function toRequirement(value: boolean | 'if-decision' | 'if-exempt' | 'unless-item'): Requirement {
  return value === true ? 'required' : value === false ? 'optional' : value;
}

export function copyTemplate(name: string, base: Template | undefined): { name: string; sections: TemplateSection[] } {
  return { name, sections: base ? [...base.sections] : [] };
}
