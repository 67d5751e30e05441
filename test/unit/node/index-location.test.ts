/**
 * Where the language server keeps its index of a workspace between
 * sessions, and what makes the whole index out of date (the folders'
 * configs), on every platform.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path as the other server tests do
const { indexLocation, userCacheFolder, foldersConfigKey } = require(
  path.resolve(__dirname, '../../../../server/out/node/index-location'),
) as typeof import('../../../server/src/node/index-location');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { formerCacheLocation } = require(
  path.resolve(__dirname, '../../../../server/out/node/check-cache-file'),
) as typeof import('../../../server/src/node/check-cache-file');

const linux = { platform: 'linux', env: {}, home: '/home/clerk' } as const;

describe('Where the language server keeps its index', () => {
  it('is the folder the client gives, one file in it', () => {
    assert.equal(indexLocation({ indexFolder: '/storage/ws1' }, ['/work/council'], linux), '/storage/ws1/index.cache');
  });

  it('knows where each index was kept while it was JSON, to remove it, and nothing of a name not its own', () => {
    const own = indexLocation({ indexFolder: '/storage/ws1' }, ['/work/council'], linux)!;
    assert.equal(formerCacheLocation(own), '/storage/ws1/index.json');
    const cached = indexLocation({}, ['/work/council'], linux)!;
    assert.equal(formerCacheLocation(cached), cached.replace(/\.cache$/, '.json'));
    assert.notEqual(formerCacheLocation(cached), cached);
    assert.equal(formerCacheLocation('/storage/ws1/index.json'), undefined);
  });

  it('is nowhere when it is turned off, even with a folder given, or when there is no workspace folder', () => {
    assert.equal(
      indexLocation({ indexFolder: '/storage/ws1', persistIndex: false }, ['/work/council'], linux),
      undefined,
    );
    assert.equal(indexLocation({ persistIndex: false }, ['/work/council'], linux), undefined);
    assert.equal(indexLocation({}, [], linux), undefined);
  });

  it('is otherwise one file per workspace in the user’s cache folder, named by its folders', () => {
    const one = indexLocation({}, ['/work/council'], linux)!;
    const other = indexLocation({}, ['/work/other'], linux)!;
    const both = indexLocation({}, ['/work/council', '/work/other'], linux)!;
    assert.match(one, /^\/home\/clerk\/\.cache\/committee-reports\/index-[0-9a-f]{20}\.cache$/);
    assert.equal(new Set([one, other, both]).size, 3);
    assert.equal(indexLocation({}, ['/work/council'], linux), one);
  });

  it('puts the user’s cache folder where each platform keeps caches', () => {
    assert.equal(userCacheFolder(linux), '/home/clerk/.cache/committee-reports');
    assert.equal(
      userCacheFolder({ ...linux, env: { XDG_CACHE_HOME: '/var/cache/clerk' } }),
      '/var/cache/clerk/committee-reports',
    );
    // A relative XDG_CACHE_HOME is not valid, and is ignored.
    assert.equal(
      userCacheFolder({ ...linux, env: { XDG_CACHE_HOME: 'cache' } }),
      '/home/clerk/.cache/committee-reports',
    );
    assert.equal(
      userCacheFolder({ platform: 'darwin', env: {}, home: '/Users/clerk' }),
      '/Users/clerk/Library/Caches/committee-reports',
    );
    assert.equal(
      userCacheFolder({
        platform: 'win32',
        env: { LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local' },
        home: 'C:\\Users\\clerk',
      }),
      'C:\\Users\\clerk\\AppData\\Local\\committee-reports\\Cache',
    );
    assert.equal(
      userCacheFolder({ platform: 'win32', env: {}, home: 'C:\\Users\\clerk' }),
      'C:\\Users\\clerk\\AppData\\Local\\committee-reports\\Cache',
    );
  });
});

describe('The key of the configs the index was written under', () => {
  const folder = { folder: '/work/council', configFile: '/work/council/.committee-reports.yaml', configText: 'a: 1\n' };

  it('is the same for the same folders and configs', () => {
    assert.equal(foldersConfigKey([folder]), foldersConfigKey([{ ...folder }]));
  });

  it('changes with a config’s text, its file, a folder, the folders’ order, or a config added or removed', () => {
    const other = { folder: '/work/other', configFile: undefined, configText: undefined };
    const keys = [
      foldersConfigKey([folder]),
      foldersConfigKey([{ ...folder, configText: 'a: 2\n' }]),
      foldersConfigKey([{ ...folder, configFile: undefined, configText: undefined }]),
      foldersConfigKey([{ ...folder, folder: '/work/councils' }]),
      foldersConfigKey([folder, other]),
      foldersConfigKey([other, folder]),
    ];
    assert.equal(new Set(keys).size, keys.length);
  });
});
