import type { ParsedDocument } from '../document';
import type { TextEdit } from '../types';
import { usesTrailingDots } from '../parse/paragraph-number';
import { numberedParagraphs } from './numbered-paragraphs';
import { mentionEdits } from './paragraph-mentions';

/** A numbered paragraph whose number a renumbering changes. */
export interface ParagraphChange {
  readonly from: string;
  readonly to: string;
  /** Zero-based line of the paragraph. */
  readonly line: number;
}

export type ParagraphRenumbering =
  | {
      readonly changes: readonly ParagraphChange[];
      /** How many numbers keep their number but are rewritten in the document's style (`2.3` → `2.3.`, `2.3The` → `2.3 The`). */
      readonly restyled: number;
      readonly edits: readonly TextEdit[];
    }
  | { readonly refusal: string };

/**
 * Numbers a document's numbered paragraphs in order within each section
 * (`3.1`, `3.2`, … under `## 3. Background`; without numbered headings, each
 * stretch of numbers sharing a first part), each keeping its depth (`3.2.1`
 * stays a third-level number), all written in the document's style (`1.1`
 * or `1.1.`, whichever most numbers use, as `para-sequence` decides it) with
 * a space after; and every mention of them in the same document ("paragraph
 * 3.2", "paragraphs 3.2 to 3.4").
 * Section numbers themselves are headings, and stay as written. In minutes
 * only the minute's own numbers (`21.1` under `## 21.`) move: the others
 * quote a report as printed. Refused when the result would be ambiguous: two
 * paragraphs given one number, or a mention that would come to mean a
 * different paragraph.
 */
export function renumberParagraphs(document: ParsedDocument): ParagraphRenumbering {
  const numbered = numberedParagraphs(document);
  const twice = firstRepeated(numbered.map((paragraph) => paragraph.renumbered ?? paragraph.written));
  if (twice !== undefined) {
    const lines = numbered
      .filter((paragraph) => (paragraph.renumbered ?? paragraph.written) === twice)
      .map((paragraph) => paragraph.line + 1);
    return {
      refusal: `Renumbered, paragraphs on lines ${lines.join(' and ')} would both be ${twice}: two sections have the same number. Correct the section numbers first.`,
    };
  }
  const mentions = mentionEdits(document, numbered);
  if ('refusal' in mentions) return mentions;
  const dotted = usesTrailingDots(numbered);
  const edits: TextEdit[] = [];
  let restyled = 0;
  for (const paragraph of numbered) {
    const number = paragraph.renumbered ?? paragraph.written;
    const rewritten = `${number}${dotted ? '.' : ''}${paragraph.missingSpace ? ' ' : ''}`;
    if (rewritten === `${paragraph.written}${paragraph.trailingDot ? '.' : ''}`) continue;
    edits.push({ range: document.lines.range(paragraph.start, paragraph.end), newText: rewritten });
    if (paragraph.renumbered === undefined) restyled++;
  }
  edits.push(...mentions.edits);
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const changes = numbered.flatMap((paragraph) =>
    paragraph.renumbered === undefined
      ? []
      : [{ from: paragraph.written, to: paragraph.renumbered, line: paragraph.line }],
  );
  return { changes, restyled, edits };
}

function firstRepeated(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
