import { isCalendarDate } from '../schema/dates';

export { isCalendarDate };

/** How long the addressee of a scrutiny report has to respond when `response_due` is not given (docs/format.md, "Front matter"). */
const DEFAULT_RESPONSE_MONTHS = 2;

/**
 * The date `months` calendar months after a `YYYY-MM-DD` date. A day the
 * later month does not have becomes its last day (31 December + 2 months is
 * 28 or 29 February), as people count "two months from".
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** When a scrutiny report's response is due: its `response_due`, else two months after its meeting. */
export function responseDueOf(responseDue: string | undefined, meeting: string | undefined): string | undefined {
  if (responseDue !== undefined) return responseDue;
  return meeting === undefined ? undefined : addMonths(meeting, DEFAULT_RESPONSE_MONTHS);
}

/** A front matter value that is a real `YYYY-MM-DD` date, else undefined. */
export function dateValue(value: unknown): string | undefined {
  return typeof value === 'string' && isCalendarDate(value) ? value : undefined;
}

/**
 * A moment's calendar date where the user is (local time, not UTC), for
 * `today`: a response due today is not overdue until tomorrow. Takes the
 * moment as an argument so the core never reads the clock itself.
 */
export function localDate(moment: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1, 2)}-${pad(moment.getDate(), 2)}`;
}
