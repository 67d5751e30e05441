/**
 * Blanks out the parts of Markdown inline text where a `[F1]` is not a
 * reference: code spans, backslash escapes, HTML comments, raw HTML tags and
 * autolinks. The result has the same length, so offsets stay valid.
 *
 * markdown-it does not report column positions for inline content, so this is
 * the one piece of inline syntax we read ourselves; it follows the CommonMark
 * rules for the constructs above and nothing more.
 */
export function maskInlineSyntax(text: string, options: { keepComments?: boolean } = {}): string {
  let out: string[] | undefined;
  const blank = (from: number, to: number) => {
    out ??= text.split('');
    for (let at = from; at < to; at++) if (out[at] !== '\n' && out[at] !== '\r') out[at] = ' ';
  };
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === 92 /* \ */) {
      if (at + 1 < length && isAsciiPunctuation(text.charCodeAt(at + 1))) {
        blank(at, at + 2);
        at += 2;
      } else at++;
    } else if (code === 96 /* ` */) {
      let run = 1;
      while (text.charCodeAt(at + run) === 96) run++;
      const close = findBacktickRun(text, at + run, run);
      if (close === -1) at += run;
      else {
        blank(at, close + run);
        at = close + run;
      }
    } else if (code === 60 /* < */ && !(options.keepComments && text.startsWith('<!--', at))) {
      const end = htmlOrAutolinkEnd(text, at);
      if (end === -1) at++;
      else {
        blank(at, end);
        at = end;
      }
    } else {
      // Jump to the next character that can start one of the constructs above.
      at = nextSpecial(text, at + 1);
    }
  }
  return out ? out.join('') : text;
}

const SPECIAL = /[\\`<]/g;

function nextSpecial(text: string, from: number): number {
  SPECIAL.lastIndex = from;
  const match = SPECIAL.exec(text);
  return match ? match.index : text.length;
}

function findBacktickRun(text: string, from: number, run: number): number {
  let at = text.indexOf('`', from);
  while (at !== -1) {
    let length = 1;
    while (text.charCodeAt(at + length) === 96) length++;
    if (length === run) return at;
    at = text.indexOf('`', at + length);
  }
  return -1;
}

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>/y;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;

function htmlOrAutolinkEnd(text: string, at: number): number {
  if (text.startsWith('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    return close === -1 ? -1 : close + 3;
  }
  for (const pattern of [AUTOLINK, TAG]) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return -1;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}
