import { labelReader, setExempt, type ImportedFields } from './front-sheet-fields';
import { headingOf, isTable, plainText, tableRows, type Block } from './markdown-blocks';
import { writtenDate } from './written-date';

/**
 * The front sheet of a Word paper, read into front matter and taken out of
 * the body: the table of labels and values above the report (or its first
 * rows, when the table has a header row), "Label: value" lines at the top,
 * the Schedule 12A notice, and the sentence minutes open with ("Minutes of
 * the meeting of the Cabinet held on 21 July 2026").
 */
export function readFrontSheet(blocks: Block[]): ImportedFields {
  const fields: ImportedFields = {};
  let preamble = preambleLength(blocks);
  for (let index = 0; index < preamble; index++) {
    const block = blocks[index]!;
    const text = plainText(block.lines.join(' '));
    let kept = block.lines;
    if (isTable(block)) kept = readTable(block, fields) ? [] : kept;
    else if (/^not for publication\b|schedule 12a/i.test(text) && text.length < 400) {
      setExempt(text, fields);
      kept = [];
    } else kept = block.lines.filter((line) => !readLabelLine(line, fields));
    if (kept.length > 0) block.lines = kept;
    else {
      blocks.splice(index--, 1);
      preamble--;
    }
  }
  readMinutesOpening(blocks, fields);
  return fields;
}

/** The blocks above the first section heading: where a front sheet stands. */
function preambleLength(blocks: readonly Block[]): number {
  const end = blocks.findIndex((block, index) => {
    const heading = headingOf(block);
    return heading !== undefined && (heading.level > 1 || index > 0) && !isTitleHeading(blocks, index);
  });
  return Math.min(end === -1 ? blocks.length : end, 12);
}

/** An h1 before any other heading is the paper's title, not a section. */
function isTitleHeading(blocks: readonly Block[], index: number): boolean {
  return headingOf(blocks[index]!)?.level === 1 && blocks.slice(0, index).every((block) => !headingOf(block));
}

/** A two-column table whose labels are the front sheet's: read when at least two of them are known. */
function readTable(block: Block, fields: ImportedFields): boolean {
  const rows = tableRows(block).filter((row) => row.some((cell) => cell.length > 0));
  const known = rows.filter((row) => row.length >= 2 && labelReader(row[0]!.join(' ')) !== undefined);
  if (known.length < 2) return false;
  for (const row of known) labelReader(row[0]!.join(' '))!(row.slice(1).flat(), fields);
  return true;
}

/** "Report to: Cabinet", "**Date:** 12 March 2026". */
function readLabelLine(line: string, fields: ImportedFields): boolean {
  const match = /^\s*(?:\*\*)?([A-Za-z][A-Za-z ?()/-]{1,40}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+)$/.exec(line);
  if (!match) return false;
  const reader = labelReader(match[1]!);
  if (reader === undefined) return false;
  reader([plainText(match[2]!)], fields);
  return true;
}

/** The committee and date of minutes, from the sentence they open with, when the front sheet did not give them. */
function readMinutesOpening(blocks: readonly Block[], fields: ImportedFields): void {
  for (const block of blocks.slice(0, 6)) {
    const text = plainText(block.lines.join(' '));
    const match =
      /minutes of (?:the |a )?(?:(?:virtual |remote |special |extraordinary )?meeting of (?:the )?)?(.+?)\s+held\b(.*)$/i.exec(
        text,
      );
    if (!match) continue;
    fields['committee'] ??= match[1]!.replace(/[,;]$/, '');
    const date = writtenDate(match[2]!);
    if (date !== undefined) fields['meeting'] ??= date;
    return;
  }
}
