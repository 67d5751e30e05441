import type { TextEdit } from '../core';

/** Lines of unchanged text shown around each change, as `diff -u` does. */
const CONTEXT = 3;

/** One run of changed lines: old lines `first` to `last`, and what they become. */
interface Change {
  readonly first: number;
  readonly last: number;
  readonly lines: readonly string[];
}

/**
 * A unified diff of one file, from its text and the edits made to it. The
 * edits say which lines change, so no general diff is needed: each run of
 * lines an edit touches is replaced by the same lines edited. Lines are
 * split where the core splits them (`\r\n`, `\n` or a lone `\r`) and shown
 * without their line endings.
 */
export function unifiedDiff(path: string, text: string, edits: readonly TextEdit[]): string {
  const old = text.split(/\r\n|\n|\r/);
  // Text ending with a line ending has no line after it, though splitting gives an empty one.
  const lastLine = old.length - (/[\r\n]$/.test(text) ? 2 : 1);
  const changes = changesOf(old, edits);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let delta = 0;
  for (let index = 0; index < changes.length;) {
    // Changes whose context would meet share one hunk.
    let end = index + 1;
    while (end < changes.length && changes[end]!.first - changes[end - 1]!.last <= 2 * CONTEXT + 1) end++;
    const hunk = changes.slice(index, end);
    const from = Math.max(0, hunk[0]!.first - CONTEXT);
    const to = Math.max(hunk.at(-1)!.last, Math.min(lastLine, hunk.at(-1)!.last + CONTEXT));
    const body: string[] = [];
    let at = from;
    let added = 0;
    for (const change of hunk) {
      for (; at < change.first; at++) body.push(` ${old[at]!}`);
      for (; at <= change.last; at++) body.push(`-${old[at]!}`);
      for (const line of change.lines) body.push(`+${line}`);
      added += change.lines.length - (change.last - change.first + 1);
    }
    for (; at <= to; at++) body.push(` ${old[at]!}`);
    const oldCount = to - from + 1;
    out.push(`@@ -${from + 1},${oldCount} +${from + 1 + delta},${oldCount + added} @@`, ...body);
    delta += added;
    index = end;
  }
  return `${out.join('\n')}\n`;
}

/** The runs of lines the edits touch, in order, each with its lines after the edits. */
function changesOf(old: readonly string[], edits: readonly TextEdit[]): Change[] {
  const sorted = [...edits].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const groups: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const edit of sorted) {
    const group = groups.at(-1);
    if (group && edit.range.start.line <= group.last) {
      group.last = Math.max(group.last, edit.range.end.line);
      group.edits.push(edit);
    } else groups.push({ first: edit.range.start.line, last: edit.range.end.line, edits: [edit] });
  }
  return groups.map(({ first, last, edits: inGroup }) => {
    const slice = old.slice(first, last + 1);
    // Offsets within the lines joined by \n: line ending characters are never edited.
    const offset = ({ line, character }: { line: number; character: number }) =>
      slice.slice(0, line - first).reduce((sum, text) => sum + text.length + 1, 0) + character;
    let text = slice.join('\n');
    for (const edit of [...inGroup].reverse())
      text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
    return { first, last, lines: text.split('\n') };
  });
}

const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The edits that turn `before` into `after`, a whole line each, for two texts
 * with the same lines in the same places: renumbering changes numbers within
 * lines and never adds, removes or splits one, so comparing line by line is
 * exact. Lines that differ in number give one edit of the whole text.
 */
export function lineEdits(before: string, after: string): TextEdit[] {
  const old = before.split(LINE_BREAK);
  const now = after.split(LINE_BREAK);
  if (old.length !== now.length) {
    const last = old.length - 1;
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: last, character: old[last]!.length } },
        newText: now.join('\n'),
      },
    ];
  }
  return old.flatMap((line, index) =>
    line === now[index]
      ? []
      : [
          {
            range: { start: { line: index, character: 0 }, end: { line: index, character: line.length } },
            newText: now[index]!,
          },
        ],
  );
}
