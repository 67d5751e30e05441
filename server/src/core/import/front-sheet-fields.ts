import { writtenDate } from './written-date';

/** Front matter as the import writes it, in the order the format lists its keys. */
export type ImportedFields = Record<string, unknown>;

type Reader = (lines: readonly string[], fields: ImportedFields) => void;

/**
 * What a front sheet's row labels mean, by the words councils print
 * ("Report to", "Date of meeting", "Lead officer", "Wards affected"): each
 * label's words (lower case, no punctuation) and how its value is read.
 */
const LABELS: readonly [RegExp, Reader][] = [
  [/^(?:meeting )?date(?: of (?:the )?meeting)?$|^meeting date$/, (lines, fields) => setDate(lines, fields)],
  [
    /^(?:committee|meeting|report to|decision maker|decision taker|to|body|forum)$/,
    (lines, fields) => {
      fields['committee'] ??= lines[0];
      setDate(lines, fields, false);
    },
  ],
  [
    /^(?:report )?title(?: of (?:the )?report)?$|^subject$|^report$|^item$/,
    (lines, fields) => (fields['title'] ??= lines.join(' ')),
  ],
  [
    /^report (?:by|of|from)$|^(?:report )?author$|^lead (?:officer|director)$|^responsible (?:officer|director)$|^from$|^director$|^submitted by$/,
    (lines, fields) => (fields['report_by'] ??= lines.length === 1 ? lines[0] : [...lines]),
  ],
  [
    /^contact(?: officer| details| person| name)?$|^(?:officer )?contact$|^report contact$/,
    (lines, fields) => setContact(lines, fields),
  ],
  [/^e-?mail(?: address)?$/, (lines, fields) => setContact([], fields, lines[0])],
  [/^(?:tel(?:ephone)?|phone)(?: number)?$/, (lines, fields) => setContact([], fields, undefined, lines[0])],
  [/^key decision\??$|^is this a key decision\??$/, (lines, fields) => setKeyDecision(lines, fields)],
  [
    /^(?:electoral )?divisions?(?: affected)?$|^divisions? concerned$/,
    (lines, fields) => setAreas('divisions', lines, fields),
  ],
  [/^wards?(?: affected)?$|^wards? concerned$/, (lines, fields) => setAreas('wards', lines, fields)],
  [/^purpose(?: of (?:the )?report)?$|^for$/, (lines, fields) => setPurpose(lines, fields)],
  [
    /^exempt(?: information)?\??$|^(?:part ii|confidential|exempt or confidential|access to information)$/,
    (lines, fields) => setExempt(lines.join(' '), fields),
  ],
  [/^appendices$|^appendix$|^attachments$/, (lines, fields) => setAppendices(lines, fields)],
];

/** The reader for a front sheet label, or undefined when the label is not one the format has. */
export function labelReader(label: string): Reader | undefined {
  const words = label
    .toLowerCase()
    .replace(/[*_:]/g, ' ')
    .replace(/[^a-z ?-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return LABELS.find(([pattern]) => pattern.test(words))?.[1];
}

function setDate(lines: readonly string[], fields: ImportedFields, always = true): void {
  const date = writtenDate(lines.join(' '));
  if (date !== undefined) fields['meeting'] ??= date;
  else if (always) fields['meeting'] ??= lines.join(' ');
}

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+44\s?|\b0)[\d ()-]{8,}\d/;

/** "Ruth Penhaligon, Scrutiny Officer", an email and a phone number, on lines or in one. */
function setContact(lines: readonly string[], fields: ImportedFields, email?: string, phone?: string): void {
  const contact = (fields['contact'] ??= {}) as Record<string, string>;
  for (const line of lines) {
    const foundEmail = EMAIL.exec(line)?.[0];
    const foundPhone = PHONE.exec(line)?.[0];
    if (foundEmail !== undefined) contact['email'] ??= foundEmail;
    if (foundPhone !== undefined) contact['phone'] ??= foundPhone.trim();
    const rest = line
      .replace(EMAIL, '')
      .replace(PHONE, '')
      .replace(/\b(?:name|e-?mail|tel(?:ephone)?|phone|contact)\s*:/gi, '')
      .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
    if (rest !== '' && contact['name'] === undefined) contact['name'] = rest.split(/\s*,\s*/)[0]!;
  }
  if (email !== undefined) contact['email'] ??= EMAIL.exec(email)?.[0] ?? email;
  if (phone !== undefined) contact['phone'] ??= phone;
}

function setKeyDecision(lines: readonly string[], fields: ImportedFields): void {
  const text = lines.join(' ').toLowerCase();
  if (/^(?:yes|y)\b/.test(text)) fields['key_decision'] = 'yes';
  else if (/^not? applicable|^n\/?a\b/.test(text)) fields['key_decision'] = 'not-applicable';
  else if (/^no\b/.test(text)) fields['key_decision'] = 'no';
}

function setAreas(key: 'divisions' | 'wards', lines: readonly string[], fields: ImportedFields): void {
  if (fields['divisions'] !== undefined || fields['wards'] !== undefined) return;
  const text = lines.join(', ').trim();
  if (/^all\b/i.test(text)) {
    fields[key] = 'All';
    return;
  }
  const names = text
    .split(/\s*(?:,|;|\band\b(?=[^,;]*$))\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !/^(?:none|n\/a)$/i.test(name));
  if (names.length > 0) fields[key] = names;
}

function setPurpose(lines: readonly string[], fields: ImportedFields): void {
  const text = lines.join(' ').toLowerCase();
  const purpose = ['decision', 'discussion', 'noting'].find((word) => text.includes(word));
  if (purpose === undefined && /\binformation\b|\bnote\b/.test(text)) fields['purpose'] = 'noting';
  else if (purpose !== undefined) fields['purpose'] = purpose;
}

/**
 * "No", "Public", "Not exempt" leave the paper public; "Yes – paragraph 3",
 * or the notice "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of
 * Schedule 12A", make it exempt under the paragraphs named.
 */
export function setExempt(text: string, fields: ImportedFields): void {
  if (/^\W*(?:no\b|none|not exempt|not applicable|n\/a|public|open)/i.test(text.trim())) return;
  const named = /paragraphs?\s+([\dA-C]+(?:\s*(?:,|and|&)\s*[\dA-C]+)*)/i.exec(text);
  const paragraphs = named ? named[1]!.split(/\s*(?:,|and|&)\s*/).filter((p) => p !== '') : [];
  if (paragraphs.length === 0 && !/^\W*yes\b|schedule 12a|exempt|not for publication|confidential/i.test(text)) return;
  const wales = /\bpart 4\b|\bwales\b/i.test(text) || paragraphs.some((p) => Number(p) >= 12);
  fields['exempt'] = { jurisdiction: wales ? 'wales' : 'england', paragraphs: paragraphs.map(numberOrText) };
}

/** "Appendix A: Terms of reference", "A – Terms of reference". */
function setAppendices(lines: readonly string[], fields: ImportedFields): void {
  const appendices = lines.flatMap((line) => {
    const match = /^(?:appendix|annex)?\s*([A-Z]|\d{1,2})\s*[:.–-]\s*(.+)$/i.exec(line.trim());
    return match ? [{ id: match[1]!.toUpperCase(), title: match[2]!.trim() }] : [];
  });
  if (appendices.length > 0) fields['appendices'] ??= appendices;
}

function numberOrText(paragraph: string): number | string {
  return /^\d+$/.test(paragraph) ? Number(paragraph) : paragraph;
}
