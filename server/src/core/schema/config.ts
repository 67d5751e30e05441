import { closest } from '../suggest';
import { z } from 'zod';

export const RULE_SETTING = z
  .enum(['off', 'info', 'warning', 'error'], {
    error: "A rule's setting must be off, info, warning or error.",
  })
  .meta({
    description: 'off: the check does not run. info, warning or error: how the problems it finds are shown.',
    enumDescriptions: [
      'The check does not run.',
      'Show what it finds as information.',
      'Show what it finds as a warning.',
      'Show what it finds as an error.',
    ],
  });

const globList = z
  .union([z.string().min(1), z.array(z.string().min(1, { error: 'A pattern cannot be empty.' }))], {
    error: 'This must be a list of file patterns, such as ["**/*.report.md"].',
  })
  .transform((value) => (typeof value === 'string' ? [value] : value));

const KIND_ERROR = 'A kind must be one to three capital letters, such as A.';
/** patternErrorMessage (and errorMessage): what an editor says, from the config file's JSON Schema, instead of quoting the pattern. */
export const KIND_LETTERS = z
  .string()
  .regex(/^[A-Z]{1,3}$/, { error: KIND_ERROR })
  .meta({ patternErrorMessage: KIND_ERROR });

const requirement = z
  .union([z.boolean(), z.enum(['if-decision', 'if-exempt', 'unless-item'])], {
    error: 'required must be true, false, if-decision, if-exempt or unless-item.',
  })
  .meta({
    description:
      'Whether a document must have this section: true (always), false (never), if-decision (when its front matter says purpose: decision), if-exempt (when it is exempt) or unless-item (minutes, unless they are an extract of some items).',
  });

export const TEMPLATE_SECTION = z
  .strictObject(
    {
      title: z.string({ error: 'Each section needs a title.' }).trim().min(1).meta({
        description:
          "The section's heading. If it names a section the template already has, that section is changed; otherwise one is added.",
      }),
      aliases: z
        .array(z.string().trim().min(1), { error: 'aliases must be a list of other titles.' })
        .optional()
        .meta({ description: 'Other headings that count as this section, such as [Health and Wellbeing].' }),
      required: requirement.optional(),
      none: z
        .enum(['allowed', 'with-reason', 'never'], { error: 'none must be allowed, with-reason or never.' })
        .optional()
        .meta({
          description:
            'What a bare "None" in this section means: allowed (enough), with-reason ("None" must say why) or never (the section needs substance).',
          enumDescriptions: [
            'A bare "None" is enough.',
            '"None" must say why, such as "None, because …".',
            'The section needs substance: "None" counts as empty.',
          ],
        }),
      after: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'Put this section just after the section with this title.' }),
      before: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'Put this section just before the section with this title.' }),
      purpose: z.string().optional().meta({
        description: 'What the section is for, shown when the mouse is over its heading and in messages about it.',
      }),
      wording: z
        .string()
        .optional()
        .meta({ description: 'The standard wording put in with the heading when the section is added for you.' }),
    },
    {
      error:
        'Each section must be a mapping with at least a title, such as { title: Wellbeing Implications, required: true }.',
    },
  )
  .meta({
    description:
      'A section to add to the template, or a change to one it has, such as { title: Wellbeing Implications, required: true }.',
  });

export const TEMPLATE_SHAPE = z
  .strictObject(
    {
      extends: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'The template this one starts from, such as report, scrutiny or minutes.' }),
      sections: z
        .array(z.unknown(), { error: 'sections must be a list.' })
        .optional()
        .meta({ description: 'Sections to add to the template, or changes to sections it has.' }),
      remove: z
        .array(z.string().min(1), { error: 'remove must be a list of section titles.' })
        .optional()
        .meta({ description: 'Titles of sections to take out of the template, such as [Social Value].' }),
    },
    { error: 'A template must be a mapping with extends and/or sections.' },
  )
  .meta({
    description:
      'A template: a new one (usually with extends), or changes to a built-in one (report, scrutiny or minutes) under its own name.',
  });

/** 5 MB: a 20,000-line inquiry report is about 1 MB. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/**
 * The largest max-file-size allowed, 20 MB: checking a bigger document as it
 * is typed would take seconds per pause. Readers never read more of a file
 * than this (and a few bytes), whatever the setting.
 */
export const MAX_FILE_SIZE_CEILING = 20 * 1024 * 1024;

const SIZE_UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: 1024 * 1024 };
/** The units in either case, spelt out: a JSON Schema pattern (the config file's schema is generated from this) cannot carry the i flag. */
const SIZE = /^(\d+(?:\.\d+)?)\s*([bB]|[kK][bB]|[mM][bB])?$/;
const SIZE_ERROR = 'max-file-size must be a size such as 5 MB or 500 KB (or a number of bytes).';

/** `5 MB`, `500KB`, `1.5 MB` or a number of bytes; a kilobyte is 1,024 bytes, as file managers count. */
const fileSize = z
  .union(
    [
      z.number().int({ error: SIZE_ERROR }).positive({ error: SIZE_ERROR }).meta({ errorMessage: SIZE_ERROR }),
      z.string().trim().regex(SIZE, { error: SIZE_ERROR }).meta({ errorMessage: SIZE_ERROR }),
    ],
    { error: SIZE_ERROR },
  )
  .transform((value, context) => {
    if (typeof value === 'number') return value;
    const [, amount, unit] = SIZE.exec(value)!;
    const bytes = Math.round(Number(amount) * SIZE_UNITS[(unit ?? 'b').toLowerCase()]!);
    if (bytes < 1) context.addIssue({ code: 'custom', message: SIZE_ERROR });
    return bytes;
  })
  .refine((bytes) => bytes <= MAX_FILE_SIZE_CEILING, {
    error: 'max-file-size can be at most 20 MB: a larger document would take seconds to check as you type.',
  });

