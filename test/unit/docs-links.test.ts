import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPOSITORY, anchorsIn, foldersOf, isExternal, linksIn, repositoryFiles } from './repository-markdown';

/** vsce rewrites a relative link in the Marketplace README against the repository's URL, and the package names none. */
const MARKETPLACE_README = 'client/extension-readme.md';

describe("The repository's Markdown", function () {
  this.timeout(30_000);

  const files = repositoryFiles();
  const existing = new Set(files);
  const folders = foldersOf(files);
  const markdownFiles = files.filter((file) => file.endsWith('.md'));
  const read = (file: string) => fs.readFileSync(path.join(REPOSITORY, file), 'utf8');

  it('is found: the README, docs/ and the folders’ READMEs are among the files read', () => {
    for (const file of [
      'README.md',
      'docs/format.md',
      'docs/editors.md',
      'docs/decisions.md',
      'docs/architecture.md',
      'samples/README.md',
      'bench/README.md',
    ]) {
      assert.ok(markdownFiles.includes(file), `${file} is not among the Markdown files`);
    }
  });

  it('links only to files and folders the repository holds, and to headings those files have', () => {
    const broken: string[] = [];
    for (const file of markdownFiles) {
      for (const { target, line } of linksIn(read(file))) {
        if (isExternal(target)) continue;
        const [linkPath = '', anchor] = target.split('#', 2);
        const resolved =
          linkPath === ''
            ? file
            : path.posix
                .normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(linkPath)))
                .replace(/\/$/, '');
        if (!existing.has(resolved) && !folders.has(resolved)) {
          broken.push(`${file}:${line}: ${target} (no file ${resolved} in the repository)`);
        } else if (
          anchor !== undefined &&
          resolved.endsWith('.md') &&
          !anchorsIn(read(resolved)).has(decodeURIComponent(anchor))
        ) {
          broken.push(`${file}:${line}: ${target} (${resolved} has no heading whose anchor is #${anchor})`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('has no relative link in the Marketplace README, which vsce would refuse to package', () => {
    const relative = linksIn(read(MARKETPLACE_README)).filter(
      ({ target }) => !isExternal(target) && !target.startsWith('#'),
    );
    assert.deepEqual(relative, []);
  });
});
