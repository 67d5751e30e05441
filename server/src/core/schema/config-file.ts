import { z } from 'zod';
import { defaultConfig } from '../config';
import {
  DEFAULT_MAX_FILE_SIZE,
  KIND_LETTERS,
  RULE_SETTING,
  TEMPLATE_SECTION,
  TEMPLATE_SHAPE,
  WHOLE_VALUE_SETTINGS,
} from './config';

/**
 * zod leaves the default out of the input schema of a value it transforms
 * (include, exclude, max-file-size), as the default is of the output; these
 * defaults are also what people write, so they are carried under this key
 * and put back as the default.
 */
const DEFAULT_AS_WRITTEN = 'defaultAsWritten';

/** A rule's setting as people write it; one definition in the JSON Schema that every check's entry refers to. */
const RULE_VALUE = z
  .union([RULE_SETTING, z.literal(false).meta({ description: 'The same as off.' })])
  .meta({ id: 'rule-setting' });

/** What the config file's schema says about a check: its code and what it finds. */
export interface CheckEntry {
  readonly code: string;
  readonly description: string;
}

/**
 * The whole of `.committee-reports.yaml` as one schema, built from the same
 * pieces the config reader checks entry by entry (config.ts), for editors:
 * its JSON Schema (schemas/committee-reports.schema.json) gives completion,
 * hovers and errors as people type. It describes what people write, so it
 * takes what the reader takes: a single pattern for a list, `false` for off,
 * a mapping left empty.
 */
export function configFileSchema(checks: readonly CheckEntry[]) {
  const defaults = defaultConfig();
  const rules = Object.fromEntries(
    checks.map((check) => [check.code, RULE_VALUE.optional().meta({ description: check.description })]),
  );
  const template = TEMPLATE_SHAPE.extend({
    sections: z.array(TEMPLATE_SECTION).optional().meta({ description: TEMPLATE_SHAPE.shape.sections.description }),
  }).meta({ description: TEMPLATE_SHAPE.description });

  return z
    .strictObject({
      include: WHOLE_VALUE_SETTINGS.include.optional().meta({
        description: 'Which files are checked: file patterns, relative to the folder of this file.',
        [DEFAULT_AS_WRITTEN]: [...defaults.include],
      }),
      exclude: WHOLE_VALUE_SETTINGS.exclude.optional().meta({
        description:
          'Files that are not checked even though include names them, such as ["archive/**"]. node_modules is always left out.',
        [DEFAULT_AS_WRITTEN]: [...defaults.exclude],
      }),
      rules: z.strictObject(rules).nullable().optional().meta({
        description:
          'How each check reports: off, info, warning or error, by its code, such as section-order: off. The README lists every check.',
      }),
      kinds: z
        .record(
          KIND_LETTERS,
          z.string().regex(/\S/).meta({
            description: 'What IDs of this kind are, such as action.',
            patternErrorMessage: 'Say what IDs of this kind are, such as action.',
          }),
        )
        .nullable()
        .optional()
        .meta({
          description: `Kinds of ID besides ${[...defaults.kinds].map(([letter, name]) => `${letter} (${name})`).join(' and ')}: one to three capital letters and what they stand for, such as A: action.`,
        }),
      acronyms: WHOLE_VALUE_SETTINGS.acronyms.optional().meta({
        description:
          "Your council's own acronyms, which need not be spelt out at their first use, such as [LGA, SEND] (acronym-undefined).",
        default: [...defaults.acronyms],
      }),
      'summary-max-words': WHOLE_VALUE_SETTINGS['summary-max-words'].optional().meta({
        description: 'The most words a Summary may have before summary-length reports it.',
        errorMessage: 'summary-max-words must be a whole number above 0, such as 150.',
        default: defaults.summaryMaxWords,
      }),
      templates: z.record(z.string(), template).nullable().optional().meta({
        description:
          'Templates of your own, or changes to the built-in ones (report, scrutiny, minutes). A document names its template with template: in its front matter.',
      }),
      'max-file-size': WHOLE_VALUE_SETTINGS['max-file-size'].optional().meta({
        description:
          'Documents larger than this are not checked: a size such as 5 MB or 500 KB (1 KB = 1,024 bytes), or a number of bytes. At most 20 MB.',
        [DEFAULT_AS_WRITTEN]: `${DEFAULT_MAX_FILE_SIZE / (1024 * 1024)} MB`,
      }),
      export: WHOLE_VALUE_SETTINGS.export.optional(),
      import: WHOLE_VALUE_SETTINGS.import.optional(),
    })
    .meta({
      title: 'Committee Reports settings',
      description:
        'Settings for checking the committee reports and minutes in this folder and the folders under it. Every setting is optional.',
    });
}

/**
 * The JSON Schema (draft-07, the version editors' YAML support reads) of the
 * config file as people write it: the input to the reader's transforms, not
 * their output.
 */
export function configJsonSchema(checks: readonly CheckEntry[]): Record<string, unknown> {
  return z.toJSONSchema(configFileSchema(checks), {
    target: 'draft-07',
    io: 'input',
    override: ({ jsonSchema }) => {
      const schema = jsonSchema as Record<string, unknown>;
      if (!(DEFAULT_AS_WRITTEN in schema)) return;
      schema['default'] = schema[DEFAULT_AS_WRITTEN];
      delete schema[DEFAULT_AS_WRITTEN];
    },
  }) as Record<string, unknown>;
}
