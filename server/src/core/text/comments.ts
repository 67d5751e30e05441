/**
 * The text with each closed HTML comment (`<!--` to the first `-->` after it)
 * replaced; an unclosed `<!--` is text, as CommonMark reads it. Linear: each
 * search starts where the last one ended.
 */
export function replaceClosedComments(text: string, replacement: string): string {
  let open = text.indexOf('<!--');
  if (open === -1) return text;
  let result = '';
  let at = 0;
  while (open !== -1) {
    const close = text.indexOf('-->', open + 4);
    // No close after this one means none after any later one either.
    if (close === -1) break;
    result += text.slice(at, open) + replacement;
    at = close + 3;
    open = text.indexOf('<!--', at);
  }
  return result + text.slice(at);
}
