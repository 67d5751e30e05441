import { isCalendarDate } from '../schema/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** 18 June 2026, Thursday 18th June 2026, 18 Jun. 2026 */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'i');
/** June 18, 2026 */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+(\d{4})\b`, 'i');
/** 18/06/2026, 18.06.2026, 18-06-26: day first, as British papers write it */
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * The first date written in `text`, in any of the forms councils print, as
 * `YYYY-MM-DD`; undefined when there is none or it is not a real date
 * (30 February). Numbers alone are read day first, as in Britain.
 */
export function writtenDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const long = DAY_MONTH_YEAR.exec(text);
  if (long) return checked(Number(long[3]), monthOf(long[2]!), Number(long[1]));
  const american = MONTH_DAY_YEAR.exec(text);
  if (american) return checked(Number(american[3]), monthOf(american[1]!), Number(american[2]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const year = Number(numeric[3]);
    return checked(year < 100 ? 2000 + year : year, Number(numeric[2]), Number(numeric[1]));
  }
  return undefined;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function checked(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}
