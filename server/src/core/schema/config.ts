import { z } from 'zod';

export const RULE_SETTING = z.enum(['off', 'info', 'warning', 'error'], {
  error: "A rule's setting must be off, info, warning or error.",
});

const globList = z
  .union([z.string().min(1), z.array(z.string().min(1, { error: 'A pattern cannot be empty.' }))], {
    error: 'This must be a list of file patterns, such as ["**/*.report.md"].',
  })
  .transform((value) => (typeof value === 'string' ? [value] : value));

export const KIND_LETTERS = z.string().regex(/^[A-Z]{1,3}$/, { error: 'A kind must be one to three capital letters, such as A.' });

const requirement = z.union([z.boolean(), z.enum(['if-decision', 'if-exempt'])], {
  error: 'required must be true, false, if-decision or if-exempt.',
});

export const TEMPLATE_SECTION = z.strictObject(
  {
    title: z.string({ error: 'Each section needs a title.' }).trim().min(1),
    aliases: z.array(z.string().trim().min(1), { error: 'aliases must be a list of other titles.' }).optional(),
    required: requirement.optional(),
    none: z.enum(['allowed', 'with-reason', 'never'], { error: 'none must be allowed, with-reason or never.' }).optional(),
    after: z.string().min(1).optional(),
    before: z.string().min(1).optional(),
    purpose: z.string().optional(),
    wording: z.string().optional(),
  },
  { error: 'Each section must be a mapping with at least a title, such as { title: Wellbeing Implications, required: true }.' },
);

export const TEMPLATE_SHAPE = z.strictObject(
  {
    extends: z.string().min(1).optional(),
    sections: z.array(z.unknown(), { error: 'sections must be a list.' }).optional(),
    remove: z.array(z.string().min(1), { error: 'remove must be a list of section titles.' }).optional(),
  },
  { error: 'A template must be a mapping with extends and/or sections.' },
);

/** Top-level settings whose value is checked as a whole. */
export const WHOLE_VALUE_SETTINGS = {
  include: globList,
  exclude: globList,
  acronyms: z.array(z.string().trim().min(1), { error: 'acronyms must be a list, such as [NHS, UK].' }),
  'summary-max-words': z.number({ error: 'summary-max-words must be a whole number, such as 150.' }).int().positive({ error: 'summary-max-words must be a whole number above 0, such as 150.' }),
} as const;

/** Top-level settings that are mappings, checked entry by entry. */
export const MAPPING_SETTINGS = ['rules', 'kinds', 'templates'] as const;

export const CONFIG_KEYS: readonly string[] = [...Object.keys(WHOLE_VALUE_SETTINGS), ...MAPPING_SETTINGS];
