/**
 * The cache file of `check --cache` (and the server's index): what is read
 * back is what was written, and an entry copied from the file as it was read
 * leaves exactly the bytes writing it anew would.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CacheContents, CacheEntry } from '../../../server/src/node/check-cache-file';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path as the other server tests do
const { readCacheFile, readCache, writeCache } = require(
  path.resolve(__dirname, '../../../../server/out/node/check-cache-file'),
) as typeof import('../../../server/src/node/check-cache-file');

const entry = (id: string, messages: readonly string[]): CacheEntry => ({
  hash: `hash of ${id}`,
  stamp: { size: 10, mtimeMs: 1.5, ctimeMs: 2.25, ino: 7 },
  summary: { links: { documentId: id, definitions: [{ id: 'F1', kind: 'F', number: 1 }], citations: [] } },
  diagnostics: messages.map((message, line) => ({
    range: { start: { line, character: 0 }, end: { line, character: 4 } },
    severity: 'warning' as const,
    code: 'placeholder-left',
    // Not ASCII, so a copy cut at a character count rather than a byte count would show.
    message: `‘${message}’ — left in`,
  })),
});

const contents = (entries: [string, CacheEntry][], stdout = 'printed — once\n'): CacheContents => ({
  identity: 'build 1',
  config: 'defaults',
  entries: new Map(entries),
  printed: { key: 'json', stdout, warnings: ['a warning'], exitCode: 1 },
});

describe('The cache file', () => {
  let folder: string;
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-cache-file-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));
  const at = (name: string) => path.join(folder, name);

  it('reads back the heads, the entries and the printout it wrote', () => {
    const written = contents([
      ['file:///a.md', entry('a', ['TBC'])],
      ['file:///b.md', { hash: 'b', summary: {} }],
    ]);
    assert.equal(writeCache(at('cache'), written), undefined);
    const file = readCacheFile(at('cache'), 'build 1', 'defaults')!;
    assert.deepEqual(file.heads.get('file:///a.md'), { hash: 'hash of a', stamp: entry('a', []).stamp });
    assert.deepEqual(file.heads.get('file:///b.md'), { hash: 'b' });
    assert.deepEqual(file.printed, written.printed);
    assert.deepEqual(file.entries(), written.entries);
    assert.deepEqual(readCache(at('cache'), 'build 1', 'defaults')?.entries, written.entries);
    assert.equal(readCacheFile(at('cache'), 'build 2', 'defaults'), undefined, 'another build');
    assert.equal(readCacheFile(at('cache'), 'build 1', 'another config'), undefined, 'another config');
  });

  it('reads back an empty cache, with and without a printout', () => {
    for (const printed of [true, false]) {
      const { printed: printout, ...empty } = contents([]);
      writeCache(at('empty'), printed ? { ...empty, printed: printout! } : empty);
      const file = readCacheFile(at('empty'), 'build 1', 'defaults')!;
      assert.equal(file.heads.size, 0);
      assert.deepEqual(file.entries(), new Map());
      assert.deepEqual(file.printed, printed ? printout : undefined);
    }
  });

  it('writes the bytes a fresh write would when it copies the entries given back as read', () => {
    const first = contents(['a', 'b', 'c'].map((id) => [`file:///${id}.md`, entry(id, [id, `${id} again`])]));
    writeCache(at('cache'), first);
    const read = readCacheFile(at('cache'), 'build 1', 'defaults')!.entries()!;
    // b changed; a and c are given back as read (copied), then as fresh objects (written anew).
    const changed = entry('b', ['changed']);
    const copied = new Map([...read].map(([uri, kept]) => [uri, uri === 'file:///b.md' ? changed : kept]));
    const fresh = new Map([...copied].map(([uri, kept]) => [uri, JSON.parse(JSON.stringify(kept)) as CacheEntry]));
    writeCache(at('copied'), { ...first, entries: copied, printed: { ...first.printed!, stdout: 'new' } });
    writeCache(at('fresh'), { ...first, entries: fresh, printed: { ...first.printed!, stdout: 'new' } });
    assert.equal(fs.readFileSync(at('copied'), 'utf8'), fs.readFileSync(at('fresh'), 'utf8'));
    assert.deepEqual(readCacheFile(at('copied'), 'build 1', 'defaults')!.entries(), fresh);
  });

  it('writes an entry anew when its diagnostics are not those read with its summary', () => {
    writeCache(at('cache'), contents([['file:///a.md', entry('a', ['one'])]]));
    const [uri, kept] = [...readCacheFile(at('cache'), 'build 1', 'defaults')!.entries()!][0]!;
    const other = { ...kept, diagnostics: entry('a', ['two']).diagnostics! };
    writeCache(at('cache'), contents([[uri, other]]));
    assert.deepEqual(readCacheFile(at('cache'), 'build 1', 'defaults')!.entries()!.get(uri), other);
  });

  for (const [what, damage] of [
    ['cut in its details', (text: string) => text.slice(0, text.indexOf('"summary"') + 20)],
    ['cut in its printout', (text: string) => text.slice(0, -3)],
    ['with a printout too long', (text: string) => `${text}!`],
    ['with a head too few', (text: string) => text.replace(/\n\["file:\/\/\/a\.md"[^\n]*/, '')],
    ['with its details not an array', (text: string) => text.replace('\n[{', '\n{')],
  ] as const) {
    it(`is not read ${what}`, () => {
      writeCache(
        at('cache'),
        contents([
          ['file:///a.md', entry('a', ['x'])],
          ['file:///b.md', entry('b', ['y'])],
        ]),
      );
      fs.writeFileSync(at('cache'), damage(fs.readFileSync(at('cache'), 'utf8')));
      const file = readCacheFile(at('cache'), 'build 1', 'defaults');
      assert.ok(file === undefined || file.entries() === undefined, 'nothing of it is trusted');
    });
  }
});
