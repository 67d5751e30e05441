import { isCalendarDate } from './dates';
import type { YamlPath } from './yaml-locate';

/** A front matter value written in a form whose meaning is certain, and the form the format asks for. */
export interface ValueFix {
  readonly title: string;
  readonly newText: string;
}

/** Keys whose value is one of a few words, by path, with those words as the format writes them. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  type: ['report', 'scrutiny', 'minutes'],
  purpose: ['decision', 'discussion', 'noting'],
  key_decision: ['yes', 'no', 'not-applicable'],
  'exempt.jurisdiction': ['england', 'wales'],
  divisions: ['All'],
  wards: ['All'],
};

const DATE_KEYS = new Set(['meeting', 'response_due']);

/**
 * The value the format asks for, when the value written can mean only one
 * thing: a date in another common form (`12 March 2026`, `2026/03/12`, or
 * `15/03/2026`, where only one of the numbers can be the month), a choice
 * written in other capitals or with spaces (`Not applicable`), `exempt: no`,
 * or a phone number that YAML reads as a number and so loses its leading 0.
 * `value` is what YAML read; `written` the value's text in the file.
 */
export function valueFix(path: YamlPath, value: unknown, written: string): ValueFix | undefined {
  const key = path.map(String).join('.');
  if (DATE_KEYS.has(key) && typeof value === 'string') {
    const date = isoDate(value.trim());
    return date === undefined ? undefined : { title: `Write the date as ${date}`, newText: date };
  }
  const choices = CHOICES[key];
  if (choices && typeof value === 'string') {
    const choice = choices.find((candidate) => normalise(candidate) === normalise(value));
    return choice === undefined ? undefined : { title: `Write ${choice}`, newText: choice };
  }
  if (key === 'exempt' && typeof value === 'string' && /^(?:no|none|not exempt)$/i.test(value.trim()))
    return { title: 'Write false (not exempt)', newText: 'false' };
  if (key === 'contact.phone' && typeof value === 'number' && /^\+?\d[\d ]*$/.test(written))
    return { title: 'Put the phone number in quotes', newText: `'${written}'` };
  return undefined;
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `YYYY-MM-DD` for a date written another way, when it names one real day and no other. */
export function isoDate(written: string): string | undefined {
  const parts = dateParts(written);
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso !== written && isCalendarDate(iso) ? iso : undefined;
}

function dateParts(written: string): readonly [string, number, number] | undefined {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(written);
  if (yearFirst) return [yearFirst[1]!, Number(yearFirst[2]), Number(yearFirst[3])];
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(written);
  if (yearLast) {
    const [a, b] = [Number(yearLast[1]), Number(yearLast[2])];
    // 12/03/2026 is 12 March in Britain and 3 December in America: only a number over 12, or two the same, decides.
    if (a === b || (a > 12 && b <= 12)) return [yearLast[3]!, b, a];
    if (b > 12 && a <= 12) return [yearLast[3]!, a, b];
    return undefined;
  }
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(written);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(written);
  const named = dayFirst
    ? { day: dayFirst[1]!, month: dayFirst[2]!, year: dayFirst[3]! }
    : monthFirst && { day: monthFirst[2]!, month: monthFirst[1]!, year: monthFirst[3]! };
  if (!named) return undefined;
  const month = monthNumber(named.month);
  return month === undefined ? undefined : [named.year, month, Number(named.day)];
}

/** January, Jan, Sept: a month's name, in full or cut to three letters or more, in any capitals. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}
