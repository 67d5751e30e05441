import type { ResolvedConfig } from '../config';
import { DEFAULT_TEMPLATES } from './defaults';
import type { NonePolicy, Requirement, Template } from './template';

/** What makes a conditional section required, as the config's `required:` writes it. */
export type Condition = Exclude<Requirement, 'required' | 'optional'>;

/** One section of a template as `committee-reports templates` shows it. */
export interface SectionDescription {
  readonly title: string;
  readonly required: 'required' | 'conditional' | 'optional';
  /** For a conditional section: when it is required. */
  readonly condition?: Condition;
  readonly none: NonePolicy;
  readonly aliases: readonly string[];
}

/** Where a template comes from: built in, built in and changed by the config, or the config's own. */
export type TemplateSource = 'built-in' | 'changed-by-config' | 'config';

export interface TemplateDescription {
  readonly name: string;
  readonly source: TemplateSource;
  /** In the order the template expects them. */
  readonly sections: readonly SectionDescription[];
}

/** A condition in an officer's words, after "required". */
export const CONDITION_WORDS: Readonly<Record<Condition, string>> = {
  'if-decision': 'if purpose is decision',
  'if-exempt': 'if exempt',
  'unless-item': 'unless item is given',
};

/** Every template the config gives documents (the built-in ones first, then the config's own), section by section. */
export function describeTemplates(config: ResolvedConfig): TemplateDescription[] {
  return [...config.templates.values()].map((template) => describeTemplate(template));
}

function describeTemplate(template: Template): TemplateDescription {
  const builtIn = DEFAULT_TEMPLATES.find((candidate) => candidate.name === template.name);
  const source: TemplateSource = builtIn === template ? 'built-in' : builtIn ? 'changed-by-config' : 'config';
  return {
    name: template.name,
    source,
    sections: template.sections.map((section) => {
      const { requirement } = section;
      const required = requirement === 'required' || requirement === 'optional' ? requirement : 'conditional';
      return {
        title: section.title,
        required,
        ...(required === 'conditional' ? { condition: requirement as Condition } : {}),
        none: section.none,
        aliases: [...section.aliases],
      };
    }),
  };
}

/** "required", "optional", "required if purpose is decision". */
export function requirementWords(section: SectionDescription): string {
  return section.condition === undefined ? section.required : `required ${CONDITION_WORDS[section.condition]}`;
}
