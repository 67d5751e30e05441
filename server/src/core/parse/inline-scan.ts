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
  // Each `<!--` or backtick run would otherwise search to the end of the text
  // for its close, and again for the next one: quadratic on text full of them.
  const lastCommentClose = text.lastIndexOf('-->');
  let backtickRuns: BacktickRuns | undefined;
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
      const close = (backtickRuns ??= new BacktickRuns(text)).next(at + run, run);
      if (close === -1) at += run;
      else {
        blank(at, close + run);
        at = close + run;
      }
    } else if (code === 60 /* < */ && !(options.keepComments && text.startsWith('<!--', at))) {
      const end = htmlOrAutolinkEnd(text, at, lastCommentClose);
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

/**
 * The runs of backticks in a text, by length, read once. `next` answers where
 * the next run of a length starts; callers ask with ever later offsets, so
 * each length keeps a cursor and the whole scan stays linear.
 */
class BacktickRuns {
  private readonly starts = new Map<number, number[]>();
  private readonly cursors = new Map<number, number>();

  constructor(text: string) {
    for (let at = text.indexOf('`'); at !== -1;) {
      let length = 1;
      while (text.charCodeAt(at + length) === 96) length++;
      const list = this.starts.get(length);
      if (list) list.push(at);
      else this.starts.set(length, [at]);
      at = text.indexOf('`', at + length);
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
  next(from: number, length: number): number {
    const list = this.starts.get(length);
    if (!list) return -1;
    let cursor = this.cursors.get(length) ?? 0;
    while (cursor < list.length && list[cursor]! < from) cursor++;
    this.cursors.set(length, cursor);
    return cursor < list.length ? list[cursor]! : -1;
  }
}

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>/y;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;

/** `lastCommentClose`: where the text's last `-->` starts, so a comment with no close is known at once. */
function htmlOrAutolinkEnd(text: string, at: number, lastCommentClose: number): number {
  if (text.startsWith('<!--', at)) {
    const close = lastCommentClose < at + 4 ? -1 : text.indexOf('-->', at + 4);
    return close === -1 ? -1 : close + 3;
  }
  for (const pattern of [AUTOLINK, TAG]) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return pattern.lastIndex;
  }
  return -1;
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}
