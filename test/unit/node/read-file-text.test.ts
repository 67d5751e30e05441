/**
 * Whether a file's bytes are UTF-8 is decided where they are read, from the
 * bytes: a U+FFFD in the text may be a lost character or one written on purpose.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built server, reached by path as the other server tests do
const { readFileText } = require(
  path.resolve(__dirname, '../../../../server/out/node/read-text'),
) as typeof import('../../../server/src/node/read-text');

describe('Reading a file', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'read-file-text-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const read = (bytes: Uint8Array) => {
    const file = path.join(folder, 'a.report.md');
    fs.writeFileSync(file, bytes);
    return readFileText(file);
  };

  it('finds valid UTF-8 valid, even when it holds the character U+FFFD', () => {
    assert.deepEqual(read(Buffer.from('Sign: \uFFFD and £5\n', 'utf8')), {
      text: 'Sign: \uFFFD and £5\n',
      invalidUtf8: false,
    });
  });

  it('finds Windows-1252 bytes not UTF-8, and shows each as U+FFFD as an editor does', () => {
    assert.deepEqual(read(Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35, 0x20, 0x96, 0x0a])), {
      text: 'Cost \uFFFD5 \uFFFD\n',
      invalidUtf8: true,
    });
  });

  it('drops a byte order mark and finds the rest valid', () => {
    assert.deepEqual(read(Buffer.from('\uFEFFHello\n', 'utf8')), { text: 'Hello\n', invalidUtf8: false });
  });

  it('does not judge a file cut off at the limit, which may end inside a character', () => {
    // Two bytes allowed and four more read: 'ab', one whole € and the first byte of the next.
    const cut = path.join(folder, 'cut.report.md');
    fs.writeFileSync(cut, 'ab€€€€', 'utf8');
    assert.deepEqual(readFileText(cut, 2), { text: 'ab€\uFFFD', invalidUtf8: false });
  });
});
