// A zip written as it is made: each entry deflated as its data arrives, its CRC and sizes in a data
// descriptor after it (the local header cannot know them yet) and in the central directory at the end,
// so memory holds a chunk whatever the size of the archive. An archive past 4 GiB would need Zip64,
// which this writer does not write: it stops with an error instead (an Excel sheet of 1,048,576 rows of
// a CRM's columns stays well under it).
import { pipeline, Readable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { CENTRAL, DESCRIPTOR, EOCD, LOCAL } from './zip-format.ts';

export interface ZipInput { name: string; data: string | Uint8Array | AsyncIterable<string | Uint8Array> }

const FLAG_UTF8 = 0x0800;
const FLAG_DESCRIPTOR = 0x0008;
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate
/** A fixed time (1980-01-01 00:00, the format's first): the same rows make the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const U32_MAX = 0xffffffff;

interface Written { name: Buffer; flags: number; crc: number; compressedSize: number; size: number; offset: number }

function localHeader(name: Buffer, flags: number, crc: number, compressedSize: number, size: number): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(LOCAL, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(flags, 6);
  b.writeUInt16LE(DEFLATE, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(crc, 14);
  b.writeUInt32LE(compressedSize, 18);
  b.writeUInt32LE(size, 22);
  b.writeUInt16LE(name.length, 26);
  return Buffer.concat([b, name]);
}

function centralHeader(e: Written): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(CENTRAL, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(VERSION, 6);
  b.writeUInt16LE(e.flags, 8);
  b.writeUInt16LE(DEFLATE, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.compressedSize, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

const bytesOf = (s: string | Uint8Array) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s);

function checkSize(n: number): number {
  if (n > U32_MAX) throw new Error('zip archive past 4 GiB: Zip64 is not written');
  return n;
}

export async function* zipBytes(inputs: Iterable<ZipInput>): AsyncGenerator<Buffer> {
  const written: Written[] = [];
  let offset = 0;
  const emit = (b: Buffer) => { offset = checkSize(offset + b.length); return b; };
  for (const input of inputs) {
    const name = Buffer.from(input.name, 'utf8');
    const start = offset;
    if (typeof input.data === 'string' || input.data instanceof Uint8Array) {
      // A small part, whole: its sizes go in the local header and it needs no descriptor.
      const data = bytesOf(input.data);
      const packed = deflateRawSync(data);
      const e = { name, flags: FLAG_UTF8, crc: crc32(data), compressedSize: packed.length, size: data.length, offset: start };
      yield emit(localHeader(name, e.flags, e.crc, e.compressedSize, e.size));
      yield emit(packed);
      written.push(e);
      continue;
    }
    const e = { name, flags: FLAG_UTF8 | FLAG_DESCRIPTOR, crc: 0, compressedSize: 0, size: 0, offset: start };
    yield emit(localHeader(name, e.flags, 0, 0, 0));
    const source = input.data;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const part of source) {
        const b = bytesOf(part);
        if (b.length === 0) continue;
        e.crc = crc32(b, e.crc);
        e.size = checkSize(e.size + b.length);
        yield b;
      }
    }
    const deflate = createDeflateRaw();
    // One batch ahead at most (Readable.from would buffer 16); an error on either side ends the deflate
    // stream with it, and so the loop below.
    pipeline(Readable.from(counted(), { highWaterMark: 1 }), deflate, () => {});
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      e.compressedSize += chunk.length;
      yield emit(chunk);
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DESCRIPTOR, 0);
    descriptor.writeUInt32LE(e.crc, 4);
    descriptor.writeUInt32LE(checkSize(e.compressedSize), 8);
    descriptor.writeUInt32LE(e.size, 12);
    yield emit(descriptor);
    written.push(e);
  }
  const dirOffset = offset;
  for (const e of written) yield emit(centralHeader(e));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - dirOffset, 12);
  end.writeUInt32LE(dirOffset, 16);
  yield end;
}
