import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cabinetReport, scrutinyReport } from '../unit/import/word-fixtures';
import { runCli, useTemporaryFolders } from './support';

describe('committee-reports import', function () {
  this.timeout(30_000);
  const makeWorkspace = useTemporaryFolders();
  let report: Uint8Array;
  let scrutiny: Uint8Array;
  before(async () => {
    report = await cabinetReport();
    scrutiny = await scrutinyReport();
  });

  /** A workspace holding the Word files given (name → bytes). */
  function workspaceWith(files: Readonly<Record<string, Uint8Array>>): string {
    const folder = makeWorkspace({});
    for (const [name, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), bytes);
    }
    return folder;
  }

  it('writes NAME.report.md and its image beside the Word file, then lists its problems as check does (exit 0)', () => {
    const folder = workspaceWith({ 'papers/Library Hours.docx': report });
    const run = runCli(folder, ['import', 'papers/Library Hours.docx']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^Wrote papers\/library-hours\.report\.md and 1 image beside it from papers\/Library Hours\.docx\n/,
    );
    assert.match(run.stdout, /\n1 document imported\n\npapers\/library-hours\.report\.md:\d+:\d+ \w+ .* \[[a-z-]+\]\n/);
    assert.match(run.stdout, /\n1 file checked: \d+ errors?, \d+ warnings?, \d+ infos?\n$/);
    assert.match(fs.readFileSync(path.join(folder, 'papers/library-hours.report.md'), 'utf8'), /^---\ntype: report\n/);
    assert.ok(fs.existsSync(path.join(folder, 'papers/library-hours-image-1.png')));
  });

  it('does not replace a file already there (exit 1) unless --force is given', () => {
    const folder = workspaceWith({ 'hours.docx': report });
    fs.writeFileSync(path.join(folder, 'hours.report.md'), 'mine\n');
    const refused = runCli(folder, ['import', 'hours.docx']);
    assert.equal(refused.status, 1);
    assert.match(
      refused.stdout,
      /^Not imported: hours\.report\.md is already there and was not replaced\. Move it away, or add --force to replace it\.\n/,
    );
    assert.equal(fs.readFileSync(path.join(folder, 'hours.report.md'), 'utf8'), 'mine\n');
    assert.ok(
      !fs.existsSync(path.join(folder, 'hours-image-1.png')),
      'the image was written though the document was not',
    );
    const forced = runCli(folder, ['import', 'hours.docx', '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(fs.readFileSync(path.join(folder, 'hours.report.md'), 'utf8'), /^---\n/);
  });

  it('writes to the folder --out names, and for one Word file to the document --out names', () => {
    const folder = workspaceWith({ 'in/hours.docx': report, 'in/transport.docx': scrutiny });
    const both = runCli(folder, ['import', 'in/hours.docx', 'in/transport.docx', '--out', 'papers']);
    assert.equal(both.status, 0, both.stderr);
    assert.deepEqual(fs.readdirSync(path.join(folder, 'papers')).sort(), [
      'hours-image-1.png',
      'hours.report.md',
      'transport.report.md',
    ]);
    const one = runCli(folder, ['import', 'in/transport.docx', '--out', 'scrutiny/transport-review.report.md']);
    assert.equal(one.status, 0, one.stderr);
    assert.match(
      fs.readFileSync(path.join(folder, 'scrutiny/transport-review.report.md'), 'utf8'),
      /^---\ntype: scrutiny\n/,
    );
    const many = runCli(folder, ['import', 'in/hours.docx', 'in/transport.docx', '--out', 'one.report.md']);
    assert.equal(many.status, 2);
    assert.match(many.stderr, /--out one\.report\.md names one document, but 2 Word files were given/);
  });

  it('refuses a bad file with its one line and still imports the others (exit 1)', () => {
    const folder = workspaceWith({
      'good.docx': report,
      'old.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
    });
    const run = runCli(folder, ['import', 'old.doc', 'good.docx']);
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /^Not imported: old\.doc is an old Word 97-2003 document \(\.doc\): .*\.\nWrote good\.report\.md/,
    );
    assert.match(run.stdout, /\n1 document imported, 1 file not imported\n/);
    assert.ok(fs.existsSync(path.join(folder, 'good.report.md')));
    assert.deepEqual(
      fs.readdirSync(folder).filter((name) => name.startsWith('old')),
      ['old.doc'],
    );
  });

  it('takes --type, and says what is wrong with a command it cannot run (exit 2)', () => {
    const folder = workspaceWith({ 'hours.docx': report });
    const typed = runCli(folder, ['import', 'hours.docx', '--type', 'minutes']);
    assert.equal(typed.status, 0, typed.stderr);
    assert.ok(fs.existsSync(path.join(folder, 'hours.minutes.md')));
    const cases: [string[], RegExp][] = [
      [['import'], /name the Word documents to import/],
      [['import', 'hours.docx', '--type', 'memo'], /--type must be report, scrutiny or minutes, not 'memo'/],
      [['import', 'missing.docx'], /the file missing\.docx does not exist/],
      [['import', 'hours.docx', '--to', 'html'], /import does not take --to/],
      [['check', '--type', 'report'], /the option --type is for the import command only/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(folder, args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
    }
  });
});
