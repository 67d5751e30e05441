import * as assert from 'node:assert/strict';
import { isOneLineMessage, positionOf, runCli, useTemporaryFolders, validMinutes, validReport } from './support';

/** A task group's report whose recommendation's response is due on 17 September 2026. */
const TASK_GROUP = `---
type: scrutiny
id: exclusions-tg
title: School Exclusions Task Group
committee: Children's Scrutiny Committee
meeting: 2026-06-18
response_due: 2026-09-17
---

## Findings

**F1** Exclusions are concentrated in eleven schools.

## Recommendations

**R1** That an inclusion partnership be set up [F1].
`;

const ENDORSING_MINUTES = `---
type: minutes
title: Children's Scrutiny Committee – 18 June 2026
committee: Children's Scrutiny Committee
meeting: 2026-06-18
---

## 5. School Exclusions

**R2** Endorses the task group's recommendation and refers it to the Cabinet Member for Education and Skills for a response [exclusions-tg:R1].
`;

const FILES = {
  'reports/school-meals.report.md': validReport(),
  'minutes/cabinet-2026-04-14.minutes.md': validMinutes(),
  'scrutiny/exclusions.report.md': TASK_GROUP,
  'minutes/cyp-2026-06-18.minutes.md': ENDORSING_MINUTES,
};

describe('committee-reports trace', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('prints the matrix by committee and document, each finding with what acted on it, then a summary, and exits 0', function () {
    const run = runCli(workspace(FILES), ['trace', '--today', '2026-10-01']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const report = validReport();
    assert.equal(
      run.stdout,
      [
        'Cabinet',
        '  2026-04-14  School Meals Contract  (reports/school-meals.report.md)',
        `    F1  addressed  (line ${positionOf(report, '**F1**').line})  The current contract ends in August 2026 and cannot be exte…`,
        `      R1  addressed  (line ${positionOf(report, '**R1**').line})  That the Cabinet agrees to renew the school meals contract…`,
        `        resolution cabinet-2026-04-14:R1  acted on, 14 April 2026  (minutes/cabinet-2026-04-14.minutes.md:${positionOf(validMinutes(), '**R1**').line})`,
        '',
        "Children's Scrutiny Committee",
        '  2026-06-18  School Exclusions Task Group  (scrutiny/exclusions.report.md)',
        `    F1  addressed  (line ${positionOf(TASK_GROUP, '**F1**').line})  Exclusions are concentrated in eleven schools.`,
        `      R1  overdue, response due 2026-09-17  (line ${positionOf(TASK_GROUP, '**R1**').line})  That an inclusion partnership be set up [F1].`,
        `        resolution cyp-2026-06-18:R2  referred to the Cabinet Member for Education and Skills, 18 June 2026  (minutes/cyp-2026-06-18.minutes.md:${positionOf(ENDORSING_MINUTES, '**R2**').line})`,
        '',
        '2 findings (2 addressed); 2 recommendations (1 addressed, 1 overdue); no broken links; statuses as at 2026-10-01.',
        '',
      ].join('\n'),
    );
  });

  it('works out overdue responses for the date given with --today', function () {
    const cwd = workspace(FILES);
    assert.match(
      runCli(cwd, ['trace', '--today', '2026-09-17']).stdout,
      /R1 {2}awaiting response, response due 2026-09-17/,
    );
    assert.match(runCli(cwd, ['trace', '--today', '2026-09-18']).stdout, /R1 {2}overdue, response due 2026-09-17/);
  });

  it("uses today's date on this machine when --today is not given", function () {
    const local = (moment: Date) =>
      `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
    const before = local(new Date());
    const run = runCli(workspace(FILES), ['trace', '--format', 'json']);
    const after = local(new Date());
    assert.equal(run.status, 0, run.stderr);
    assert.ok([before, after].includes((JSON.parse(run.stdout) as { today: string }).today), run.stdout.slice(0, 200));
  });

  it('lists only the chains that run through the files named, following them into other documents', function () {
    const run = runCli(workspace(FILES), ['trace', 'minutes/cyp-2026-06-18.minutes.md', '--today', '2026-10-01']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Children's Scrutiny Committee\n/);
    assert.doesNotMatch(run.stdout, /Cabinet\n/);
    assert.match(
      run.stdout,
      /\n1 finding \(1 addressed\); 1 recommendation \(1 overdue\); no broken links; statuses as at 2026-10-01\.\n$/,
    );
  });

  it('lists broken links after the matrix and shows the gap in the chain', function () {
    const report = validReport({
      recommendations: '**R1** That the Cabinet agrees to renew the school meals contract for three years [F1, F9].',
    });
    const run = runCli(workspace({ 'a.report.md': report }), ['trace', '--today', '2026-10-01']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\n {4}F9 {2}not found\n {6}R1 {2}not addressed/);
    assert.match(
      run.stdout,
      new RegExp(
        `\\nBroken links\\n {2}school-meals-2026:R1 cites school-meals-2026:F9, which does not exist {2}\\(a\\.report\\.md:${positionOf(report, '**R1**').line}\\)\\n`,
      ),
    );
    assert.match(run.stdout, /; 1 broken link; /);
  });

  it('says there is nothing to trace in a folder with no findings or recommendations', function () {
    const run = runCli(workspace({ 'notes.txt': 'nothing here' }), ['trace', '--today', '2026-10-01']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '0 findings; 0 recommendations; no broken links; statuses as at 2026-10-01.\n');
  });

  const usageErrors: readonly { readonly name: string; readonly args: readonly string[]; readonly mentions: RegExp }[] =
    [
      {
        name: 'a format trace does not have',
        args: ['trace', '--format', 'sarif'],
        mentions: /'sarif' for trace; use --format text, --format markdown, --format csv or --format json/,
      },
      {
        name: 'a --today that is not a real date',
        args: ['trace', '--today', '2026-02-30'],
        mentions: /--today must be a real date written YYYY-MM-DD/,
      },
      {
        name: 'a --today without a value',
        args: ['trace', '--today'],
        mentions: /--today needs a value, as in --today 2026-09-17/,
      },
      {
        name: '--today given to check',
        args: ['check', '--today', '2026-10-01'],
        mentions: /--today is for the trace command only/,
      },
      { name: 'a PATH that does not exist', args: ['trace', 'missing.report.md'], mentions: /missing\.report\.md/ },
      {
        name: 'a --config file that does not exist',
        args: ['trace', '--config', 'nowhere.yaml'],
        mentions: /nowhere\.yaml/,
      },
    ];
  for (const usage of usageErrors) {
    it(`exits 2 with one line on stderr and no output for ${usage.name}`, function () {
      const run = runCli(workspace(FILES), usage.args);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.equal(run.stdout, '');
      assert.ok(isOneLineMessage(run.stderr), `not a one-line message: ${JSON.stringify(run.stderr)}`);
      assert.match(run.stderr, usage.mentions);
    });
  }

  it('describes the trace command in --help', function () {
    const run = runCli(workspace({}), ['--help']);
    assert.match(
      run.stdout,
      /\n {7}committee-reports trace \[PATH\.\.\.\] \[--format text\|markdown\|csv\|json\] \[--today YYYY-MM-DD\] \[--config FILE\]\n/,
    );
  });
});
