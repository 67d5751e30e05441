/** The extension's snippet file, read and expanded as VS Code would. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateVariables, expandSnippet, type Expansion } from './snippet-expander';

export const SNIPPETS_FILE = path.resolve(__dirname, '../../../../snippets/committee-report.code-snippets');

export interface Snippet {
  readonly name: string;
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

/** Every snippet, in file order; throws when the file or an entry does not have the shape VS Code reads. */
export function readSnippets(): Snippet[] {
  const parsed: unknown = JSON.parse(fs.readFileSync(SNIPPETS_FILE, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('the snippet file must hold one object');
  return Object.entries(parsed).map(([name, entry]: [string, unknown]) => toSnippet(name, entry));
}

function toSnippet(name: string, entry: unknown): Snippet {
  if (typeof entry !== 'object' || entry === null) throw new Error(`${name}: not an object`);
  const { prefix, body, description } = entry as Record<string, unknown>;
  if (!isText(prefix)) throw new Error(`${name}: prefix must be text or a list of text`);
  if (!isText(body)) throw new Error(`${name}: body must be text or a list of lines`);
  if (typeof description !== 'string' || description.trim() === '') throw new Error(`${name}: description must be text`);
  return { name, prefix, body, description };
}

function isText(value: unknown): value is string | string[] {
  return typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'));
}

export function prefixesOf(snippet: Snippet): readonly string[] {
  return typeof snippet.prefix === 'string' ? [snippet.prefix] : snippet.prefix;
}

export function snippetWithPrefix(prefix: string): Snippet {
  const snippet = readSnippets().find((candidate) => prefixesOf(candidate).includes(prefix));
  if (!snippet) throw new Error(`no snippet has the prefix ${prefix}`);
  return snippet;
}

/** The day the tests pretend it is, for the date variables the skeletons use. */
export const TODAY = dateVariables(2026, 3, 12);

/** The snippet with every default accepted, except the tab stops given `values`. */
export function expand(snippet: Snippet, values: Readonly<Record<number, string>> = {}): Expansion {
  return expandSnippet(snippet.body, { variables: TODAY, values });
}
