/**
 * `check --cache`: what it prints is what `check` prints, run after run,
 * whatever happened to the files or to the cache file in between.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  REPO_ROOT,
  reportWithUnresolvedReference,
  runCli,
  useTemporaryFolders,
  validMinutes,
  validReport,
} from './support';
import { readCacheLayout, writeCacheLayout } from '../support/cache-file';

const CACHE = 'node_modules/.cache/committee-reports/check.cache';

describe('committee-reports check --cache', function () {
  this.timeout(60_000);
  const workspace = useTemporaryFolders();
  const files = () => ({
    'meals.report.md': validReport(),
    'cabinet.minutes.md': validMinutes(),
    'broken.report.md': reportWithUnresolvedReference(),
  });

  /** Runs check with and without the cache, in text and JSON, and asserts both print the same, and exit the same. */
  function sameAsCheck(root: string, extra: readonly string[] = ['--cache']): void {
    for (const format of ['text', 'json']) {
      const plain = runCli(root, ['check', '--format', format]);
      const cached = runCli(root, ['check', '--format', format, ...extra]);
      assert.equal(cached.stdout, plain.stdout, `--format ${format}: the output differs from check's`);
      assert.equal(cached.stderr, plain.stderr);
      assert.equal(cached.status, plain.status);
    }
  }

  it("prints what check prints, and keeps its cache in node_modules/.cache (as ESLint's and Prettier's are kept)", () => {
    const root = workspace(files());
    sameAsCheck(root);
    const cache = readCacheLayout(path.join(root, CACHE));
    assert.equal(cache.format, 'committee-reports check cache 3');
    assert.equal(Object.keys(cache.entries).length, 3);
    sameAsCheck(root);
  });

  it('prints what check prints after a change of words, of references, of a file name, a deletion and a new file', () => {
    const root = workspace(files());
    sameAsCheck(root);
    const write = (name: string, text: string) => fs.writeFileSync(path.join(root, name), text);
    // Words alone: the document's links stand, and its own diagnostics change (a placeholder left in).
    write('meals.report.md', validReport().replace('is renewed\nwhen', 'is renewed\nTBC when'));
    const words = runCli(root, ['check', '--cache']);
    assert.match(words.stdout, /meals\.report\.md:\d+:\d+ warning 'TBC'/);
    sameAsCheck(root);
    write('cabinet.minutes.md', validMinutes().replace(':R1]', ':R9]'));
    sameAsCheck(root);
    fs.renameSync(path.join(root, 'meals.report.md'), path.join(root, 'school-meals.report.md'));
    sameAsCheck(root);
    fs.rmSync(path.join(root, 'broken.report.md'));
    sameAsCheck(root);
    write('broken.report.md', reportWithUnresolvedReference());
    sameAsCheck(root);
    write('.committee-reports.yaml', 'rules:\n  ref-unresolved: warning\n');
    sameAsCheck(root);
  });

  for (const [what, damage] of [
    ['not JSON', 'garbage {'],
    ['cut off part way', 'committee-reports check cache 3\n{"identity":'],
    ['of another shape', 'committee-reports check cache 3\n{"identity":"x","config":"y","files":[1,2]}\n'],
    [
      'of the layout before file stamps',
      '{"format":"committee-reports check cache 1","identity":"x","config":"y","entries":{}}',
    ],
    [
      'of the layout before the printout',
      '{"format":"committee-reports check cache 2","identity":"x","config":"y","entries":{}}',
    ],
    ['of another tool', '{"cacheVersion":"eslint"}'],
    ['empty', ''],
  ] as const) {
    it(`ignores a cache file ${what}, and writes a good one in its place`, () => {
      const root = workspace(files());
      sameAsCheck(root);
      const cache = path.join(root, CACHE);
      fs.writeFileSync(cache, damage);
      sameAsCheck(root);
      assert.doesNotThrow(() => readCacheLayout(cache), 'the cache is written again');
    });
  }

  for (const [what, damage] of [
    ['cut short in its last entry', (whole: string) => whole.slice(0, whole.lastIndexOf('"diagnostics"'))],
    ['with an entry of the wrong shape', (whole: string) => whole.replace(/"diagnostics":\[/, '"diagnostics":[7,')],
    ['with a printout longer than its header says', (whole: string) => `${whole}more`],
    ['with a line too few', (whole: string) => whole.replace(/\n[^\n]*"summary"[^\n]*/, '')],
  ] as const) {
    it(`ignores a cache file ${what}, and writes a good one in its place`, () => {
      const root = workspace(files());
      sameAsCheck(root);
      const cache = path.join(root, CACHE);
      const good = fs.readFileSync(cache, 'utf8');
      const goodEntries = readCacheLayout(cache).entries;
      fs.writeFileSync(cache, damage(good));
      assert.notEqual(fs.readFileSync(cache, 'utf8'), good);
      sameAsCheck(root);
      assert.deepEqual(readCacheLayout(cache).entries, goodEntries, 'the cache is written again');
    });
  }

  it('prints again what the last run printed only when asked the same: another format, or fewer files listed, is worked out', () => {
    const root = workspace(files());
    const plain = (args: readonly string[]) => runCli(root, ['check', ...args]).stdout;
    for (const args of [[], ['--format', 'json'], ['broken.report.md'], ['--format', 'sarif'], []])
      assert.equal(runCli(root, ['check', '--cache', ...args]).stdout, plain(args), args.join(' '));
  });

  it('does not print again a printout tampered with when a file changed since', () => {
    const root = workspace(files());
    sameAsCheck(root);
    const cache = path.join(root, CACHE);
    writeCacheLayout(cache, { ...readCacheLayout(cache), printed: 'tampered\n' });
    fs.writeFileSync(path.join(root, 'meals.report.md'), validReport().replace('is renewed', 'is renewed again'));
    sameAsCheck(root);
  });

  it('does not trust a cache whose entries were tampered with: another build or config is not read', () => {
    const root = workspace(files());
    sameAsCheck(root);
    const cache = path.join(root, CACHE);
    const contents = readCacheLayout(cache);
    writeCacheLayout(cache, {
      ...contents,
      header: { ...contents.header, identity: `${String(contents.header['identity'])} older` },
      printed: 'from another build\n',
    });
    sameAsCheck(root);
  });

  it('takes --cache-location, relative to the working folder, and says on stderr when it cannot write there', () => {
    const root = workspace(files());
    sameAsCheck(root, ['--cache-location', 'cache/check.json']);
    assert.ok(fs.existsSync(path.join(root, 'cache/check.json')));
    fs.writeFileSync(path.join(root, 'blocker'), '');
    const plain = runCli(root, ['check']);
    const cached = runCli(root, ['check', '--cache-location', 'blocker/check.json']);
    assert.equal(cached.stdout, plain.stdout);
    assert.equal(cached.status, plain.status);
    assert.match(cached.stderr, /^committee-reports: warning: could not write the cache .*blocker.check\.json/m);
  });

  it('removes the cache kept under its former name (check.json) once it writes the new one, and no file it was not given', () => {
    const root = workspace(files());
    const former = path.join(root, 'node_modules/.cache/committee-reports/check.json');
    fs.mkdirSync(path.dirname(former), { recursive: true });
    fs.writeFileSync(former, '{"from": "an older version"}');
    fs.mkdirSync(path.join(root, 'cache'));
    fs.writeFileSync(path.join(root, 'cache/mine.json'), 'kept');
    sameAsCheck(root, ['--cache-location', 'cache/mine.cache']);
    assert.ok(fs.existsSync(former), 'a cache elsewhere does not remove the former default');
    assert.equal(fs.readFileSync(path.join(root, 'cache/mine.json'), 'utf8'), 'kept');
    sameAsCheck(root);
    assert.ok(fs.existsSync(path.join(root, CACHE)));
    assert.ok(!fs.existsSync(former), 'the former default is still there');
  });

  it('leaves a valid cache when two runs write it at once', async () => {
    const root = workspace(files());
    const run = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/committee-reports.js'), 'check', '--cache'], {
          cwd: root,
          stdio: 'ignore',
        });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    for (let round = 0; round < 3; round++) {
      fs.writeFileSync(
        path.join(root, 'meals.report.md'),
        validReport().replace('is renewed', `is renewed (${round})`),
      );
      const codes = await Promise.all([run(), run(), run()]);
      assert.equal(new Set(codes).size, 1);
      assert.doesNotThrow(() => readCacheLayout(path.join(root, CACHE)));
      sameAsCheck(root);
    }
    assert.deepEqual(
      fs.readdirSync(path.dirname(path.join(root, CACHE))),
      ['check.cache'],
      'no file is left behind but the cache',
    );
  });

  it('keeps no stamp for a file changed in the two seconds before the run, so it is read again next time', () => {
    const root = workspace(files());
    sameAsCheck(root);
    const cache = readCacheLayout(path.join(root, CACHE));
    assert.deepEqual(
      Object.values(cache.entries).map((entry) => entry.stamp),
      [undefined, undefined, undefined],
    );
  });

  it('reads again a file whose bytes changed though its size and modification time were put back', async () => {
    const root = workspace(files());
    // A whole second, so that putting it back later gives exactly the time the stamp holds.
    const lastYear = new Date('2025-12-01T09:00:00Z');
    const report = path.join(root, 'meals.report.md');
    fs.utimesSync(report, lastYear, lastYear);
    // Two seconds on, the files' stamps have settled, and the run keeps them (file-stamp.ts).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    sameAsCheck(root);
    const cache = readCacheLayout(path.join(root, CACHE));
    assert.ok(Object.values(cache.entries).every((entry) => entry.stamp !== undefined));
    // Same length, same modification time: only the status change time shows the new bytes.
    const changed = validReport().replace('is renewed', 'is TBC now');
    assert.equal(Buffer.byteLength(changed), fs.statSync(report).size);
    fs.writeFileSync(report, changed);
    fs.utimesSync(report, lastYear, lastYear);
    const cached = runCli(root, ['check', '--cache']);
    assert.match(cached.stdout, /meals\.report\.md:\d+:\d+ warning 'TBC'/);
    sameAsCheck(root);
  });

  it('is a usage error on another command', () => {
    const run = runCli(workspace({}), ['trace', '--cache']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /the option --cache is for the check command only/);
  });
});
