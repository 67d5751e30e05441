import * as assert from 'node:assert/strict';
import { isOneLineMessage, runCli, useTemporaryFolders } from './support';

interface JsonSection {
  readonly title: string;
  readonly required: string;
  readonly condition?: string;
  readonly none: string;
  readonly aliases: readonly string[];
}
interface JsonTemplates {
  readonly version: number;
  readonly templates: readonly {
    readonly name: string;
    readonly source: string;
    readonly sections: readonly JsonSection[];
  }[];
}

const CABINET_CONFIG = `templates:
  cabinet:
    extends: report
    remove: [Social Value]
    sections:
      - { title: Wellbeing Implications, required: true, none: with-reason, after: Human Rights Implications, aliases: [Health and Wellbeing] }
  minutes:
    sections:
      - { title: Date of Next Meeting, required: true }
`;

function json(cwd: string, args: readonly string[] = []): JsonTemplates {
  const run = runCli(cwd, ['templates', '--format', 'json', ...args]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as JsonTemplates;
}

describe('committee-reports templates', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  it('lists every built-in template’s sections in order, with when each is required, its none policy and its aliases, and exits 0', function () {
    const run = runCli(workspace({}), ['templates']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'report (built in)');
    assert.equal(lines[1], '   1  Summary                            required                         none: never');
    assert.equal(lines[2], '      also: Executive Summary, Report Summary, Purpose of Report');
    assert.ok(
      lines.includes('   4  Other Options Considered           required if purpose is decision  none: with-reason'),
    );
    assert.ok(
      lines.includes('  15  Reason for Inclusion in Part II    required if exempt               none: allowed'),
    );
    assert.ok(lines.includes('scrutiny (built in)') && lines.includes('minutes (built in)'));
    assert.ok(lines.includes('   1  Present                            required unless item is given    none: never'));
    assert.match(
      run.stdout,
      /\n\nnone: allowed = a bare "None" is enough; with-reason = "None" must say why; never = the section needs substance\.\n$/,
    );
  });

  it('lists only the template named', function () {
    const run = runCli(workspace({}), ['templates', 'minutes']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^minutes \(built in\)\n/);
    assert.doesNotMatch(run.stdout, /report \(built in\)|scrutiny/);
  });

  it('prints JSON in the documented shape', function () {
    const output = json(workspace({}), ['report']);
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.templates.map((template) => [template.name, template.source]),
      [['report', 'built-in']],
    );
    const sections = output.templates[0]!.sections;
    assert.deepEqual(sections[0], {
      title: 'Summary',
      required: 'required',
      none: 'never',
      aliases: ['Executive Summary', 'Report Summary', 'Purpose of Report'],
    });
    assert.deepEqual(sections[3], {
      title: 'Other Options Considered',
      required: 'conditional',
      condition: 'if-decision',
      none: 'with-reason',
      aliases: ['Alternative Options Considered', 'Options Considered'],
    });
    assert.deepEqual(
      sections.find((section) => section.title === 'Appendices'),
      { title: 'Appendices', required: 'optional', none: 'allowed', aliases: [] },
    );
  });

  it('includes the config’s own templates and its changes to the built-in ones', function () {
    const output = json(workspace({ '.committee-reports.yaml': CABINET_CONFIG }));
    assert.deepEqual(
      output.templates.map((template) => [template.name, template.source]),
      [
        ['report', 'built-in'],
        ['scrutiny', 'built-in'],
        ['minutes', 'changed-by-config'],
        ['cabinet', 'config'],
      ],
    );
    const cabinet = output.templates[3]!.sections.map((section) => section.title);
    assert.ok(!cabinet.includes('Social Value'));
    assert.equal(cabinet[cabinet.indexOf('Human Rights Implications') + 1], 'Wellbeing Implications');
    const minutes = output.templates[2]!.sections;
    assert.equal(minutes.find((section) => section.title === 'Date of Next Meeting')!.required, 'required');
  });

  it('reads the config given with --config, and says where its template came from in text', function () {
    const run = runCli(workspace({ 'config/council.yaml': CABINET_CONFIG }), [
      'templates',
      'cabinet',
      '--config',
      'config/council.yaml',
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^cabinet \(from the config\)\n/);
    assert.match(run.stdout, /Wellbeing Implications +required +none: with-reason\n +also: Health and Wellbeing\n/);
  });

  it('prints the tables of --format markdown', function () {
    const run = runCli(workspace({}), ['templates', 'scrutiny', '--format', 'markdown']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^\*\*scrutiny\*\* \(built in\)\n\n\| # \| section \| required \| none \| also matches \|\n\|---\|---\|---\|---\|---\|\n\| 1 \| Summary \| required \| never \| Executive Summary, Report Summary, Purpose of Report \|\n/,
    );
  });

  it('exits 2 with one line naming the templates there are when NAME is none of them', function () {
    const run = runCli(workspace({ '.committee-reports.yaml': CABINET_CONFIG }), ['templates', 'cabinett']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.ok(isOneLineMessage(run.stderr), run.stderr);
    assert.equal(
      run.stderr,
      "committee-reports: there is no template 'cabinett' (did you mean 'cabinet'?); the templates are report, scrutiny, minutes, cabinet\n",
    );
  });

  it('exits 2 for more than one NAME, an unknown format, --today, or a --config file that does not exist', function () {
    const cwd = workspace({});
    for (const args of [
      ['templates', 'report', 'minutes'],
      ['templates', '--format', 'sarif'],
      ['templates', '--today', '2026-01-01'],
      ['templates', '--config', 'missing.yaml'],
    ]) {
      const run = runCli(cwd, args);
      assert.equal(run.status, 2, args.join(' '));
      assert.ok(isOneLineMessage(run.stderr), run.stderr);
    }
  });

  it('lists the config’s problems on stderr and still exits 0', function () {
    const run = runCli(workspace({ '.committee-reports.yaml': 'templates:\n  cabinet:\n    extends: reprot\n' }), [
      'templates',
    ]);
    assert.equal(run.status, 0);
    assert.match(
      run.stderr,
      /^committee-reports: warning: \.committee-reports\.yaml:3:\d+ There is no template 'reprot' to extend \(did you mean 'report'\?\), so the template 'cabinet' is ignored\. \(run committee-reports check to see every problem\)\n$/,
    );
    assert.doesNotMatch(run.stdout, /cabinet/);
  });

  it('is described in --help', function () {
    const run = runCli(workspace({}), ['templates', '--help']);
    assert.equal(run.status, 0);
    assert.match(
      run.stdout,
      /committee-reports templates \[NAME\] \[--format text\|json\|markdown\] \[--config FILE\]/,
    );
    assert.match(run.stdout, /templates \[NAME\] +List each template's sections/);
  });
});
