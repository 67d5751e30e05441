import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as ReadModule from '../../server/src/cli/read-workspace';
import type * as RenumberModule from '../../server/src/cli/renumber';
import type * as RequestModule from '../../server/src/cli/workspace-request';
import { goldenCases } from '../support/renumber-golden';
import { runCli, useTemporaryFolders, type WorkspaceFiles } from './support';

// The command line's modules are not exported from the package, so the compiled ones are loaded by path.
const CLI = path.resolve(__dirname, '../../../server/out/cli');
/* eslint-disable @typescript-eslint/no-require-imports */
const { readWorkspace } = require(path.join(CLI, 'read-workspace')) as typeof ReadModule;
const { renumberWorkspace } = require(path.join(CLI, 'renumber')) as typeof RenumberModule;
const { findWorkspace } = require(path.join(CLI, 'workspace-request')) as typeof RequestModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const GOLDEN = goldenCases();
const golden = (name: string) => GOLDEN.find((candidate) => candidate.name === name)!;

function filesOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

function optionsOf(options: {
  kinds?: readonly string[];
  force?: boolean;
  paragraphs?: boolean;
  start?: number;
}): string[] {
  return [
    ...(options.kinds ? ['--kinds', options.kinds.join(',')] : []),
    ...(options.force ? ['--force'] : []),
    ...(options.paragraphs ? ['--paragraphs'] : []),
    ...(options.start ? ['--start', String(options.start)] : []),
  ];
}

