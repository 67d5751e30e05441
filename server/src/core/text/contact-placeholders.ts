/**
 * Contact details a template leaves for the author: an e-mail address whose
 * name part is a stand-in (`name@…`, `firstname.lastname@…`), and a
 * telephone number whose digits are all the same or simply count up
 * (`0000 000 0000`, `01234 567890`). A real person's address, at any
 * domain, and a real number however it is punctuated are left alone.
 */

export interface ContactPlaceholder {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'email' | 'phone';
}

/**
 * The stand-in names of template addresses, UK ones included (Joe Bloggs,
 * A N Other). The domain does not matter: `priya.natarajan@example.gov.uk`
 * is a realistic sample, `name@council.gov.uk` is not finished.
 */
const STAND_IN_NAMES = String.raw`name|first\.?name|first\.last|firstname\.(?:last\.?name|surname)|forename\.surname|your\.?name|your\.?email|e-?mail|user(?:name)?|someone|somebody|joe\.bloggs|a\.n\.other|x{2,}`;
const STAND_IN_LOCAL_PART = new RegExp(String.raw`^(?:${STAND_IN_NAMES})$`, 'i');
/** The domain after the `@`: labels separated by dots outside their class (so matching is linear), or an ellipsis left for it. */
const DOMAIN = /(?:[\p{L}\p{N}-]{1,63}\.){0,8}[\p{L}\p{N}-]{0,63}(?:…|\.{3})?/uy;
const LOCAL_PART_CHARACTER = /[A-Za-z0-9._+-]/;
const BEFORE_LOCAL_PART = /[\p{L}\p{N}_.+-]/u;

/** An autolink `<` before a stand-in address, so that the Markdown mask leaves the address in view. */
export const STAND_IN_AUTOLINK = new RegExp(String.raw`<(?=(?:mailto:)?(?:${STAND_IN_NAMES})@)`, 'giu');

/**
 * A UK number: `0` or `+44` (with an optional `(0)`), then ten or eleven
 * digits in all with at most two separators between digits. Bounded, so each
 * start costs a few steps.
 */
const PHONE = /(?:\+44[ .-]{0,2}(?:\(0\)[ .-]{0,2})?|\(?0)\d(?:[ .()-]{0,2}\d){8,10}(?![\p{L}\p{N}_])/gu;
/** A 0 with nine more digits or separators after it: far rarer than a 0, and found without trying every position. */
const MAYBE_PHONE = /0\d{2,4}[ .)-]{0,2}\d{3}/;

/** Cheap tests that say whether `contactPlaceholders` can find anything. */
export function mayHoldContactPlaceholder(text: string): boolean {
  return text.includes('@') || (text.includes('0') && MAYBE_PHONE.test(text)) || text.includes('+44');
}

/** What may not stand right before a number: it would be part of a longer figure or word. Tested in code, as a lookbehind would slow the scan. */
const BEFORE_NUMBER = /[\p{L}\p{N}_+.]/u;

export function contactPlaceholders(text: string): ContactPlaceholder[] {
  const found: ContactPlaceholder[] = [];
  // Each `@` is read back to the start of its name part, which must be a stand-in on its own.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_PART_CHARACTER.test(text[start - 1]!)) start--;
    if (start > 0 && BEFORE_LOCAL_PART.test(text[start - 1]!)) continue;
    if (!STAND_IN_LOCAL_PART.test(text.slice(start, at))) continue;
    DOMAIN.lastIndex = at + 1;
    let written = text.slice(start, at + 1) + (DOMAIN.exec(text)?.[0] ?? '');
    // A full stop after the address ends the sentence; an ellipsis is the domain left to fill.
    if (!written.endsWith('...')) written = written.replace(/\.+$/, '');
    found.push({ start, end: start + written.length, text: written, kind: 'email' });
  }
  // `exec` with the shared pattern: `matchAll` copies the pattern on every call, which shows on a corpus of paragraphs.
  PHONE.lastIndex = 0;
  for (
    let match = MAYBE_PHONE.test(text) || text.includes('+44') ? PHONE.exec(text) : null;
    match;
    match = PHONE.exec(text)
  ) {
    if (match.index > 0 && BEFORE_NUMBER.test(text[match.index - 1]!)) continue;
    if (isMadeUpNumber(match[0]))
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind: 'phone' });
  }
  return found;
}

/** Digits after the leading 0 all the same (`0000 000 0000`), or all counting up (`01234 567890`), as no real number's are. */
function isMadeUpNumber(written: string): boolean {
  const international = written.startsWith('+44');
  const digits = (international ? written.slice(3).replace(/\(0\)/, '') : written).replace(/\D/g, '');
  const national = international ? `0${digits}` : digits;
  if (national.length < 10 || national.length > 11) return false;
  let same = true;
  let counting = true;
  for (let index = 1; index < national.length; index++) {
    const previous = national.charCodeAt(index - 1) - 48;
    const digit = national.charCodeAt(index) - 48;
    if (index > 1 && digit !== previous) same = false;
    if (digit !== (previous + 1) % 10) counting = false;
  }
  return same || counting;
}
