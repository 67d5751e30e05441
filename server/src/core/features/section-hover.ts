import { headingRange } from '../checks/positions';
import { isRequired } from '../checks/section-missing';
import type { ParsedDocument } from '../document';
import type { NonePolicy, TemplateSection } from '../templates/template';
import type { Range } from '../types';

export interface SectionHover {
  /** Markdown: what the section is for, why it is there, and what this document's template asks of it. */
  readonly markdown: string;
  /** The heading's text. */
  readonly range: Range;
}

const NONE_POLICIES: Readonly<Record<NonePolicy, string>> = {
  allowed: '"None" is enough when there is nothing to say.',
  'with-reason': '"None" alone is not enough: say why, for example "None: the proposal changes no service".',
  never: 'It needs substance: "None" is not enough.',
};

/**
 * Over a heading that stands for a template section: what the section is for,
 * why it is there, and whether this document's template requires it here.
 */
export function sectionHoverAt(document: ParsedDocument, offset: number): SectionHover | undefined {
  const line = document.lines.positionAt(offset).line;
  const headingIndex = document.headings.findIndex((heading) => heading.line <= line && line < heading.endLine);
  const matched = document.sections.find((candidate) => candidate.headingIndex === headingIndex);
  if (!matched) return undefined;
  const { section, viaAlias } = matched;
  const title = viaAlias ? `**${section.title}** (written here as "${document.headings[headingIndex]!.text.trim()}")` : `**${section.title}**`;
  const paragraphs = [title, section.purpose, ...(section.why ? [section.why] : []), `${requirement(section, document)} ${NONE_POLICIES[section.none]}`];
  return { markdown: paragraphs.join('\n\n'), range: headingRange(document, headingIndex) };
}

/** Whether the section is required in this document, and, when that depends on the front matter, on what. */
function requirement(section: TemplateSection, document: ParsedDocument): string {
  const template = `the \`${document.templateName}\` template`;
  const required = isRequired(section.requirement, document);
  switch (section.requirement) {
    case 'required':
      return `Required by ${template}.`;
    case 'optional':
      return `Optional in ${template}.`;
    case 'if-decision':
      return required
        ? `Required here: this report is for decision (\`purpose: decision\`).`
        : `Not required here: ${template} requires it only when the report is for decision (\`purpose: decision\`).`;
    case 'if-exempt':
      return required
        ? `Required here: this report is exempt (\`exempt\` in the front matter).`
        : `Not required here: ${template} requires it only when the report is exempt (\`exempt\` in the front matter).`;
  }
}
