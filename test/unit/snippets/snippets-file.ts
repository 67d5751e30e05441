/** The extension's snippet file, read and expanded as VS Code would. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateVariables, expandSnippet, type Expansion } from './snippet-expander';

export const SNIPPETS_FILE = path.resolve(__dirname, '../../../../snippets/committee-report.code-snippets');

export interface Snippet {
  readonly name: string;
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

/** Every snippet, in file order; throws when the file or an entry does not have the shape VS Code reads. */
export function readSnippets(): Snippet[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(SNIPPETS_FILE, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('the snippet file must hold one object');
  return Object.entries(parsed).map(([name, entry]: [string, unknown]) => toSnippet(name, entry));
}

function toSnippet(name: string, entry: unknown): Snippet {
  if (typeof entry !== 'object' || entry === null) throw new Error(`${name}: not an object`);
  const { prefix, body, description } = entry as Record<string, unknown>;
  if (!isText(prefix)) throw new Error(`${name}: prefix must be text or a list of text`);
  if (!isText(body)) throw new Error(`${name}: body must be text or a list of lines`);
  if (typeof description !== 'string' || description.trim() === '')
    throw new Error(`${name}: description must be text`);
  return { name, prefix, body, description };
}

function isText(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' ||
    (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))
  );
}

export function prefixesOf(snippet: Snippet): readonly string[] {
  return typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;
}

export function snippetWithPrefix(prefix: string): Snippet {
  const snippet = readSnippets().find((candidate) => prefixesOf(candidate).includes(prefix));
  if (!snippet) throw new Error(`no snippet has the prefix ${prefix}`);
  return snippet;
}

/** The day the tests pretend it is, for the date variables the skeletons use. */
export const TODAY = dateVariables(2026, 3, 12);

/** The snippet with every default accepted, except the tab stops given `values`. */
export function expand(snippet: Snippet, values: Readonly<Record<number, string>> = {}): Expansion {
  return expandSnippet(snippet.body, { variables: TODAY, values });
}

/**
 * What an officer might write at each tab stop of the skeletons: a finished
 * document, which must check clean, so that everything the unedited
 * skeleton reports is a fill-in and nothing else.
 */
export const FILLED_IN: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  'skeleton-report': {
    1: 'Library Opening Hours',
    2: 'Cabinet',
    3: '2026-03-12',
    4: 'Director of Communities',
    5: 'Sam Patel',
    6: 'sam.patel@example.gov.uk',
    7: 'All',
    8: 'decision',
    9: 'no',
    10: "approve new opening hours for the county's libraries.",
    11: 'approves the new opening hours from 1 May 2026',
    12: 'Visits fell by a fifth between 2019 and 2025, most of all on weekday mornings.',
    13: 'opening every library on Sundays, which would cost £90,000 a year.',
    14: 'Library users were surveyed in January 2026; 1,204 replied.',
    15: 'The change saves £40,000 a year from the libraries budget.',
    16: 'The Council keeps a comprehensive and efficient service under the Public Libraries and Museums Act 1964.',
    17: 'Fewer morning visits may follow; usage will be reviewed after six months.',
    18: 'the hours change equally for everyone and the busiest times are kept.',
    19: 'the libraries keep their staffing and security.',
    20: 'it changes only opening hours.',
    21: 'None.',
  },
  'skeleton-scrutiny': {
    1: 'Home to School Transport',
    2: "Children's Scrutiny Committee",
    3: '2026-03-12',
    4: 'Chair of the Home to School Transport Task Group',
    5: 'Priya Natarajan',
    6: 'priya.natarajan@example.gov.uk',
    7: 'All',
    8: 'Cabinet Member for Education',
    9: 'note why home to school transport costs rose.',
    10: 'why costs have risen faster than the number of eligible pupils.',
    11: 'The Council must arrange free travel for eligible pupils.',
    12: 'twelve parents and the transport team.',
    13: 'Most of the rise comes from single-occupancy taxi routes.',
    14: 'asks the Cabinet Member to commission a review of route planning',
    15: 'F1',
    16: 'Parents and schools were consulted in January 2026.',
    17: 'A review may find no saving; the group will ask for its findings in a year.',
    18: 'a wider review of all school travel, judged outside the scope.',
    19: 'pupils with special educational needs keep their service.',
    20: 'the routes do not affect crime or disorder.',
    21: 'it concerns route planning only.',
    22: 'None.',
  },
  'skeleton-minutes': {
    1: 'Cabinet',
    2: '12 March 2026',
    3: '2026-03-12',
    4: 'Councillor Ellis (Chair), Councillors Adeyemi, Brook and Carter.',
    5: 'Councillor Fenwick.',
    6: 'None.',
    7: '12 February 2026',
    8: '4',
    9: 'Home to School Transport',
    10: "Endorses the task group's recommendation.",
    11: '16 April 2026.',
  },
};

/** The skeleton with every tab stop filled in as an officer would, except those given in `values`. */
export function filledIn(prefix: string, values: Readonly<Record<number, string>> = {}): string {
  const filled = FILLED_IN[prefix];
  if (!filled) throw new Error(`no filled-in values for ${prefix}`);
  return expand(snippetWithPrefix(prefix), { ...filled, ...values }).text;
}
