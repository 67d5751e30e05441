import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { FrontSheet, FrontSheetLine } from '../../render/front-sheet';
import type { ParagraphStyles } from './paragraph-styles';
import { HEADER_SHADING } from './table-block';
import { xmlSafe } from './xml-safe';

/**
 * The front sheet as Word writes it above the body: an exempt report's
 * Schedule 12A notice first, bold in a box; then a table of two columns, what
 * each row is and what the front matter says.
 *
 * The table is headed by its first column, not its first row. Word has no
 * header cell, only a header row (`w:tblHeader`), and marking the first row
 * so would tell a screen reader that "Committee" heads every column. So the
 * label cells are bold and shaded, and the table's look says its first
 * column is special (`w:firstColumn`), which Word's accessibility checker
 * and table styles read as a column of row headers; no row repeats.
 */
export function frontSheetBlocks(sheet: FrontSheet, styles: ParagraphStyles): FileChild[] {
  const blocks: FileChild[] = [];
  if (sheet.exemptNotice !== undefined) blocks.push(exemptNoticeParagraph(sheet.exemptNotice));
  if (sheet.rows.length > 0)
    blocks.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: [2800, 6200],
        tableLook: { firstRow: false, firstColumn: true, noVBand: true, noHBand: true },
        rows: sheet.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: 30, type: WidthType.PERCENTAGE },
                  shading: HEADER_SHADING,
                  children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(row.label), bold: true })] })],
                }),
                new TableCell({
                  width: { size: 70, type: WidthType.PERCENTAGE },
                  children: row.lines.map((line) => new Paragraph({ children: [lineRun(line, styles)] })),
                }),
              ],
            }),
        ),
      }),
    );
  return blocks;
}

const BOX = { style: BorderStyle.SINGLE, size: 18, color: '0B0C0C', space: 4 } as const;

function exemptNoticeParagraph(notice: string): Paragraph {
  return new Paragraph({
    border: { top: BOX, bottom: BOX, left: BOX, right: BOX },
    spacing: { after: 240 },
    children: [new TextRun({ text: xmlSafe(notice), bold: true })],
  });
}

/** An email address links to itself, as in the HTML export. */
function lineRun(line: FrontSheetLine, styles: ParagraphStyles) {
  return line.email
    ? new ExternalHyperlink({
        link: `mailto:${xmlSafe(line.text)}`,
        children: [new TextRun({ text: xmlSafe(line.text), ...styles.link })],
      })
    : new TextRun({ text: xmlSafe(line.text) });
}
