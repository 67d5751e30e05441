/**
 * A workspace of damaged and unusual files, each with what the user must be
 * shown for it: one diagnostic that says what is wrong, or the file checked
 * as usual. docs/decisions.md, "Damaged or unusual files", is the same list
 * in words.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFiles } from './support';

const FRONT_MATTER = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n';

/** What a user sees for a file: a diagnostic with this code (and words), or none of these codes at all. */
export interface Expectation {
  readonly code: string;
  readonly message: RegExp;
}

export interface HostileFile {
  /** The case, in the words of the table in docs/decisions.md. */
  readonly what: string;
  readonly content: string | Uint8Array;
  /** The diagnostic the file must get; undefined when it is checked as any other file. */
  readonly expect?: Expectation;
  /** A code the file must not get: what a naive reading of it would report. */
  readonly never?: string;
}

/** A front matter of nine aliases each nine deep: nine to the ninth "lol"s if expanded. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `---\n${lines.join('\n')}\n---\n# Laughs\n`;
}

/** Text as Windows-1252 bytes (£ is 0xA3, an en dash 0x96): not UTF-8. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '£': 0xa3, '–': 0x96, '’': 0x92 };
  return Uint8Array.from([...text].map((character) => special[character] ?? character.charCodeAt(0)));
}

/** Text as UTF-16 (little-endian, with its byte order mark), as Notepad's "Unicode" saves it. */
function utf16(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The start of a PNG image: binary, NUL bytes included. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00,
]);

const TOO_LARGE: Expectation = { code: 'file-not-checked', message: /too large to check: it is larger than 5 MB/ };
const NOT_TEXT: Expectation = { code: 'file-not-checked', message: /not a text file/ };

export const HOSTILE_FILES: Readonly<Record<string, HostileFile>> = {
  'empty.report.md': {
    what: 'an empty file',
    content: '',
    expect: { code: 'front-matter', message: /has no front matter/ },
  },
  'only-dashes.report.md': {
    what: "a file of only '---'",
    content: '---',
    expect: { code: 'front-matter', message: /never closed/ },
  },
  'unterminated.report.md': {
    what: 'front matter that is never closed',
    content: '---\ntitle: T\ncommittee: Cabinet\n\n# Heading\n\nText.\n',
    expect: { code: 'front-matter', message: /never closed/ },
  },
  'laughs.report.md': {
    what: 'YAML aliases that expand a billion times',
    content: billionLaughs(),
    expect: { code: 'front-matter', message: /anchors and aliases/ },
  },
  'deep-yaml.report.md': {
    what: 'front matter of 100,000 nested brackets',
    content: `---\ntitle: ${'['.repeat(100_000)}\n---\n# Deep\n`,
    expect: { code: 'front-matter', message: /too long to read/ },
  },
  'nested.report.md': {
    what: 'lists and block quotes nested 50,000 deep',
    content: `${FRONT_MATTER}${'- '.repeat(50_000)}item\n\n${'> '.repeat(50_000)}quote\n`,
  },
  'lazy-quotes.report.md': {
    what: '50,000 block quotes each followed by a lazy line',
    content: FRONT_MATTER + '> -\nx\n'.repeat(50_000),
  },
  'brackets.report.md': { what: 'a line of 100,000 [', content: `${FRONT_MATTER}${'['.repeat(100_000)}\n` },
  'long-line.report.md': {
    what: 'a 10 MB single line',
    content: `${FRONT_MATTER}${'a'.repeat(10 * 1024 * 1024)}\n`,
    expect: TOO_LARGE,
  },
  'windows-1252.report.md': {
    what: 'text that is not UTF-8 (saved as Windows-1252)',
    content: windows1252(`${FRONT_MATTER}\n## Summary\n\nThe budget is £40,000 – as agreed.\n`),
    expect: { code: 'encoding-invalid', message: /not valid UTF-8 text/ },
  },
  'replacement-character.report.md': {
    what: 'valid UTF-8 text that contains the character �',
    content: `${FRONT_MATTER}\n## Summary\n\nA � in a font table is a character like any other.\n`,
    never: 'encoding-invalid',
  },
  'image.report.md': { what: 'a binary file named .report.md', content: PNG, expect: NOT_TEXT },
  'unicode.report.md': { what: 'a file saved as UTF-16', content: utf16(`${FRONT_MATTER}# Title\n`), expect: NOT_TEXT },
  'bom.report.md': {
    what: 'a UTF-8 byte order mark',
    content: `\uFEFF${FRONT_MATTER}\nSee [F9].\n`,
    expect: { code: 'ref-unresolved', message: /F9 is not defined/ },
  },
};

/** A real document inside a folder that holds a link back to its parent: found by two paths, checked once. */
export const LOOPED_FILE = 'loop/inside.report.md';

/**
 * A link to nothing and a pipe named like documents: no file behind them, so
 * nothing to check or list. (A link to itself is a file that cannot be read,
 * which stops the command line: links.test.ts.)
 */
export const NOT_FILES = ['dangling.report.md', 'pipe.report.md'] as const;

/**
 * Writes the hostile files, and the links (a folder link to its parent, a
 * link to nothing) and a named pipe where the platform has them. Returns the entries it could not make (no symbolic links or no
 * `mkfifo`), so a test can say what it did not cover.
 */
export function writeHostileWorkspace(folder: string): string[] {
  writeFiles(folder, Object.fromEntries(Object.entries(HOSTILE_FILES).map(([name, file]) => [name, file.content])));
  writeFiles(folder, { [LOOPED_FILE]: `${FRONT_MATTER}# Inside\n` });
  const missing: string[] = [];
  try {
    fs.symlinkSync('..', path.join(folder, 'loop', 'up'));
    fs.symlinkSync('nowhere.report.md', path.join(folder, 'dangling.report.md'));
  } catch {
    missing.push('symbolic links');
  }
  const fifo = spawnSync('mkfifo', [path.join(folder, 'pipe.report.md')]);
  if (fifo.status !== 0) missing.push('a named pipe');
  else fs.chmodSync(path.join(folder, 'pipe.report.md'), 0o644);
  return missing;
}
