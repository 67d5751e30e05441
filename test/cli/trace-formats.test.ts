import * as assert from 'node:assert/strict';
import { positionOf, runCli, useTemporaryFolders, validMinutes, validReport } from './support';

/** A finding with a comma, double quotes and a pipe in it, and a recommendation citing it; the minutes resolve the recommendation. */
const REPORT = validReport({
  background: '**F1** Parents said the menu was "bland, and too often the same" | twice a week.',
  recommendations: '**R1** That the menu be reviewed, with parents [F1].',
});
const MINUTES = validMinutes();
const FILES = { 'a.report.md': REPORT, 'cabinet-2026-04-14.minutes.md': MINUTES };
/** A task group's recommendation, overdue on 1 October, which the committee's own meeting endorsed and referred on. */
const SCRUTINY_FILES = {
  'tg.report.md':
    '---\ntype: scrutiny\nid: tg\ntitle: T\ncommittee: Scrutiny\nmeeting: 2026-06-18\nresponse_due: 2026-09-17\n---\n\n**R1** That routes be re-tendered.\n',
  'cyp-2026-06-18.minutes.md':
    '---\ntype: minutes\ntitle: Minutes\ncommittee: Scrutiny\nmeeting: 2026-06-18\n---\n\n**R2** Endorses recommendation R1 of the task group and refers it to the Cabinet Member for Education and Skills for a response [tg:R1].\n',
};

const CSV_HEADER = [
  'Committee',
  'Meeting',
  'Finding document',
  'Finding',
  'Finding line',
  'Finding text',
  'Finding status',
  'Recommendation document',
  'Recommendation',
  'Recommendation line',
  'Recommendation text',
  'Recommendation status',
  'Response due',
  'Acted on by document',
  'Acted on by',
  'Acted on by kind',
  'Acted on by line',
  'Acted on by committee',
  'Acted on by meeting',
  'Acted on by text',
  'Relation',
  'Referred to',
];