describe('committee-reports renumber', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  for (const expected of GOLDEN) {
    if (expected.refusal === undefined) {
      it(`writes the files of "${expected.name}" as the golden workspace has them, and only those`, () => {
        const root = workspace(expected.before);
        const run = runCli(root, ['renumber', expected.document, ...optionsOf(expected)]);
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(filesOf(root), { ...expected.before, ...expected.after });
        assert.match(run.stdout, new RegExp(`^Renumbered ${expected.document}: `));
      });
    } else {
      it(`refuses "${expected.name}" with exit code 1, the reason, and no file changed`, () => {
        const root = workspace(expected.before);
        const run = runCli(root, ['renumber', expected.document, ...optionsOf(expected)]);
        assert.equal(run.status, 1);
        const force =
          expected.forceable === false
            ? ''
            : ' (--force renumbers them anyway, and changes them wherever they are cited.)';
        assert.equal(run.stderr, `committee-reports: ${expected.refusal}${force}\n`);
        assert.deepEqual(filesOf(root), expected.before);
      });
    }
  }

  it('prints with --dry-run a unified diff of every file that would change, and writes nothing', () => {
    const { before } = golden('gaps-lists-and-ranges');
    const root = workspace(before);
    const run = runCli(root, ['renumber', 'plan.report.md', '--dry-run']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(filesOf(root), before);
    assert.equal(
      run.stdout,
      [
        '--- a/plan.report.md',
        '+++ b/plan.report.md',
        '@@ -7,12 +7,12 @@',
        ' ',
        ' **F1** Visits fell by a third.',
        ' ',
        '-**F4** Evening visits fell most [F1].',
        '+**F2** Evening visits fell most [F1].',
        ' ',
        ' **F3** Volunteers could open two branches.',
        ' ',
        '-**F5** Costs are fixed until 2027.',
        '+**F4** Costs are fixed until 2027.',
        ' ',
        '-**R2** Close at 5pm on weekdays [F1, F4], as [F3-F5] and [F4-F5] show.',
        '+**R1** Close at 5pm on weekdays [F1, F2], as [F3, F2, F4] and [F2, F4] show.',
        ' ',
        '-**R3** Review in a year [R2], see also [F3-F4] and [F5].',
        '+**R2** Review in a year [R1], see also [F3, F2] and [F4].',
        '--- a/cabinet.minutes.md',
        '+++ b/cabinet.minutes.md',
        '@@ -6,4 +6,4 @@',
        ' meeting: 2026-03-12',
        ' ---',
        ' ',
        '-**R1** Resolved to agree [plan:R2, R3] on [plan:F4-F5], not [other:F4].',
        '+**R1** Resolved to agree [plan:R1, R2] on [plan:F2, F4], not [other:F4].',
        '',
      ].join('\n'),
    );
  });

  it('says a document numbered in order has nothing to change, and exits 0', () => {
    const root = workspace(golden('gaps-lists-and-ranges').after);
    const run = runCli(root, ['renumber', 'plan.report.md']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'plan.report.md is numbered in order already: nothing to change.\n');
  });

  it('warns on stderr of each locked number --force moved', () => {
    const expected = golden('forced-past-a-lock');
    const root = workspace(expected.before);
    const run = runCli(root, ['renumber', 'plan.report.md', '--force']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stderr,
      'committee-reports: warning: renumbered anyway (--force): F3 is cited by the Cabinet minutes of 20 April 2026 (cabinet.minutes.md); renumbering in order would make it F2.\n',
    );
  });

  it('writes nothing, and exits 1, when a file changed on disk after it was read', () => {
    const { before } = golden('gaps-lists-and-ranges');
    const root = workspace(before);
    const read = readWorkspace(findWorkspace({ root, paths: ['plan.report.md'] }));
    const edited = `${before['cabinet.minutes.md']!}\nAn officer's late edit.\n`;
    fs.writeFileSync(path.join(root, 'cabinet.minutes.md'), edited);
    const outcome = renumberWorkspace(read, { root, paths: ['plan.report.md'], dryRun: false, force: false });
    assert.deepEqual(outcome, {
      outcome: 'refused',
      reason:
        'cabinet.minutes.md changed on disk while the workspace was read; nothing was written. Run renumber again.',
      warnings: [],
    });
    assert.deepEqual(filesOf(root), { ...before, 'cabinet.minutes.md': edited });
  });

  it('renumbers several documents in one run, each planned on the text the one before left', () => {
    const report = (id: string, order: string) =>
      `---\nid: ${id}\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n${order}\n`;
    const before = {
      'a.report.md': report('a', '**F2** Visits fell.\n\n**F1** Costs rose.'),
      'b.report.md': report('b', '**F3** Staff left.'),
      'cabinet.minutes.md':
        '---\ntype: minutes\ntitle: M\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n**R1** Noted [a:F2, F1] and [b:F3].\n',
    };
    const root = workspace(before);
    const run = runCli(root, ['renumber', 'a.report.md', 'b.report.md']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      'Renumbered a.report.md: F2 → F1, F1 → F2.\nRenumbered b.report.md: F3 → F1.\nChanged 3 files: a.report.md, cabinet.minutes.md, b.report.md\n',
    );
    assert.equal(
      fs.readFileSync(path.join(root, 'cabinet.minutes.md'), 'utf8'),
      before['cabinet.minutes.md'].replace('[a:F2, F1] and [b:F3]', '[a:F1, F2] and [b:F1]'),
    );
  });

  it('writes nothing when one of several documents is refused, and names it', () => {
    const { before } = golden('locked-by-hand');
    const files = { ...before, 'other.report.md': '---\nid: other\ntitle: T\n---\n\n**F2** Visits fell.\n' };
    const root = workspace(files);
    const run = runCli(root, ['renumber', 'other.report.md', 'plan.report.md']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^committee-reports: plan\.report\.md: F3 is locked in the front matter/);
    assert.deepEqual(filesOf(root), files);
  });

  it('is described in --help, with its options', () => {
    const run = runCli(workspace({}), ['--help']);
    assert.match(
      run.stdout,
      /committee-reports renumber PATH\.\.\. \[--kinds F,R\] \[--paragraphs\] \[--start N\] \[--dry-run\]/,
    );
    for (const option of ['--kinds F,R', '--paragraphs', '--start N', '--dry-run'])
      assert.match(run.stdout, new RegExp(`\\n  ${option} +renumber: `));
  });

  const usage: [string, string[], WorkspaceFiles, RegExp][] = [
    ['no document', ['renumber'], {}, /renumber needs the documents to renumber/],
    ['a folder holding no document', ['renumber', 'a'], { 'a/notes.md': '' }, /renumber found no document in a;/],
    [
      '--start not a number',
      ['renumber', 'x.report.md', '--start', 'five'],
      {},
      /--start takes the number to start from/,
    ],
    [
      '--paragraphs on check',
      ['check', '--paragraphs'],
      {},
      /the option --paragraphs is for the renumber command only/,
    ],
    [
      'a kind the config does not know',
      ['renumber', 'x.report.md', '--kinds', 'Q'],
      { 'x.report.md': '' },
      /there is no ID kind Q; the kinds are F, R/,
    ],
    [
      '--kinds not written as kinds',
      ['renumber', 'x.report.md', '--kinds', 'f;r'],
      {},
      /--kinds lists ID kinds separated by commas/,
    ],
    ['--kinds on check', ['check', '--kinds', 'F'], {}, /the option --kinds is for the renumber command only/],
    ['--format on renumber', ['renumber', 'x.report.md', '--format', 'json'], {}, /renumber does not take --format/],
  ];
  for (const [what, args, files, message] of usage) {
    it(`is a usage error (exit 2) given ${what}`, () => {
      const run = runCli(workspace(files), args);
      assert.equal(run.status, 2, run.stdout);
      assert.match(run.stderr, message);
    });
  }
});
