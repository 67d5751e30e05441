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

const requirement = z.union([z.boolean(), z.enum(['if-decision', 'if-exempt', 'unless-item'])], {
  error: 'required must be true, false, if-decision, if-exempt or unless-item.',
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

/** 5 MB: a 20,000-line inquiry report is about 1 MB. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/**
 * The largest max-file-size allowed, 20 MB: checking a bigger document as it
 * is typed would take seconds per pause. Readers never read more of a file
 * than this (and a few bytes), whatever the setting.
 */
export const MAX_FILE_SIZE_CEILING = 20 * 1024 * 1024;

const SIZE_UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: 1024 * 1024 };
const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb)?$/i;
const SIZE_ERROR = 'max-file-size must be a size such as 5 MB or 500 KB (or a number of bytes).';

/** `5 MB`, `500KB`, `1.5 MB` or a number of bytes; a kilobyte is 1,024 bytes, as file managers count. */
const fileSize = z
  .union([z.number().int({ error: SIZE_ERROR }).positive({ error: SIZE_ERROR }), z.string().trim().regex(SIZE, { error: SIZE_ERROR })], { error: SIZE_ERROR })
  .transform((value, context) => {
    if (typeof value === 'number') return value;
    const [, amount, unit] = SIZE.exec(value)!;
    const bytes = Math.round(Number(amount) * SIZE_UNITS[(unit ?? 'b').toLowerCase()]!);
    if (bytes < 1) context.addIssue({ code: 'custom', message: SIZE_ERROR });
    return bytes;
  })
  .refine((bytes) => bytes <= MAX_FILE_SIZE_CEILING, { error: 'max-file-size can be at most 20 MB: a larger document would take seconds to check as you type.' });

/** Top-level settings whose value is checked as a whole. */
export const WHOLE_VALUE_SETTINGS = {
  include: globList,
  exclude: globList,
  acronyms: z.array(z.string().trim().min(1), { error: 'acronyms must be a list, such as [NHS, UK].' }),
  'summary-max-words': z.number({ error: 'summary-max-words must be a whole number, such as 150.' }).int().positive({ error: 'summary-max-words must be a whole number above 0, such as 150.' }),
  'max-file-size': fileSize,
} as const;

/** Top-level settings that are mappings, checked entry by entry. */
export const MAPPING_SETTINGS = ['rules', 'kinds', 'templates'] as const;

/** Every setting, as messages list them: what is checked and how, then max-file-size, which is about reading files. */
export const CONFIG_KEYS: readonly string[] = [...Object.keys(WHOLE_VALUE_SETTINGS).filter((key) => key !== 'max-file-size'), ...MAPPING_SETTINGS, 'max-file-size'];
