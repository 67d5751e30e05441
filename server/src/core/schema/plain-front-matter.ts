import { z } from 'zod';
import type { DocumentType } from '../types';
import { isCalendarDate } from './dates';
import { DOCUMENT_ID_PATTERN, FRONT_MATTER_KEYS, LOCKED_ID } from './front-matter';

/**
 * Whether a front matter is plainly valid: written in the shapes the
 * templates and most papers use, each of which the schema accepts, with no
 * key the format does not know. Most documents are; for them this answers at
 * a fraction of the schema's cost (a cold `check` of 2,000 documents spent
 * about 70 ms in the schema). Anything else, or anything it is not sure of
 * (an exempt paper's details, a value left empty), is "no", and the schema
 * decides, with its messages. So "yes" must always mean the schema finds
 * nothing: a property test (test/properties/plain-front-matter.test.ts)
 * holds it to that.
 */
export function isPlainlyValid(
  data: Readonly<Record<string, unknown>>,
  type: DocumentType,
  templateNames: readonly string[],
): boolean {
  const forReports = type !== 'minutes';
  if (!isText(data['title']) || !isText(data['committee']) || !isDate(data['meeting'])) return false;
  if (forReports && (!('report_by' in data) || !('contact' in data))) return false;
  if ('divisions' in data && 'wards' in data) return false;
  for (const key in data) {
    const value = data[key];
    if (!(KNOWN_KEYS.has(key) && (PLAIN_VALUES[key]?.(value, { forReports, templateNames }) ?? true))) return false;
  }
  return true;
}

interface Context {
  readonly forReports: boolean;
  readonly templateNames: readonly string[];
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(FRONT_MATTER_KEYS);

/** Each key's plain values (title, committee and meeting are tested above). */
const PLAIN_VALUES: Readonly<Record<string, (value: unknown, context: Context) => boolean>> = {
  type: (value) => value === 'report' || value === 'scrutiny' || value === 'minutes',
  id: (value) => typeof value === 'string' && DOCUMENT_ID_PATTERN.test(value),
  template: (value, { templateNames }) => typeof value === 'string' && templateNames.includes(value),
  report_by: (value) => isText(value) || isListOf(value, isText),
  contact: isPlainContact,
  divisions: isPlainDivisions,
  wards: isPlainDivisions,
  purpose: (value) => value === 'decision' || value === 'discussion' || value === 'noting',
  key_decision: (value) =>
    value === 'yes' || value === 'no' || value === 'not-applicable' || typeof value === 'boolean',
  // An exempt paper's paragraphs and reason are the schema's to judge.
  exempt: (value) => value === false,
  appendices: isPlainAppendixList,
  item: (value, { forReports }) => !forReports && (isItem(value) || isListOf(value, isItem)),
  addressee: isText,
  response_due: isDate,
  locked: (value) => isListOf(value, (id) => typeof id === 'string' && LOCKED_ID.test(id), true),
};

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function isDate(value: unknown): boolean {
  return typeof value === 'string' && isCalendarDate(value);
}

/** A list of such items; empty only where the schema allows it. */
function isListOf(value: unknown, isItem: (item: unknown) => boolean, mayBeEmpty = false): boolean {
  return Array.isArray(value) && (mayBeEmpty || value.length > 0) && value.every((item) => isItem(item));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema's own test of an email address, so the two cannot differ. */
const EMAIL = z.regexes.email;

function isPlainContact(value: unknown): boolean {
  if (!isMapping(value) || !isText(value['name'])) return false;
  for (const key in value) {
    const field = value[key];
    if (
      key === 'email'
        ? !(typeof field === 'string' && EMAIL.test(field))
        : key === 'phone'
          ? typeof field !== 'string'
          : key !== 'name'
    )
      return false;
  }
  return true;
}

function isPlainDivisions(value: unknown): boolean {
  return value === 'All' || isListOf(value, isText);
}

function isItem(value: unknown): boolean {
  return isText(value) || (typeof value === 'number' && Number.isFinite(value));
}

function isPlainAppendixList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const appendix of value) {
    if (!isMapping(appendix) || Object.keys(appendix).some((key) => key !== 'id' && key !== 'title')) return false;
    const id = appendix['id'];
    if (!((typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) && APPENDIX_ID.test(String(id))))
      return false;
    if (!isText(appendix['title'])) return false;
    const key = String(id).toUpperCase();
    if (ids.has(key)) return false;
    ids.add(key);
  }
  return true;
}

const APPENDIX_ID = /^(?:[A-Za-z]|\d+)$/;
