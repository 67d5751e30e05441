/** The first words of a definition, without its references or emphasis marks, for names in lists. */
export function definitionWords(text: string, maxWords: number): string {
  // A `[` with no `]` after it would send the bracket pattern to the end of the text from each `[`: quadratic.
  // After the last `]`, no bracket can close, so only the marks are removed there.
  const lastClose = text.lastIndexOf(']');
  const unmarked =
    text.slice(0, lastClose + 1).replace(/\[[^\]]*\]|[*_`]/g, '') + text.slice(lastClose + 1).replace(/[*_`]/g, '');
  const words = unmarked
    .replace(/\s+([.,;:])/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ');
}
