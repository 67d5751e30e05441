import { inflateRawSync } from 'node:zlib';

/**
 * The parts of a Word document (.docx, a zip), read without trusting it:
 * every size is checked against the zip's own central directory before
 * anything is inflated, and what is inflated is capped, so a zip bomb or a
 * damaged file is refused in milliseconds instead of filling the memory.
 */
export type WordPackage = { readonly parts: ReadonlyMap<string, Uint8Array> } | { readonly refusal: string };

/** The most a Word document's parts may hold, inflated: a 500-page report with its photographs is well under it. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** How much a part may grow when inflated: XML compresses about ten to one, so a hundred to one is a bomb. */
const MAX_RATIO = 100;
/** A part may grow past MAX_RATIO when it is this small: an empty part compresses a long way. */
const RATIO_FREE_BYTES = 1024 * 1024;
const MAX_PARTS = 10_000;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const SAVE_AS_DOCX = 'open it in Word or LibreOffice, save it as a Word Document (.docx) and import that';

/** The parts of `bytes`, or why they cannot be imported, in words for the officer (without the file's name). */
export function readWordPackage(bytes: Uint8Array): WordPackage {
  if (bytes.length === 0) return { refusal: 'is empty: save the document again from Word and import that' };
  if (startsWith(bytes, OLE_SIGNATURE)) return { refusal: oleRefusal(bytes) };
  if (startsWith(bytes, [...Buffer.from('{\\rtf')]))
    return { refusal: `is a Rich Text (.rtf) file, not a Word document: ${SAVE_AS_DOCX}` };
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return { refusal: `is not a Word document (.docx): ${SAVE_AS_DOCX}` };
  const entries = directoryOf(bytes);
  if (typeof entries === 'string') return { refusal: entries };
  const parts = new Map<string, Uint8Array>();
  let budget = MAX_INFLATED_BYTES;
  for (const entry of entries) {
    const part = inflate(bytes, entry, budget);
    if (typeof part === 'string') return { refusal: part };
    budget -= part.length;
    parts.set(entry.name, part);
  }
  if (!parts.has('word/document.xml'))
    return {
      refusal: parts.has('xl/workbook.xml')
        ? 'is an Excel workbook, not a Word document: import the report itself'
        : parts.has('ppt/presentation.xml')
          ? 'is a PowerPoint presentation, not a Word document: import the report itself'
          : `is a zip file but not a Word document (it has no word/document.xml): ${SAVE_AS_DOCX}`,
    };
  return { parts };
}

/** An OLE compound file is an old .doc, or a .docx locked with a password (Word wraps those in OLE with EncryptionInfo). */
function oleRefusal(bytes: Uint8Array): string {
  const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from('EncryptionInfo', 'utf16le'),
  );
  return encrypted
    ? 'is protected by a password: open it in Word, remove the password (File, Info, Protect Document, Encrypt with Password), save it and import it again'
    : `is an old Word 97-2003 document (.doc): ${SAVE_AS_DOCX}`;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const DAMAGED =
  'is damaged (its zip structure cannot be read): open it in Word, which may repair it, save it and import it again';

/** The entries of the zip's central directory, with every declared size held to the limits; or a refusal. */
function directoryOf(bytes: Uint8Array): Entry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end === undefined) return DAMAGED;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    return `is too large to import (over ${MAX_INFLATED_BYTES / (1024 * 1024)} MB when unpacked)`;
  if (count > MAX_PARTS) return `has too many parts (${count}) to be a Word document: ${SAVE_AS_DOCX}`;
  const entries: Entry[] = [];
  let at = offset;
  let total = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return DAMAGED;
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    total += entry.size;
    if (total > MAX_INFLATED_BYTES || entry.size === 0xffffffff) return tooLarge();
    if (entry.size > RATIO_FREE_BYTES && entry.size > entry.compressedSize * MAX_RATIO) return tooLarge();
    if (entry.flags & 1) return 'is encrypted: remove its password in Word, save it and import it again';
    if (!entry.name.endsWith('/')) entries.push(entry);
  }
  return entries;
}

function tooLarge(): string {
  return `unpacks to more than a Word document can hold (over ${MAX_INFLATED_BYTES / (1024 * 1024)} MB, or a part that grows over ${MAX_RATIO} times): it may be a zip bomb; if it is a real report, save it again from Word with smaller pictures`;
}

/** The end-of-central-directory record, searched back from the end past a comment of up to 64 KB. */
function endOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

/** One part, inflated to at most the size the directory declares (and the budget left); or a refusal. */
function inflate(bytes: Uint8Array, entry: Entry, budget: number): Uint8Array | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return DAMAGED;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) return DAMAGED;
  if (entry.method === 0) return entry.size === data.length ? data : DAMAGED;
  if (entry.method !== 8) return DAMAGED;
  try {
    // One byte over the declared size shows a part that lies about its size, without inflating the rest of it.
    const inflated = inflateRawSync(data, { maxOutputLength: Math.min(entry.size, budget) + 1 });
    return inflated.length === entry.size ? inflated : DAMAGED;
  } catch (error) {
    return error instanceof RangeError ? tooLarge() : DAMAGED;
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
