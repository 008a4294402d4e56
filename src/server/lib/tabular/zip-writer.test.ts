import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { entryBytes, zipEntries, type ByteSource } from './zip-reader.ts';
import { zipBytes } from './zip-writer.ts';

async function* pieces(n: number) {
  for (let i = 0; i < n; i++) yield `<row r="${i + 1}">行${i}</row>`;
}

async function written(inputs: Parameters<typeof zipBytes>[0]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of zipBytes(inputs)) parts.push(b);
  return Buffer.concat(parts);
}

describe('zipBytes', () => {
  it('writes whole and streamed entries that a zip reader reads back, CRCs and sizes checked', async () => {
    const file = await written([
      { name: 'small.xml', data: '<a>小</a>' },
      { name: 'bytes.bin', data: new Uint8Array([0, 1, 2, 255]) },
      { name: 'stream.xml', data: pieces(50_000) },
      { name: 'empty-stream', data: pieces(0) },
    ]);
    const source: ByteSource = { size: file.length, read: async (o, l) => file.subarray(o, o + l) };
    const entries = await zipEntries(source);
    const read = async (name: string) => {
      const chunks: Buffer[] = [];
      for await (const c of entryBytes(source, entries.get(name)!)) chunks.push(c);
      return Buffer.concat(chunks);
    };
    expect((await read('small.xml')).toString()).toBe('<a>小</a>');
    expect([...(await read('bytes.bin'))]).toEqual([0, 1, 2, 255]);
    let expected = '';
    for await (const s of pieces(50_000)) expected += s;
    expect((await read('stream.xml')).toString()).toBe(expected);
    expect((await read('empty-stream')).length).toBe(0);
  });

  it('puts a streamed entry\'s CRC and sizes in a data descriptor after its data, as the directory has them', async () => {
    const file = await written([{ name: 's', data: pieces(100) }]);
    expect(file.readUInt16LE(6) & 0x0008).toBe(0x0008); // the local header says a descriptor follows
    const dir = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const [crc, compressed, size] = [file.readUInt32LE(dir + 16), file.readUInt32LE(dir + 20), file.readUInt32LE(dir + 24)];
    const data = file.subarray(30 + 1, 30 + 1 + compressed);
    const descriptor = file.subarray(31 + compressed, 31 + compressed + 16);
    expect(descriptor.readUInt32LE(0)).toBe(0x08074b50);
    expect([descriptor.readUInt32LE(4), descriptor.readUInt32LE(8), descriptor.readUInt32LE(12)]).toEqual([crc, compressed, size]);
    expect(inflateRawSync(data).length).toBe(size);
  });

  it('passes on an error from the rows it streams', async () => {
    async function* failing() { yield 'a'; throw new Error('database went away'); }
    await expect(written([{ name: 'x', data: failing() }])).rejects.toThrow('database went away');
  });
});