/**
 * Reads CSV as RFC 4180 defines it, independently of the code under test:
 * records end with CRLF; a quoted field may hold commas, CRLF and doubled quotes.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"' && field === '') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        assert.notEqual(quote, -1, 'a quoted field is not closed');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
      assert.ok(
        text[at] === ',' || text.startsWith('\r\n', at),
        `a quoted field is followed by ${JSON.stringify(text[at])}`,
      );
    } else if (text[at] === ',') {
      record.push(field);
      field = '';
      at++;
    } else if (text.startsWith('\r\n', at)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      at += 2;
    } else {
      assert.notEqual(text[at], '\n', 'a bare LF ends a record');
      assert.notEqual(text[at], '"', 'a quote inside an unquoted field');
      field += text[at];
      at++;
    }
  }
  assert.equal(field + record.join(''), '', 'the last record does not end with CRLF');
  return records;
}

describe('committee-reports trace output formats', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  describe('--format csv', function () {
    it('prints a header and one record per chain, every record ending with CRLF', function () {
      const run = runCli(workspace(FILES), ['trace', '--format', 'csv', '--today', '2026-10-01']);
      assert.equal(run.status, 0, run.stderr);
      const records = parseCsv(run.stdout);
      assert.deepEqual(records[0], CSV_HEADER);
      assert.deepEqual(records.slice(1), [
        [
          'Cabinet',
          '2026-04-14',
          'school-meals-2026',
          'F1',
          String(positionOf(REPORT, '**F1**').line),
          'Parents said the menu was "bland, and too often the same" | twice a week.',
          'addressed',
          'school-meals-2026',
          'R1',
          String(positionOf(REPORT, '**R1**').line),
          'That the menu be reviewed, with parents [F1].',
          'addressed',
          '',
          'cabinet-2026-04-14',
          'R1',
          'resolution',
          String(positionOf(MINUTES, '**R1**').line),
          'Cabinet',
          '2026-04-14',
          'Resolved that the contract be renewed for three years, as recommended [school-meals-2026:R1].',
          'acted-on',
          '',
        ],
      ]);
    });

    it('quotes a field with a comma or a double quote and doubles the quotes inside, as RFC 4180 says', function () {
      const run = runCli(workspace(FILES), ['trace', '--format', 'csv', '--today', '2026-10-01']);
      assert.ok(
        run.stdout.includes(
          ',"Parents said the menu was ""bland, and too often the same"" | twice a week.",addressed,',
        ),
        run.stdout,
      );
      assert.ok(run.stdout.includes(',"That the menu be reviewed, with parents [F1].",addressed,'), run.stdout);
      // A field with neither is left bare.
      assert.ok(run.stdout.startsWith('Committee,Meeting,Finding document,'), run.stdout);
      assert.ok(run.stdout.includes('\r\nCabinet,2026-04-14,school-meals-2026,F1,'), run.stdout);
    });

    it('leaves the parts a chain does not have empty, and gives the response due date of a scrutiny recommendation', function () {
      const scrutiny = `---\ntype: scrutiny\nid: tg\ntitle: T\ncommittee: Scrutiny\nmeeting: 2026-06-18\n---\n\n**R1** That routes be re-tendered.\n`;
      const run = runCli(workspace({ 'tg.report.md': scrutiny }), [
        'trace',
        '--format',
        'csv',
        '--today',
        '2026-10-01',
      ]);
      assert.deepEqual(parseCsv(run.stdout)[1], [
        'Scrutiny',
        '2026-06-18',
        '',
        '',
        '',
        '',
        '',
        'tg',
        'R1',
        '9',
        'That routes be re-tendered.',
        'overdue',
        '2026-08-18',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    });

    it('gives the relation of what acted on each recommendation, and whom a referral names', function () {
      const run = runCli(workspace(SCRUTINY_FILES), ['trace', '--format', 'csv', '--today', '2026-10-01']);
      const [header, ...records] = parseCsv(run.stdout);
      const relation = header!.indexOf('Relation');
      assert.deepEqual(
        records.map((record) => [
          record[header!.indexOf('Recommendation status')],
          record[relation],
          record[relation + 1],
        ]),
        [['overdue', 'referred', 'the Cabinet Member for Education and Skills']],
      );
    });
  });

  describe('--format markdown', function () {
    it('prints the date, then a GitHub table with one row per chain, escaping pipes', function () {
      const run = runCli(workspace(FILES), ['trace', '--format', 'markdown', '--today', '2026-10-01']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(
        run.stdout,
        [
          'Statuses as at 2026-10-01.',
          '',
          '| Committee | Meeting | Document | Finding | Finding status | Recommendation | Recommendation status | Response due | Acted on by | Relation | Acted on at |',
          '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
          '| Cabinet | 2026-04-14 | school-meals-2026 | F1 (line 30): Parents said the menu was "bland, and too often the same" \\| twice a week. | addressed | R1 (line 26): That the menu be reviewed, with parents [F1]. | addressed |  | resolution cabinet-2026-04-14:R1 (cabinet-2026-04-14.minutes.md:24) | acted on | 2026-04-14 |',
          '',
        ].join('\n'),
      );
    });

    it('says in words that the same meeting referred an overdue recommendation on', function () {
      const run = runCli(workspace(SCRUTINY_FILES), ['trace', '--format', 'markdown', '--today', '2026-10-01']);
      assert.match(
        run.stdout,
        /\| overdue \| 2026-09-17 \| resolution cyp-2026-06-18:R2 \(cyp-2026-06-18\.minutes\.md:8\) \| referred to the Cabinet Member for Education and Skills \| 2026-06-18 \|/,
      );
    });

    it('lists broken links after the table, each with the path and line of the item citing', function () {
      const report = validReport({ recommendations: '**R1** That the contract be renewed [F1, F7].' });
      const run = runCli(workspace({ 'a.report.md': report }), [
        'trace',
        '--format',
        'markdown',
        '--today',
        '2026-10-01',
      ]);
      assert.match(
        run.stdout,
        /\| school-meals-2026 \| F7 \| not found \| R1 \(line 26\): That the contract be renewed \[F1, F7\]\. \| not addressed \|/,
      );
      assert.match(
        run.stdout,
        new RegExp(
          `\\n\\nBroken links:\\n\\n- school-meals-2026:R1 cites school-meals-2026:F7, which does not exist \\(a\\.report\\.md:${positionOf(report, '**R1**').line}\\)\\n$`,
        ),
      );
    });
  });

  describe('--format json', function () {
    interface JsonItem {
      path: string;
      line: number;
      column: number;
      documentId: string;
      id: string;
      kind: string;
      committee?: string;
      meeting?: string;
      status?: string;
      citedBy?: JsonItem[];
      relation?: string;
      referredTo?: string;
      uri?: unknown;
      range?: unknown;
    }

    it('prints the model with paths and 1-based lines and columns instead of URIs and ranges', function () {
      const run = runCli(workspace(FILES), ['trace', '--format', 'json', '--today', '2026-10-01']);
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(run.stdout) as {
        version: number;
        today: string;
        findings: JsonItem[];
        recommendations: JsonItem[];
        brokenLinks: unknown[];
      };
      assert.equal(output.version, 1);
      assert.equal(output.today, '2026-10-01');
      const [f1] = output.findings;
      const at = positionOf(REPORT, '**F1**');
      assert.deepEqual(
        { path: f1!.path, line: f1!.line, column: f1!.column, id: f1!.id, status: f1!.status },
        { path: 'a.report.md', line: at.line, column: at.column + 2, id: 'F1', status: 'addressed' },
      );
      assert.equal(f1!.uri, undefined);
      assert.equal(f1!.range, undefined);
      assert.deepEqual(
        f1!.citedBy!.map((item) => [item.path, item.id, item.kind]),
        [['a.report.md', 'R1', 'recommendation']],
      );
      assert.deepEqual(
        output.recommendations[0]!.citedBy!.map((item) => [
          item.path,
          item.id,
          item.kind,
          item.committee,
          item.meeting,
        ]),
        [['cabinet-2026-04-14.minutes.md', 'R1', 'resolution', 'Cabinet', '2026-04-14']],
      );
      assert.deepEqual(output.brokenLinks, []);
    });

    it('gives each item citing another its relation, and a referral whom it names', function () {
      const run = runCli(workspace(SCRUTINY_FILES), ['trace', '--format', 'json', '--today', '2026-10-01']);
      const output = JSON.parse(run.stdout) as { recommendations: (JsonItem & { citedBy: JsonItem[] })[] };
      const [r1] = output.recommendations;
      assert.equal(r1!.status, 'overdue');
      assert.deepEqual(
        r1!.citedBy.map((item) => [item.id, item.line, item.relation, item.referredTo]),
        [['R2', 8, 'referred', 'the Cabinet Member for Education and Skills']],
      );
    });
  });
});
