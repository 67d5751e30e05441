import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPOSITORY, codeSpansInSection, foldersOf, repositoryFiles } from './repository-markdown';

const ARCHITECTURE = 'docs/architecture.md';
const MAP_HEADING = 'Contributor map';

/**
 * The folders a contributor looks for by name: every top folder; the parts of
 * the server, the client, the tests and the bench; and every folder of the
 * server's and the client's sources, however deep.
 */
function foldersToMap(folders: Iterable<string>): string[] {
  return [...folders]
    .filter((folder) => {
      const parts = folder.split('/');
      if (parts.length === 1) return true;
      if (parts.length === 2 && ['server', 'client', 'test', 'bench'].includes(parts[0]!)) return true;
      return folder.startsWith('server/src/') || folder.startsWith('client/src/');
    })
    .sort();
}

describe('The contributor map in docs/architecture.md', () => {
  it('lists every source folder of the repository', () => {
    const text = fs.readFileSync(path.join(REPOSITORY, ARCHITECTURE), 'utf8');
    const spans = codeSpansInSection(text, MAP_HEADING);
    assert.ok(spans, `${ARCHITECTURE} has no "${MAP_HEADING}" heading`);
    const listed = new Set(spans.map((span) => span.replace(/\/$/, '')));
    const folders = foldersToMap(foldersOf(repositoryFiles()));
    assert.ok(folders.includes('server/src/core/checks'), 'the folders were not found');
    const missing = folders.filter((folder) => !listed.has(folder));
    assert.deepEqual(
      missing,
      [],
      `Add a line to the table under "${MAP_HEADING}" in ${ARCHITECTURE} for each of these folders`,
    );
  });
});

describe('The contributor map in docs/architecture.md, read the other way', () => {
  it('names no folder the repository does not hold', () => {
    const text = fs.readFileSync(path.join(REPOSITORY, ARCHITECTURE), 'utf8');
    // The folder a row is about is its first cell; later cells may name build output (`server/out/`).
    const listed = [...text.matchAll(/^\| `([^`\n]+\/)` \|/gm)].map((match) => match[1]!);
    assert.ok(listed.includes('server/src/core/checks/'), "the map's rows were not found");
    const folders = new Set(foldersOf(repositoryFiles()));
    const gone = listed.map((span) => span.replace(/\/$/, '')).filter((folder) => !folders.has(folder));
    assert.deepEqual(gone, [], `Remove or correct these lines under "${MAP_HEADING}" in ${ARCHITECTURE}`);
  });
});
