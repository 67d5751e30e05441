/**
 * What poppler (Debian's poppler-utils) reads in a PDF, for the PDF tests:
 * its properties, its structure tree, its bookmarks and its text. Each tool
 * runs with a time limit; its stderr is not read, as poppler 22 warns about
 * tags newer than it knows (Chromium's `Strong`) and reads on.
 */
import { execFileSync } from 'node:child_process';

const TOOL_TIMEOUT_MS = 30_000;

/** A heading as a reader meets it: its level (1 for h1) and its words. */
export interface Heading {
  readonly level: number;
  readonly text: string;
}

function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, {
    encoding: 'utf8',
    timeout: TOOL_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** `pdfinfo`'s lines, as name → value ("Tagged" → "yes"). */
export function pdfInfo(file: string): ReadonlyMap<string, string> {
  const info = new Map<string, string>();
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const field = /^([^:]+):\s*(.*)$/.exec(line);
    if (field) info.set(field[1]!, field[2]!);
  }
  return info;
}

/** One element of the structure tree (`pdfinfo -struct-text`): its type, its attributes' lines, and its text. */
export interface StructElement {
  readonly type: string;
  readonly attributes: readonly string[];
  readonly text: string;
}

/**
 * The structure tree's elements in reading order, each with the text inside
 * it. `pdfinfo -struct-text` indents a child two spaces deeper than its
 * parent, writes attributes as `/Name value` lines and text as quoted lines.
 */
export function structElements(file: string): readonly StructElement[] {
  const elements: { type: string; depth: number; attributes: string[]; text: string[] }[] = [];
  /** The element being read and its ancestors, innermost last. */
  const open: typeof elements = [];
  for (const line of run('pdfinfo', ['-struct-text', file]).split('\n')) {
    const content = line.trim();
    if (content === '') continue;
    const depth = line.length - line.trimStart().length;
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
    if (content.startsWith('"')) {
      if (content !== '""') for (const element of open) element.text.push(content.slice(1, -1));
    } else if (content.startsWith('/')) {
      open.at(-1)?.attributes.push(content);
    } else {
      const element = { type: content.split(/[\s:]/)[0]!, depth, attributes: [], text: [] };
      elements.push(element);
      open.push(element);
    }
  }
  return elements.map(({ type, attributes, text }) => ({ type, attributes, text: text.join(' ') }));
}

/** The headings of the structure tree (H1 to H6), in reading order. */
export function structHeadings(file: string): readonly Heading[] {
  return structElements(file).flatMap(({ type, text }) =>
    /^H[1-6]$/.test(type) ? [{ level: Number(type.slice(1)), text }] : [],
  );
}

/**
 * The bookmarks, in order, each at its depth (1 for the top). poppler's
 * `pdftohtml -xml` writes the document outline as nested `<outline>` lists
 * of `<item>`s: pdfinfo has no option to list it, and qpdf is not installed.
 */
export function bookmarks(file: string): readonly Heading[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const found: Heading[] = [];
  let depth = 0;
  for (const [tag] of xml.matchAll(/<outline>|<\/outline>|<item[^>]*>[^<]*<\/item>/g)) {
    if (tag === '<outline>') depth += 1;
    else if (tag === '</outline>') depth -= 1;
    else found.push({ level: depth, text: decodeXml(tag.replace(/<[^>]+>/g, '')) });
  }
  return found;
}

/** Each page's text, laid out as on the page (`pdftotext -layout`). */
export function pageTexts(file: string): readonly string[] {
  return run('pdftotext', ['-layout', file, '-']).replace(/\f$/, '').split('\f');
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
