/**
 * Council papers as Word writes them, built with the docx library: a front
 * sheet table, headings and paragraphs numbered by Word's own numbering
 * (numbering.xml, not typed), recommendations lettered (a), (b), a minute
 * with resolutions, an image with alternative text, a table, and tracked
 * changes and a comment. Each is what the import must read as an officer
 * would; the golden Markdown beside them (golden/) is what it gives.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
} from 'docx';

/** A 1×1 transparent PNG: enough for Word and for mammoth to carry an image. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const NUMBERING: INumberingOptions = {
  config: [
    {
      // Sections 1., 2. and their paragraphs 1.1, 1.2, as most councils number a report.
      reference: 'sections',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
      ],
    },
    {
      reference: 'letters',
      levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT }],
    },
    {
      // A list that starts at 4, as a minute continuing another's resolutions.
      reference: 'from-four',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', start: 4, alignment: AlignmentType.LEFT }],
    },
    {
      reference: 'bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
    },
  ],
};

function row(label: string, ...values: string[]): TableRow {
  return new TableRow({
    children: [
      new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ children: values.map((value) => new Paragraph(value)) }),
    ],
  });
}

function section(title: string): Paragraph {
  return new Paragraph({
    text: title,
    heading: HeadingLevel.HEADING_1,
    numbering: { reference: 'sections', level: 0 },
  });
}

function numbered(text: string): Paragraph {
  return new Paragraph({ text, numbering: { reference: 'sections', level: 1 } });
}

async function packed(children: readonly (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(new Document({ numbering: NUMBERING, sections: [{ children: [...children] }] })),
  );
}

/** A Cabinet report: front sheet, numbered sections and paragraphs, lettered recommendations, a table, an image. */
export function cabinetReport(): Promise<Uint8Array> {
  return packed([
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row('Report to', 'Cabinet'),
        row('Date of meeting', 'Thursday 12th March 2026'),
        row('Report title', 'Library Opening Hours'),
        row('Report by', 'Director of Communities'),
        row('Contact officer', 'Jane Smith, Libraries Manager', 'jane.smith@northshire.example.gov.uk', '01632 960001'),
        row('Key decision', 'Yes'),
        row('Wards affected', 'Abbey, Castle and Priory'),
        row('Exempt information', 'No'),
      ],
    }),
    new Paragraph({ text: 'Library Opening Hours', heading: HeadingLevel.TITLE }),
    section('Summary'),
    numbered('This report proposes new opening hours for the county’s libraries from 1 September 2026.'),
    numbered('The proposals follow a consultation in which 2,140 people took part.'),
    section('Recommendations'),
    new Paragraph('The Cabinet is recommended:'),
    new Paragraph({
      text: 'That the new opening hours in Table 1 be approved from 1 September 2026.',
      numbering: { reference: 'letters', level: 0 },
    }),
    new Paragraph({
      text: 'That the Director of Communities review the hours after twelve months.',
      numbering: { reference: 'letters', level: 0 },
    }),
    section('Background'),
    numbered('Visits have fallen by a fifth since 2019, most of all on weekday mornings.'),
    new Paragraph({ text: 'Evening visits', numbering: { reference: 'bullets', level: 0 } }),
    new Paragraph({ text: 'Saturday visits', numbering: { reference: 'bullets', level: 0 } }),
    new Table({
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['Library', 'Hours now', 'Hours proposed'].map(
            (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] }),
          ),
        }),
        new TableRow({
          children: ['Abbey', '48', '44'].map((text) => new TableCell({ children: [new Paragraph(text)] })),
        }),
      ],
    }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: ONE_PIXEL_PNG,
          transformation: { width: 100, height: 60 },
          altText: { name: 'visits', title: 'Visits', description: 'Chart of library visits by hour, 2019 and 2025' },
        }),
      ],
    }),
    numbered('The chart above shows visits by hour.'),
  ]);
}

