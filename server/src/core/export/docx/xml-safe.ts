/**
 * What XML 1.0, and so Word, cannot hold: control characters but tab, line
 * feed and carriage return; U+FFFE and U+FFFF; and half of a surrogate pair.
 * One of them in a paper (pasted from a PDF, say) would make Word refuse the
 * whole file as corrupt.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text Word can hold: each character it cannot becomes U+FFFD, so offsets into the text stay where they were. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD');
}
