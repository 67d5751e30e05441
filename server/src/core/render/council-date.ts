import { isCalendarDate } from '../schema/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A `YYYY-MM-DD` date as councils write it on a front sheet, "12 March 2026":
 * the day without a leading zero, the month in words, never a weekday (a
 * reader's locale must not change what is published). Undefined for
 * anything that is not a real date.
 */
export function councilDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !isCalendarDate(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]!} ${year}`;
}
