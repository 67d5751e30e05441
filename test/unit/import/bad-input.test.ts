import * as assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { importWordDocument } from '../../support/word-import';
import { cabinetReport } from './word-fixtures';

/** The refusal of an import that must be refused; fails the test when it was imported. */
async function refusalOf(bytes: Uint8Array, fileName: string): Promise<string> {
  const imported = await importWordDocument(bytes, { fileName });
  assert.ok('refusal' in imported, `${fileName} was imported`);
  assert.doesNotMatch(imported.refusal, /\n/, 'a refusal is one line');
  return imported.refusal;
}

/** The start of an OLE compound file (Word 97-2003's .doc, and Office's wrapper of an encrypted .docx). */
function oleFile(streamName?: string): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = streamName === undefined ? Buffer.alloc(0) : Buffer.from(streamName, 'utf16le');
  return Buffer.concat([header, Buffer.alloc(504), name, Buffer.alloc(1024)]);
}

/** A zip of one entry whose central directory says what `declared` says, holding `data` deflated. */
function zipOf(name: string, data: Buffer, declared: { size?: number } = {}): Uint8Array {
  const compressed = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declared.size ?? data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declared.size ?? data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryStart = local.length + nameBytes.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryStart, 16);
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
}

describe('A file the Word import refuses, in one line naming it and what to do, never a crash', () => {
  it('refuses an old binary .doc and says to save it as a Word Document (.docx)', async () => {
    const refusal = await refusalOf(oleFile('WordDocument'), 'minutes 2019.doc');
    assert.match(
      refusal,
      /^minutes 2019\.doc is an old Word 97-2003 document \(\.doc\): .*save it as a Word Document \(\.docx\)/,
    );
  });

  it('refuses a password-protected .docx (an OLE file holding EncryptionInfo) and says to remove the password', async () => {
    const refusal = await refusalOf(oleFile('EncryptionInfo'), 'locked.docx');
    assert.match(refusal, /^locked\.docx is protected by a password: open it in Word, remove the password/);
  });

  it('refuses a damaged .docx: a Word file cut short', async () => {
    const whole = await cabinetReport();
    const refusal = await refusalOf(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.docx');
    assert.match(refusal, /^cut\.docx is damaged \(its zip structure cannot be read\)/);
  });

  it('refuses a part whose bytes do not inflate', async () => {
    const zip = Buffer.from(zipOf('word/document.xml', Buffer.from('<w:document/>')));
    zip.fill(0xff, 30 + 'word/document.xml'.length, 30 + 'word/document.xml'.length + 4);
    assert.match(await refusalOf(zip, 'broken.docx'), /^broken\.docx is damaged/);
  });

  it('refuses a zip that is not Word, and a file that is not a zip at all', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const notWord = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    assert.match(
      await refusalOf(notWord, 'notes.docx'),
      /^notes\.docx is a zip file but not a Word document \(it has no word\/document\.xml\)/,
    );
    assert.match(
      await refusalOf(Buffer.from('%PDF-1.7\n'), 'paper.docx'),
      /^paper\.docx is not a Word document \(\.docx\)/,
    );
    assert.match(await refusalOf(new Uint8Array(), 'empty.docx'), /^empty\.docx is empty/);
  });

  it('refuses a zip bomb by the sizes its central directory declares, before inflating anything', async () => {
    // 200 MB of zeros declared: the directory is read, nothing is inflated.
    const bomb = zipOf('word/document.xml', Buffer.alloc(1024), { size: 200 * 1024 * 1024 });
    const started = Date.now();
    assert.match(
      await refusalOf(bomb, 'bomb.docx'),
      /^bomb\.docx unpacks to more than a Word document can hold .* zip bomb/,
    );
    assert.ok(Date.now() - started < 2000, 'the refusal took too long');
  });

  it('refuses a part that inflates past the size it declares, stopping as soon as it does', async () => {
    // 50 MB of zeros (about 50 KB deflated) that says it is 1 KB: inflating stops after the first kilobyte.
    const liar = zipOf('word/document.xml', Buffer.alloc(50 * 1024 * 1024), { size: 1024 });
    assert.match(await refusalOf(liar, 'liar.docx'), /^liar\.docx /);
  });

  it('refuses a part that grows more than a hundred times, as a bomb does', async () => {
    const dense = zipOf('word/document.xml', Buffer.alloc(20 * 1024 * 1024));
    assert.match(await refusalOf(dense, 'dense.docx'), /zip bomb/);
  });
});