/** A scrutiny task group's report: findings numbered 1., recommendations as "That" paragraphs citing them. */
export function scrutinyReport(): Promise<Uint8Array> {
  return packed([
    new Paragraph({ text: 'Review of Home to School Transport', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: 'Committee: ', bold: true }), new TextRun('Children’s Scrutiny Committee')],
    }),
    new Paragraph({ children: [new TextRun({ text: 'Date: ', bold: true }), new TextRun('18/06/2026')] }),
    new Paragraph({
      children: [new TextRun({ text: 'Report by: ', bold: true }), new TextRun('Chair of the Task Group')],
    }),
    new Paragraph({ children: [new TextRun({ text: '1. Summary', bold: true })] }),
    new Paragraph('The task group looked at how children with special needs travel to school.'),
    new Paragraph({ children: [new TextRun({ text: '2. Findings', bold: true })] }),
    new Paragraph({
      text: 'Journeys are longer than the guidance allows.',
      numbering: { reference: 'from-four', level: 0 },
    }),
    new Paragraph({
      text: 'Parents are not told when a route changes.',
      numbering: { reference: 'from-four', level: 0 },
    }),
    new Paragraph({ children: [new TextRun({ text: '3. Recommendations', bold: true })] }),
    new Paragraph('That routes be planned so that no journey exceeds 75 minutes.'),
    new Paragraph('That parents be told of a change of route a week before it starts.'),
  ]);
}

/** Minutes: the opening sentence, Present, Apologies, numbered items with resolutions in both forms. */
export function cabinetMinutes(): Promise<Uint8Array> {
  const item = (title: string) =>
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_2, numbering: { reference: 'sections', level: 0 } });
  return packed([
    new Paragraph({ text: 'Cabinet', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('Minutes of the meeting of the Cabinet held at County Hall on Tuesday 21 July 2026 at 2.00 pm.'),
    new Paragraph({ text: 'Present', heading: HeadingLevel.HEADING_2 }),
    new Paragraph('Councillor R Hale (Leader, in the Chair) and Councillors N Ashworth and C Mbeki.'),
    item('Apologies'),
    numbered('There were no apologies.'),
    item('Declarations of Interest'),
    numbered('There were no declarations of interest.'),
    item('Library Opening Hours'),
    numbered('The Cabinet Member introduced the report.'),
    new Paragraph({
      children: [
        new TextRun({ text: 'RESOLVED', bold: true }),
        new TextRun(' that the new opening hours be approved.'),
      ],
    }),
    item('Home to School Transport'),
    new Paragraph({ children: [new TextRun({ text: 'RESOLVED:', bold: true })] }),
    new Paragraph({ text: 'That routes be planned within 75 minutes.', numbering: { reference: 'letters', level: 0 } }),
    new Paragraph({ text: 'That parents be told of changes.', numbering: { reference: 'letters', level: 0 } }),
  ]);
}

/** A draft under review: a tracked insertion and deletion, and a comment. */
export function reviewedDraft(): Promise<Uint8Array> {
  return Promise.resolve(
    Packer.toBuffer(
      new Document({
        comments: { children: [{ id: 0, author: 'A Reviewer', children: [new Paragraph('Is this right?')] }] },
        sections: [
          {
            children: [
              new Paragraph({ text: 'Draft', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({
                children: [
                  new TextRun('The hours '),
                  new DeletedTextRun({ text: 'will', id: 1, author: 'A', date: '2026-01-01T00:00:00Z' }),
                  new InsertedTextRun({ text: 'would', id: 2, author: 'A', date: '2026-01-01T00:00:00Z' }),
                  new TextRun(' change. '),
                  new CommentRangeStart(0),
                  new TextRun('From September.'),
                  new CommentRangeEnd(0),
                  new TextRun({ children: [new CommentReference(0)] }),
                ],
              }),
            ],
          },
        ],
      }),
    ),
  ).then((buffer) => new Uint8Array(buffer));
}

/** A paper in a council's own heading style, "Report Heading", which only the config's style map can name. */
export async function councilStyles(): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'ReportHeading', name: 'Report Heading', run: { bold: true, size: 28 } }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Consultation', style: 'ReportHeading' }),
          new Paragraph('Residents were asked in January.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
