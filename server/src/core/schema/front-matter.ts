import { z } from 'zod';
import type { DocumentType } from '../types';
import { isCalendarDate } from './dates';

/** Schedule 12A LGA 1972 paragraphs that make information exempt, by jurisdiction. */
export const EXEMPT_PARAGRAPHS = {
  england: ['1', '2', '3', '4', '5', '6', '7', '7A', '7B', '7C'],
  wales: ['12', '13', '14', '15', '16', '17', '18'],
} as const;

export const DOCUMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The message for a value of the wrong type, unless the key was written with
 * no value at all (`key_decision:`), which YAML reads as null: that is a
 * value left to fill in, and the message says so rather than that the value
 * has the wrong type.
 */
const unlessEmpty =
  (what: string, message: string, optional = false) =>
  (issue: { input?: unknown }) =>
    issue.input === null ? `${what} is empty: fill it in${optional ? ', or remove the line' : ''}.` : message;

const text = (what: string) =>
  z
    .string({ error: unlessEmpty(what, `${what} must be text.`) })
    .trim()
    .min(1, { error: `${what} is empty: fill it in.` });

const date = (what: string) =>
  z
    .string({ error: unlessEmpty(what, `${what} must be a date written YYYY-MM-DD, such as 2026-03-12.`) })
    .refine(isCalendarDate, { error: `${what} must be a real date written YYYY-MM-DD, such as 2026-03-12.` });

const contact = z.strictObject(
  {
    name: text('The contact name'),
    email: z.email({ error: 'The contact email is not a valid email address.' }).optional(),
    phone: z
      .string({
        error: unlessEmpty(
          'The contact phone',
          "Put the phone number in quotes, such as phone: '01632 960418', so its leading 0 is kept.",
          true,
        ),
      })
      .optional(),
  },
  { error: 'contact must list name, and optionally email and phone, on indented lines.' },
);

const exemptParagraph = z.union([z.string(), z.number()], {
  error: 'Each paragraph must be a paragraph number, such as 3 or 7A.',
});

const exempt = z.union(
  [
    z.literal(false),
    z
      .strictObject({
        jurisdiction: z.enum(['england', 'wales'], { error: "jurisdiction must be 'england' or 'wales'." }).optional(),
        paragraphs: z
          .array(exemptParagraph, {
            error: 'paragraphs must be a list of Schedule 12A paragraph numbers, such as [3].',
          })
          .min(1, { error: 'List at least one Schedule 12A paragraph, such as [3].' }),
        reason: text('The reason for exemption'),
      })
      .superRefine((value, context) => {
        const jurisdiction = value.jurisdiction ?? 'england';
        const valid: readonly string[] = EXEMPT_PARAGRAPHS[jurisdiction];
        value.paragraphs.forEach((paragraph, index) => {
          if (!valid.includes(String(paragraph).toUpperCase())) {
            context.addIssue({
              code: 'custom',
              path: ['paragraphs', index],
              message:
                jurisdiction === 'england'
                  ? `Paragraph ${paragraph} is not an exempt-information paragraph in England: use 1 to 7, 7A, 7B or 7C of Schedule 12A.`
                  : `Paragraph ${paragraph} is not an exempt-information paragraph in Wales: use 12 to 18 of Schedule 12A.`,
            });
          }
        });
      }),
  ],
  { error: 'exempt must be false, or list the jurisdiction, the Schedule 12A paragraphs and the reason.' },
);

const appendix = z.strictObject(
  {
    id: z
      .union([z.string(), z.number()], { error: 'An appendix id must be a letter or a number.' })
      .refine((id) => /^(?:[A-Za-z]|\d+)$/.test(String(id)), {
        error: "An appendix id must be a letter or a number, such as A or '1'.",
      }),
    title: text('The appendix title'),
  },
  { error: 'Each appendix needs an id and a title, such as { id: A, title: Terms of reference }.' },
);

const divisions = z.union(
  [z.literal('All'), z.array(text('A division name')).min(1, { error: "List at least one division, or write 'All'." })],
  {
    error: unlessEmpty('divisions', "List the divisions (or wards) affected, or write 'All'.", true),
  },
);

/** A minute item as the committee system numbers it: "72", "5a", 72. */
const itemNumber = z.union([text('An item'), z.number()], {
  error: 'Each item must be a minute or agenda item number, such as "72".',
});

const minuteItems = z.union(
  [
    itemNumber,
    z
      .array(itemNumber)
      .min(1, { error: 'item lists no items: give the item numbers this file holds, such as ["4", "5"].' }),
  ],
  {
    error: 'item must be the item number this file holds, such as "72", or a list of them, such as ["4", "5"].',
  },
);

