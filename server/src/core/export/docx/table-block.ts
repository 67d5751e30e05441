import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocxContext } from './context';
import type { Token } from './body-tokens';
import { inlineRuns } from './inline-runs';

/** A header cell's shading, as the HTML export's (GOV.UK's light grey). */
export const HEADER_SHADING = { fill: 'F3F2F1' } as const;

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/**
 * A Markdown table as a Word table across the page. Its header row repeats
 * at the top of every page the table runs onto (`w:tblHeader`), which is
 * also what tells a screen reader, and a tagged PDF, that the row heads its
 * columns; its cells are bold and shaded. A row is kept on one page.
 */
export function tableBlock(tokens: readonly Token[], context: DocxContext): Table {
  const rows: TableRow[] = [];
  let inHead = false;
  let cells: TableCell[] = [];
  tokens.forEach((token, index) => {
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') cells = [];
    else if (token.type === 'tr_close')
      rows.push(new TableRow({ children: cells, cantSplit: true, ...(inHead ? { tableHeader: true } : {}) }));
    else if (token.type === 'inline') cells.push(cell(token, inHead, context, cellAlignment(tokens[index - 1])));
  });
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    tableLook: { firstRow: true, firstColumn: false, noVBand: true },
  });
}

function cell(
  token: Token,
  header: boolean,
  context: DocxContext,
  alignment: (typeof ALIGNMENTS)[keyof typeof ALIGNMENTS] | undefined,
): TableCell {
  const runs = inlineRuns(token.children ?? [], context, header ? { bold: true } : {});
  return new TableCell({
    children: [new Paragraph({ children: runs, ...(alignment === undefined ? {} : { alignment }) })],
    ...(header ? { shading: HEADER_SHADING } : {}),
  });
}

/** The alignment markdown-it gives a cell's opening token (`style="text-align:right"`), from the delimiter row. */
function cellAlignment(opener: Token | undefined) {
  const style = opener?.attrGet('style') ?? '';
  const match = /text-align:(left|center|right)/.exec(style);
  return match === null ? undefined : ALIGNMENTS[match[1] as keyof typeof ALIGNMENTS];
}