const EXPORT_KEYS = ['template', 'heading-styles', 'browser'];
const HEADING_STYLE = z
  .string()
  .trim()
  .min(1, { error: 'A heading style is the name of a style in the Word template.' });

/** An optional setting naming a file: not empty, with `error` saying what it must be. */
function filePath(error: string, description: string) {
  return z.string({ error }).trim().min(1, { error }).optional().meta({ description });
}

/** How documents are exported (`committee-reports export`, and Export to Word/HTML/PDF in the editor). */
export const EXPORT_SETTINGS = z
  .strictObject(
    {
      template: filePath(
        'template must be the path of a Word file (.docx), such as templates/council-report.docx.',
        "Your council's Word template for reports: a .docx file, relative to the folder of this file, with {{body}} where the report goes. Its styles, headers and footers are kept.",
      ),
      'heading-styles': z
        .strictObject(
          {
            1: HEADING_STYLE.optional(),
            2: HEADING_STYLE.optional(),
            3: HEADING_STYLE.optional(),
            4: HEADING_STYLE.optional(),
            5: HEADING_STYLE.optional(),
            6: HEADING_STYLE.optional(),
          },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? `Word has heading levels 1 to 6, not ${issue.keys.join(', ')}: heading-styles maps them to style names, such as { 1: Report Heading 1 }.`
                : 'heading-styles must map heading levels 1 to 6 to style names, such as { 1: Report Heading 1 }.',
          },
        )
        .optional()
        .meta({
          description:
            "The Word template's style for each heading level, by the style's name as Word shows it, such as { 1: Report Heading 1, 2: Report Heading 2 }. A level not named uses Word's Heading 1 to 6.",
        }),
      browser: filePath(
        'browser must be the path of Chromium, Chrome or Edge.',
        'The browser that prints PDFs: the path of Chromium, Chrome or Edge, when it is not found by itself.',
      ),
    },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys')
          return 'export must be a mapping, such as { template: templates/council-report.docx }.';
        const [key = ''] = issue.keys;
        const suggestion = closest(key, EXPORT_KEYS);
        return `'${key}' is not an export setting: ${suggestion ? `did you mean '${suggestion}'?` : `the export settings are ${EXPORT_KEYS.join(', ')}.`}`;
      },
    },
  )
  .meta({ description: 'How reports are exported to Word, HTML and PDF.' });

const IMPORT_KEYS = ['style-map'];
/** A mammoth style-map line: what Word style it matches, `=>`, and what it becomes. */
const STYLE_MAP_LINE = z
  .string({ error: 'A style-map line is text, such as "p[style-name=\'Report Heading\'] => h2:fresh".' })
  .trim()
  .regex(/^\S.*=>/, {
    error:
      'A style-map line says which Word style becomes what, with => between, such as "p[style-name=\'Report Heading\'] => h2:fresh".',
  });

/** How Word papers are imported (`committee-reports import`). */
export const IMPORT_SETTINGS = z
  .strictObject(
    {
      'style-map': z
        .array(STYLE_MAP_LINE, {
          error: 'style-map must be a list of lines, such as ["p[style-name=\'Report Heading\'] => h2:fresh"].',
        })
        .optional()
        .meta({
          description:
            "Your council's own Word styles, and what each becomes, in mammoth's style-map syntax, such as [\"p[style-name='Report Heading'] => h2:fresh\", \"p[style-name='Recommendation'] => p:fresh\"]. Read before the built-in map, which knows Word's Heading 1 to 6, Title and lists.",
        }),
    },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys')
          return 'import must be a mapping, such as { style-map: ["p[style-name=\'Report Heading\'] => h2:fresh"] }.';
        const [key = ''] = issue.keys;
        const suggestion = closest(key, IMPORT_KEYS);
        return `'${key}' is not an import setting: ${suggestion ? `did you mean '${suggestion}'?` : `the import settings are ${IMPORT_KEYS.join(', ')}.`}`;
      },
    },
  )
  .meta({ description: 'How Word documents are imported (committee-reports import).' });

/** Top-level settings whose value is checked as a whole. */
export const WHOLE_VALUE_SETTINGS = {
  include: globList,
  exclude: globList,
  acronyms: z.array(z.string().trim().min(1), { error: 'acronyms must be a list, such as [NHS, UK].' }),
  'summary-max-words': z
    .number({ error: 'summary-max-words must be a whole number, such as 150.' })
    .int()
    .positive({ error: 'summary-max-words must be a whole number above 0, such as 150.' }),
  'max-file-size': fileSize,
  export: EXPORT_SETTINGS,
  import: IMPORT_SETTINGS,
} as const;

/** Top-level settings that are mappings, checked entry by entry. */
export const MAPPING_SETTINGS = ['rules', 'kinds', 'templates'] as const;

/** Every setting, as messages list them: what is checked and how, then max-file-size, which is about reading files. */
export const CONFIG_KEYS: readonly string[] = [
  ...Object.keys(WHOLE_VALUE_SETTINGS).filter((key) => key !== 'max-file-size'),
  ...MAPPING_SETTINGS,
  'max-file-size',
];
