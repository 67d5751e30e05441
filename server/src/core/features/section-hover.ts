import { headingRange } from '../document-positions';
import { isRequired } from '../templates/requirement';
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
  const matched = document.sections.filter((candidate) => candidate.headingIndex === headingIndex);
  if (matched.length === 0) return undefined;
  const written = document.headings[headingIndex]!.text.trim();
  // A combined heading ("Summary and Recommendations") explains each section it stands for, in turn.
  const blocks = matched.map(({ section, viaAlias, combined }) => {
    const title = viaAlias || combined ? `**${section.title}** (written here as "${written}")` : `**${section.title}**`;
    return [
      title,
      section.purpose,
      ...(section.why ? [section.why] : []),
      `${requirement(section, document)} ${NONE_POLICIES[section.none]}`,
    ].join('\n\n');
  });
  return { markdown: blocks.join('\n\n---\n\n'), range: headingRange(document, headingIndex) };
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
    case 'unless-item':
      return required
        ? `Required by ${template}. Minutes that hold only some of the meeting's items, listed with \`item\` in the front matter, may leave it out.`
        : `Not required here: these minutes are an extract of some items (\`item\` in the front matter).`;
  }
}
