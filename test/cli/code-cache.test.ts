/**
 * bin/code-cache.js: the bundled command line is loaded with V8's code cache,
 * kept in the temporary folder, and a cache that is missing, damaged or of
 * other code changes nothing but the time a run takes.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, reportWithUnresolvedReference, runCli, useTemporaryFolders, validReport } from './support';

/** The command line runs the bundle only while it is at least as new as the last compile (bin/launch.js). */
function bundleIsCurrent(): boolean {
  const bundle = fs.statSync(path.join(REPO_ROOT, 'dist/cli.js'), { throwIfNoEntry: false });
  const built = fs.statSync(path.join(REPO_ROOT, 'server/tsconfig.tsbuildinfo'), { throwIfNoEntry: false });
  return bundle !== undefined && (built === undefined || bundle.mtimeMs >= built.mtimeMs);
}

describe('the command line loaded with a code cache', function () {
  this.timeout(60_000);
  const workspace = useTemporaryFolders();

  before(function () {
    assert.ok(bundleIsCurrent(), 'dist/cli.js is older than the compiled server: run node scripts/bundle.js');
  });

  /** The cache files a run with this temporary folder left, by name. */
  function cacheFiles(temporary: string): string[] {
    const folders = fs.readdirSync(temporary).filter((name) => name.startsWith('committee-reports-code-cache'));
    return folders.flatMap((folder) =>
      fs.readdirSync(path.join(temporary, folder)).map((name) => path.join(folder, name)),
    );
  }

  it('writes its cache in the temporary folder on the first run, and reads it on the next, with the same output', () => {
    const root = workspace({ 'a.report.md': validReport(), 'b.report.md': reportWithUnresolvedReference() });
    const temporary = workspace({});
    const plain = runCli(root, ['check'], { NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: temporary });
    assert.deepEqual(cacheFiles(temporary), [], 'NODE_DISABLE_COMPILE_CACHE=1 leaves no cache');
    const first = runCli(root, ['check'], { TMPDIR: temporary });
    const written = cacheFiles(temporary);
    assert.equal(written.length, 1);
    const { mtimeMs } = fs.statSync(path.join(temporary, written[0]!));
    const second = runCli(root, ['check'], { TMPDIR: temporary });
    assert.equal(
      fs.statSync(path.join(temporary, written[0]!)).mtimeMs,
      mtimeMs,
      'a cache V8 accepts is not written again',
    );
    for (const run of [first, second]) {
      assert.equal(run.stdout, plain.stdout);
      assert.equal(run.status, plain.status);
    }
  });

  it('keeps a cache for each command, so a first --version leaves check its own', () => {
    const root = workspace({ 'b.report.md': reportWithUnresolvedReference() });
    const temporary = workspace({});
    runCli(root, ['--version'], { TMPDIR: temporary });
    runCli(root, ['check'], { TMPDIR: temporary });
    const [first, second] = cacheFiles(temporary).map((file) => fs.statSync(path.join(temporary, file)).size);
    assert.ok(first !== undefined && second !== undefined, 'two caches');
    assert.notEqual(first, second);
  });

  it('writes a damaged cache again, and its output is the same', () => {
    const root = workspace({ 'b.report.md': reportWithUnresolvedReference() });
    const temporary = workspace({});
    const plain = runCli(root, ['check', '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: temporary });
    runCli(root, ['check'], { TMPDIR: temporary });
    const [file] = cacheFiles(temporary);
    fs.writeFileSync(path.join(temporary, file!), 'not a code cache at all');
    const damaged = runCli(root, ['check', '--format', 'json'], { TMPDIR: temporary });
    assert.equal(damaged.stdout, plain.stdout);
    assert.equal(damaged.status, plain.status);
    assert.notEqual(fs.readFileSync(path.join(temporary, file!), 'utf8'), 'not a code cache at all');
  });
});
