/**
 * Which workspace folder a file belongs to, for its config (the language
 * server) and where its export goes: the innermost of those holding it.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path as the other server tests do
const { innermostFolder } = require(
  path.resolve(__dirname, '../../../../server/out/node/find-documents'),
) as typeof import('../../../server/src/node/find-documents');

const folders = ['/work/council', '/work/council/planning', '/work/other'];
const itself = (folder: string) => folder;

describe('The innermost folder holding a file', () => {
  it('is the deepest of nested folders that hold it', () => {
    assert.equal(innermostFolder(folders, itself, '/work/council/planning/a.report.md'), '/work/council/planning');
    assert.equal(innermostFolder(folders, itself, '/work/council/a.report.md'), '/work/council');
  });

  it('is none for a file outside every folder, or in a folder whose name only begins like one', () => {
    assert.equal(innermostFolder(folders, itself, '/work/councillors/a.report.md'), undefined);
    assert.equal(innermostFolder(folders, itself, '/elsewhere/a.report.md'), undefined);
  });

  it('holds a file in a folder whose name begins with two dots, which is not the parent', () => {
    assert.equal(innermostFolder(['/work'], itself, '/work/..drafts/a.report.md'), '/work');
  });

  it('reads the folder of each entry through the function given', () => {
    const entries = folders.map((folder) => ({ path: folder }));
    assert.equal(
      innermostFolder(entries, (entry) => entry.path, '/work/other/x.md'),
      entries[2],
    );
  });
});