/** A report is one agenda item already; `item` marks an extract of minutes. */
const itemInReport = z.undefined({
  error:
    "item is for minutes that hold only some of a meeting's items: remove it from a report, or set 'type: minutes' if this file is minutes.",
});

/** An ID as `locked` lists it: a kind and a number, such as F3. */
export const LOCKED_ID = /^[A-Z]{1,3}[1-9]\d*$/;
const lockedError = 'locked must list the IDs whose numbers must not change, such as [F1, F2].';

const schemas = new Map<string, ReturnType<typeof buildSchema>>();

/**
 * The front matter schema for one document type and set of templates. Built
 * once per combination: building a zod schema costs far more than using it.
 */
export function frontMatterSchema(type: DocumentType, templateNames: readonly string[]) {
  const key = `${type}\u0000${templateNames.join('\u0000')}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildSchema(type, templateNames)));
  return schema;
}

/** The front matter of one document; which keys are required depends on its type. */
function buildSchema(type: DocumentType, templateNames: readonly string[]) {
  const forReports = type !== 'minutes';
  const requiredForReports = <T extends z.ZodType>(schema: T) => (forReports ? schema : schema.optional());
  return z.object({
    type: z
      .enum(['report', 'scrutiny', 'minutes'], {
        error: unlessEmpty('type', "type must be 'report', 'scrutiny' or 'minutes'.", true),
      })
      .optional(),
    id: z
      .string({ error: 'id must be text.' })
      .regex(DOCUMENT_ID_PATTERN, {
        error:
          'id may use only lower-case letters, digits and hyphens, starting with a letter or digit, such as cabinet-2026-03-12.',
      })
      .optional(),
    title: text('title'),
    committee: text('committee'),
    meeting: date('meeting'),
    template: z
      .string({ error: 'template must be the name of a template.' })
      .refine((name) => templateNames.includes(name), {
        error: `That template does not exist: use one of ${templateNames.join(', ')}, or define it in .committee-reports.yaml.`,
      })
      .optional(),
    report_by: requiredForReports(
      z.union(
        [
          text('report_by'),
          z.array(text('report_by')).min(1, { error: "report_by lists no one: name the author's post title." }),
        ],
        {
          error: unlessEmpty(
            'report_by',
            "report_by must name the post title(s) of the report's author, such as Director of Children's Services.",
          ),
        },
      ),
    ),
    contact: requiredForReports(contact),
    divisions: divisions.optional(),
    wards: divisions.optional(),
    purpose: z
      .enum(['decision', 'discussion', 'noting'], {
        error: unlessEmpty('purpose', "purpose must be 'decision', 'discussion' or 'noting'.", true),
      })
      .optional(),
    key_decision: z
      .union([z.enum(['yes', 'no', 'not-applicable']), z.boolean()], {
        error: unlessEmpty('key_decision', "key_decision must be 'yes', 'no' or 'not-applicable'.", true),
      })
      .optional(),
    exempt: exempt.optional(),
    appendices: z
      .array(appendix, { error: 'appendices must be a list of { id, title } entries.' })
      .superRefine((list, context) => {
        const seen = new Set<string>();
        list.forEach((entry, index) => {
          const id = String(entry.id).toUpperCase();
          if (seen.has(id))
            context.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `Appendix ${entry.id} is declared twice: give each appendix its own id.`,
            });
          seen.add(id);
        });
      })
      .optional(),
    item: (forReports ? itemInReport : minuteItems).optional(),
    addressee: text('addressee').optional(),
    response_due: date('response_due').optional(),
    locked: z
      .array(z.string({ error: lockedError }).regex(LOCKED_ID, { error: lockedError }), { error: lockedError })
      .optional(),
  });
}

export type FrontMatterData = z.infer<ReturnType<typeof frontMatterSchema>>;

/** Every key the format defines (docs/format.md, "Front matter"), for unknown-key warnings and completion. */
export const FRONT_MATTER_KEYS = [
  'type',
  'id',
  'title',
  'committee',
  'meeting',
  'template',
  'report_by',
  'contact',
  'divisions',
  'wards',
  'purpose',
  'key_decision',
  'exempt',
  'appendices',
  'addressee',
  'response_due',
  'item',
  'locked',
] as const;

/** Keys that belong to one kind of document only, so that completion offers them there alone. */
export const KEYS_FOR_MINUTES_ONLY: readonly string[] = ['item'];
