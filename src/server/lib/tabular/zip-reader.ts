// A zip (an .xlsx is one) read with random access: the central directory at the end first, then any entry,
// inflated as it is read, so memory holds a read and an inflated chunk whatever the entry's size. Jumping
// to the end is cheap because uploaded files sit in the database in chunks, and it spares the classic
// trouble with Excel's files, which put xl/sharedStrings.xml after the worksheets that need it. Zip64
// sizes and offsets are read (an archive or a sheet past 4 GiB); multi-disk archives, zip encryption and
// methods other than stored and deflate are refused as broken (no Office program writes them).
import { pipeline, Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { XlsxProblem } from './problem.ts';
import { CENTRAL, EOCD, EOCD64, EOCD64_LOCATOR, LOCAL } from './zip-format.ts';

/** The bytes of a file, read at any offset; `read` returns exactly `length` bytes (offset + length ≤ size). */
export interface ByteSource { size: number; read(offset: number, length: number): Promise<Uint8Array> }

export interface ZipEntry { name: string; method: number; crc: number; compressedSize: number; size: number; localOffset: number }

const ZIP64_EXTRA = 0x0001;
const U32 = 0xffffffff;
/** As large as the chunks the database stores uploads in, so that one read is one chunk. */
const READ_BYTES = 1024 * 1024;
/** An .xlsx has tens of entries; a directory this large is not a workbook. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

const broken = () => new XlsxProblem('xlsx_broken');

export async function readBytes(source: ByteSource, offset: number, length: number): Promise<Buffer> {
  if (offset < 0 || length < 0 || offset + length > source.size) throw broken();
  if (length === 0) return Buffer.alloc(0);
  const b = await source.read(offset, length);
  if (b.length !== length) throw broken();
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** The archive's entries by name, lower-cased (part names in a package are case-insensitive). */
export async function zipEntries(source: ByteSource): Promise<Map<string, ZipEntry>> {
  // The end record is the last 22 bytes, unless a comment (up to 64 KiB) follows it.
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tailStart = source.size - tailLength;
  const tail = await readBytes(source, tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) throw broken();
  let count = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === U32 || dirOffset === U32) {
    const locator = await readBytes(source, tailStart + at - 20, 20);
    if (locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw broken();
    const record = await readBytes(source, Number(locator.readBigUInt64LE(8)), 56);
    if (record.readUInt32LE(0) !== EOCD64) throw broken();
    count = Number(record.readBigUInt64LE(32));
    dirSize = Number(record.readBigUInt64LE(40));
    dirOffset = Number(record.readBigUInt64LE(48));
  } else if (tail.readUInt16LE(at + 4) !== 0) {
    throw broken(); // one part of a multi-disk archive
  }
  if (dirSize > MAX_DIRECTORY_BYTES) throw broken();
  const dir = await readBytes(source, dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw broken();
    const flags = dir.readUInt16LE(p + 8);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    if (p + 46 + nameLength + extraLength > dir.length) throw broken();
    // Part names are ASCII; bit 11 says UTF-8, otherwise CP437, which agrees with latin1 on ASCII.
    const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name, method: flags & 0x1 ? -1 : dir.readUInt16LE(p + 10), crc: dir.readUInt32LE(p + 16),
      compressedSize: dir.readUInt32LE(p + 20), size: dir.readUInt32LE(p + 24), localOffset: dir.readUInt32LE(p + 42),
    };
    readZip64Extra(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.set(name.replace(/^\//u, '').toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit values that stand in for those written as 0xFFFFFFFF, in the order the format gives them. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === ZIP64_EXTRA) {
      let r = q + 4;
      const next = () => {
        if (r + 8 > q + 4 + length || r + 8 > extra.length) throw broken();
        const v = Number(extra.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (entry.size === U32) entry.size = next();
      if (entry.compressedSize === U32) entry.compressedSize = next();
      if (entry.localOffset === U32) entry.localOffset = next();
      return;
    }
    q += 4 + length;
  }
}

/** An entry's bytes, inflated as they are read; its CRC and size are checked at the end. */
export async function* entryBytes(source: ByteSource, entry: ZipEntry): AsyncGenerator<Buffer> {
  const local = await readBytes(source, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw broken();
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > source.size) throw broken();
  async function* stored(): AsyncGenerator<Buffer> {
    for (let done = 0; done < entry.compressedSize; done += READ_BYTES) {
      yield await readBytes(source, start + done, Math.min(READ_BYTES, entry.compressedSize - done));
    }
  }
  let data: AsyncIterable<Buffer>;
  if (entry.method === 0) data = stored();
  else if (entry.method === 8) data = inflated(stored());
  else throw broken();
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of data) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  } catch (err) {
    // zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR …) mean the deflate stream is damaged.
    if (String((err as { code?: unknown }).code).startsWith('Z_')) throw broken();
    throw err;
  }
  if (crc !== entry.crc || size !== entry.size) throw broken();
}

function inflated(compressed: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  // One read ahead at most (Readable.from would buffer 16); an error on either side ends the inflate
  // stream with it, and so the loop that reads it.
  pipeline(Readable.from(compressed, { highWaterMark: 1 }), inflate, () => {});
  return inflate;
}
