import { requirementWords, type SectionDescription, type TemplateDescription, type TemplateSource } from '../core';
import type { TemplatesFormat } from './args';

/**
 * `templates --format json`: `version` changes only when this shape does.
 * `required` is `required`, `conditional` or `optional`; a conditional
 * section's `condition` is `if-decision`, `if-exempt` or `unless-item`, as
 * the config's `required:` writes it.
 */
export interface JsonTemplates {
  readonly version: 1;
  readonly templates: readonly TemplateDescription[];
}

export function renderTemplates(templates: readonly TemplateDescription[], format: TemplatesFormat): string {
  switch (format) {
    case 'text':
      return formatTemplatesText(templates);
    case 'json':
      return `${JSON.stringify({ version: 1, templates } satisfies JsonTemplates, null, 2)}\n`;
    case 'markdown':
      return formatTemplatesMarkdown(templates);
  }
}

const SOURCE_WORDS: Readonly<Record<TemplateSource, string>> = {
  'built-in': 'built in',
  'changed-by-config': 'built in, changed by the config',
  config: 'from the config',
};

const NONE_LEGEND =
  'none: allowed = a bare "None" is enough; with-reason = "None" must say why; never = the section needs substance.';

/**
 * For a terminal: per template, a line per section in order (number, title,
 * when it is required, none policy), its aliases on the line below; a legend last.
 */
export function formatTemplatesText(templates: readonly TemplateDescription[]): string {
  const sections = templates.flatMap((template) => template.sections);
  const titleWidth = Math.max(0, ...sections.map((section) => section.title.length)) + 2;
  const requiredWidth = Math.max(0, ...sections.map((section) => requirementWords(section).length)) + 2;
  const numberWidth = String(Math.max(0, ...templates.map((template) => template.sections.length))).length;
  const blocks = templates.map((template) => {
    const lines = [`${template.name} (${SOURCE_WORDS[template.source]})`];
    template.sections.forEach((section, index) => {
      const number = String(index + 1).padStart(numberWidth);
      lines.push(
        `  ${number}  ${section.title.padEnd(titleWidth)}${requirementWords(section).padEnd(requiredWidth)}none: ${section.none}`,
      );
      if (section.aliases.length > 0) lines.push(`  ${' '.repeat(numberWidth)}  also: ${section.aliases.join(', ')}`);
    });
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${NONE_LEGEND}\n`;
}

/** A GitHub table per template, as docs/format.md prints them under "The built-in templates". */
export function formatTemplatesMarkdown(templates: readonly TemplateDescription[]): string {
  const blocks = templates.map((template) => {
    const rows = template.sections.map(
      (section, index) =>
        `| ${index + 1} | ${cell(section.title)} | ${requirementWords(section)} | ${section.none} | ${aliasesCell(section)} |`,
    );
    return [
      `**${template.name}** (${SOURCE_WORDS[template.source]})`,
      '',
      '| # | section | required | none | also matches |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${NONE_LEGEND}\n`;
}

function aliasesCell(section: SectionDescription): string {
  return section.aliases.map(cell).join(', ');
}

/** A `|` would end the cell, and `<` could open HTML. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
