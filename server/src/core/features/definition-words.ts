/** The first words of a definition, without its references or emphasis marks, for names in lists. */
export function definitionWords(text: string, maxWords: number): string {
  const words = text
    .replace(/\[[^\]]*\]|[*_`]/g, '')
    .replace(/\s+([.,;:])/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ');
}
