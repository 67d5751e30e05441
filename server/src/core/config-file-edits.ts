import type { ConfigFile } from './config';
import { isPlainMapping, readYamlQuickly } from './parse/read-yaml';
import { LineIndex } from './text/line-index';
import type { FileEdit } from './types';

/**
 * The edit that adds an acronym to `acronyms:` in the config file, as the
 * author would write it: one more item in a list written in brackets
 * (`acronyms: [NHS, LGA]`), one more `- ` line in a list written one item a
 * line (at the same indentation), a list where the key has no value yet, an
 * `acronyms: [ABC]` line at the end when there is no such key, or a new file
 * holding that line when there is no config file.
 *
 * Where the edit goes is found by reading the lines, and then proved: the
 * config with the edit applied, read as YAML, must hold exactly the settings
 * it held before plus the acronym. When that does not hold (anchors, a key
 * written in quotes, a value that is not a list), no edit is offered rather
 * than one that might change something else. The proof is made once per
 * version of the file.
 */
export function addAcronymEdit(file: ConfigFile, acronym: string): FileEdit | undefined {
  const item = yamlItem(acronym);
  if (file.text === undefined)
    return { uri: file.uri, create: true, edits: [{ range: ZERO, newText: `acronyms: [${item}]\n` }] };
  const text = file.text;
  let insertion = insertions.get(file);
  if (insertion === undefined) {
    const found = findInsertion(text);
    insertion = found && proved(text, found) ? found : null;
    insertions.set(file, insertion);
  }
  if (!insertion) return undefined;
  const range = new LineIndex(text).range(insertion.from, insertion.to);
  return { uri: file.uri, edits: [{ range, newText: insertion.text(item) }], basedOn: text };
}

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Replace [from, to) with the text made for an item. */
interface Insertion {
  readonly from: number;
  readonly to: number;
  readonly text: (item: string) => string;
}

const insertions = new WeakMap<ConfigFile, Insertion | null>();

/** An acronym as a YAML list item: plain when YAML reads it back as the same string, else in single quotes. */
function yamlItem(acronym: string): string {
  return /^[A-Za-z][A-Za-z&/]*$/.test(acronym) && !/^(?:null|true|false|yes|no|on|off|y|n)$/i.test(acronym)
    ? acronym
    : `'${acronym.replace(/'/g, "''")}'`;
}

/** Where an item goes, from the lines alone; `proved` then checks it. */
function findInsertion(text: string): Insertion | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const key = /^acronyms[ \t]*:/m.exec(text);
  if (!key) {
    // No acronyms key: a line of its own at the end.
    const lineBreak = text === '' || text.endsWith('\n') ? '' : eol;
    return { from: text.length, to: text.length, text: (item) => `${lineBreak}acronyms: [${item}]${eol}` };
  }
  const afterColon = key.index + key[0].length;
  const lineEnd = endOfLine(text, afterColon);
  const value = withoutComment(text.slice(afterColon, lineEnd));
  const valueStart = afterColon + (value.length - value.trimStart().length);
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) return intoFlowList(text, valueStart);
  if (trimmed === '~' || trimmed === 'null')
    return { from: valueStart, to: valueStart + trimmed.length, text: (item) => `[${item}]` };
  if (trimmed !== '') return undefined;
  return intoBlockList(text, lineEnd, eol) ?? { from: afterColon, to: afterColon, text: (item) => ` [${item}]` };
}

/** After the last item of `[ ... ]` (which may span lines), or inside `[]`. */
function intoFlowList(text: string, open: number): Insertion | undefined {
  const close = text.indexOf(']', open);
  if (close === -1) return undefined;
  let last = close - 1;
  while (last > open && /\s/.test(text[last]!)) last--;
  if (last === open) return { from: open + 1, to: open + 1, text: (item) => item };
  const separator = text[last] === ',' ? ' ' : ', ';
  return { from: last + 1, to: last + 1, text: (item) => `${separator}${item}` };
}

/** A new `- ` line after the last item of the list that follows the key's line, at the items' indentation. */
function intoBlockList(text: string, keyLineEnd: number, eol: string): Insertion | undefined {
  let indent: string | undefined;
  let lastItemEnd = -1;
  for (
    let lineStart = nextLine(text, keyLineEnd);
    lineStart < text.length;
    lineStart = nextLine(text, endOfLine(text, lineStart))
  ) {
    const line = text.slice(lineStart, endOfLine(text, lineStart));
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const lineIndent = line.slice(0, line.length - content.length);
    const isItem = content === '-' || content.startsWith('- ') || content.startsWith('-\t');
    if (indent === undefined ? !isItem : !(isItem && lineIndent === indent)) break;
    indent = lineIndent;
    lastItemEnd = lineStart + line.length;
  }
  if (indent === undefined) return undefined;
  const itemIndent = indent;
  return { from: lastItemEnd, to: lastItemEnd, text: (item) => `${eol}${itemIndent}- ${item}` };
}

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  const end = at === -1 ? text.length : at;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

/** Where the line after the one ending at `lineEnd` starts (the text's length when there is none). */
function nextLine(text: string, lineEnd: number): number {
  const at = text.indexOf('\n', lineEnd);
  return at === -1 ? text.length : at + 1;
}

/** A line's text less a trailing comment (` # …`); a `#` inside a word is not one. */
function withoutComment(line: string): string {
  const comment = /(?:^|[ \t])#/.exec(line);
  return comment ? line.slice(0, comment.index) : line;
}

/** Whether the edit, with a sample acronym, leaves every setting as it was and adds the acronym to the list. */
function proved(text: string, insertion: Insertion): boolean {
  const sample = 'ABC';
  const edited = text.slice(0, insertion.from) + insertion.text(sample) + text.slice(insertion.to);
  const before = readYamlQuickly(text);
  const after = readYamlQuickly(edited);
  if (!before.ok || !after.ok) return false;
  const settings = before.value === null || before.value === undefined ? {} : before.value;
  if (!isPlainMapping(settings) || !isPlainMapping(after.value)) return false;
  const list = settings['acronyms'] ?? [];
  if (!Array.isArray(list)) return false;
  // Both come from YAML: plain data, keys in the order written, so JSON shows any difference.
  return JSON.stringify(after.value) === JSON.stringify({ ...settings, acronyms: [...list, sample] });
}
