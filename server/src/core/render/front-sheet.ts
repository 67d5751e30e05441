import type { ParsedDocument } from '../document';
import { councilDate } from './council-date';
import { exemptNotice } from './exempt-notice';

/** One line of a front sheet value; an email address links to itself. */
export interface FrontSheetLine {
  readonly text: string;
  readonly email?: true;
}

/** A row of the front sheet: what it is ("Meeting date") and what the front matter says. */
export interface FrontSheetRow {
  readonly label: string;
  readonly lines: readonly FrontSheetLine[];
}

/** The front sheet of a paper, as every export writes it above the body. */
export interface FrontSheet {
  /** The Schedule 12A notice of an exempt report, which goes above everything else. */
  readonly exemptNotice?: string;
  readonly rows: readonly FrontSheetRow[];
}

const PURPOSES: Readonly<Record<string, string>> = {
  decision: 'For decision',
  discussion: 'For discussion',
  noting: 'For noting',
};

const KEY_DECISIONS: Readonly<Record<string, string>> = {
  yes: 'Yes',
  true: 'Yes',
  no: 'No',
  false: 'No',
  'not-applicable': 'Not applicable',
};

/**
 * The front sheet from a document's front matter, in the order councils print
 * it: committee, meeting date, title, report by, contact officer, divisions or
 * wards, purpose, key decision, appendices. A row is there only when its value
 * is present and of the kind the format allows: a value front-matter-schema
 * reports is left out rather than printed wrong.
 */
export function frontSheet(document: ParsedDocument): FrontSheet {
  const { data } = document;
  const rows: FrontSheetRow[] = [];
  const add = (label: string, lines: readonly FrontSheetLine[]) => {
    if (lines.length > 0) rows.push({ label, lines });
  };
  add('Committee', textLines(data['committee']));
  add('Meeting date', textLines(councilDate(data['meeting'])));
  add('Title', textLines(data['title']));
  add('Report by', textLines(data['report_by']));
  add('Contact officer', contactLines(data['contact']));
  add('Divisions affected', areaLines(data['divisions']));
  add('Wards affected', areaLines(data['wards']));
  add('Purpose', textLines(PURPOSES[String(data['purpose'])]));
  add('Key decision', textLines(KEY_DECISIONS[String(data['key_decision'])]));
  add('Appendices', appendixLines(data['appendices']));
  const notice = exemptNotice(document);
  return notice === undefined ? { rows } : { exemptNotice: notice, rows };
}

/** Text, or a list of texts, one line each; anything else, nothing. */
function textLines(value: unknown): FrontSheetLine[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((item) => (typeof item === 'string' && item.trim() !== '' ? [{ text: item.trim() }] : []));
}

/** The contact's name, then their email and phone when given. */
function contactLines(value: unknown): FrontSheetLine[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const contact = value as Record<string, unknown>;
  const name = textLines(contact['name']);
  if (name.length === 0) return [];
  const email = textLines(contact['email']).map(({ text }) => ({ text, email: true as const }));
  return [...name, ...email, ...textLines(contact['phone'])];
}

/** `All`, or the divisions (or wards) listed, on one line: a front sheet lists them as a sentence. */
function areaLines(value: unknown): FrontSheetLine[] {
  const names = textLines(value).map(({ text }) => text);
  return names.length === 0 ? [] : [{ text: names.join(', ') }];
}

/** "Appendix A: Terms of reference", one line each. */
function appendixLines(value: unknown): FrontSheetLine[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, title } = entry as Record<string, unknown>;
    const [name] = textLines(title);
    if ((typeof id !== 'string' && typeof id !== 'number') || name === undefined) return [];
    return [{ text: `Appendix ${id}: ${name.text}` }];
  });
}
