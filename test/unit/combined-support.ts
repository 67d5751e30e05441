import { defaultConfig } from '../support/core';
import { minutes, report, type DocumentChanges } from './support';

/**
 * The valid report (or minutes) with the sections `titles` written under one
 * combined heading, `heading`, at the first one's place, holding `text`.
 */
export function combining(
  heading: string,
  titles: readonly string[],
  text: string,
  kind: 'report' | 'minutes' = 'report',
  changes: DocumentChanges = {},
): string {
  const [first, ...others] = titles;
  const sections: Record<string, string | null> = { ...changes.sections, [first!]: text };
  for (const title of others) sections[title] = null;
  const built = (kind === 'report' ? report : minutes)({ ...changes, sections });
  return built.replace(`## ${first}\n`, `## ${heading}\n`);
}

/** The standard wording a default template gives a section (the text the quick fixes insert). */
export function wordingOf(title: string, template = 'report'): string {
  const section = defaultConfig()
    .templates.get(template)!
    .sections.find((candidate) => candidate.title === title);
  if (!section) throw new Error(`the ${template} template has no section '${title}'`);
  return section.wording;
}
