import { describe, expect, it } from 'vitest';
import { zip } from '../../../../tests/fixtures/imports/xlsx-build.ts';
import { entryBytes, zipEntries, type ByteSource } from './zip-reader.ts';

const source = (file: Buffer): ByteSource => ({ size: file.length, read: async (offset, length) => file.subarray(offset, offset + length) });

async function text(file: Buffer, name: string): Promise<string> {
  const s = source(file);
  const entry = (await zipEntries(s)).get(name)!;
  const chunks: Buffer[] = [];
  for await (const c of entryBytes(s, entry)) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

const ENTRIES: [string, string][] = [['a.txt', 'あいう'.repeat(1000)], ['Dir/B.xml', '<b/>'], ['empty', '']];

describe('zipEntries and entryBytes', () => {
  it.each([
    ['deflated', {}],
    ['stored', { store: true }],
    ['with Zip64 records', { zip64: true }],
  ])('read every entry of a %s archive, by name in any case', async (_, opts) => {
    const file = zip(ENTRIES, opts);
    expect([...(await zipEntries(source(file))).keys()]).toEqual(['a.txt', 'dir/b.xml', 'empty']);
    for (const [name, data] of ENTRIES) expect(await text(file, name.toLowerCase())).toBe(data);
  });

  it('finds the end record behind an archive comment', async () => {
    const file = zip(ENTRIES);
    const comment = Buffer.from('コメント'.repeat(100));
    file.writeUInt16LE(comment.length, file.length - 2);
    expect(await text(Buffer.concat([file, comment]), 'dir/b.xml')).toBe('<b/>');
  });

  it('reads a large entry in pieces, never asking for more than it needs', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const file = zip([['big', big]], { store: true });
    let largest = 0;
    const s: ByteSource = { size: file.length, read: async (o, l) => { largest = Math.max(largest, l); return file.subarray(o, o + l); } };
    let length = 0;
    for await (const c of entryBytes(s, (await zipEntries(s)).get('big')!)) length += c.length;
    expect(length).toBe(big.length);
    expect(largest).toBeLessThanOrEqual(1024 * 1024);
  });

  it.each([
    ['a wrong CRC', (f: Buffer) => { const at = f.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); f.writeUInt32LE(f.readUInt32LE(at + 16) ^ 1, at + 16); }],
    ['a wrong size', (f: Buffer) => { const at = f.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); f.writeUInt32LE(f.readUInt32LE(at + 24) + 1, at + 24); }],
    ['an unknown method', (f: Buffer) => { const at = f.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); f.writeUInt16LE(12, at + 10); }],
    ['zip encryption', (f: Buffer) => { const at = f.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); f.writeUInt16LE(0x0801, at + 8); }],
    ['a local header that is not one', (f: Buffer) => { f.writeUInt32LE(0, 0); }],
  ])('refuses an entry with %s as broken', async (_, damage) => {
    const file = zip([['only', 'データ'.repeat(100)]]);
    damage(file);
    await expect(text(file, 'only')).rejects.toMatchObject({ code: 'xlsx_broken' });
  });

  it.each([
    ['no end record', Buffer.from('PK\u0003\u0004 and nothing else')],
    ['a directory past the end', (() => { const f = zip(ENTRIES); f.writeUInt32LE(f.length, f.length - 6); return f; })()],
    ['a multi-disk archive', (() => { const f = zip(ENTRIES); f.writeUInt16LE(1, f.length - 18); return f; })()],
  ])('refuses an archive with %s as broken', async (_, file) => {
    await expect(zipEntries(source(file))).rejects.toMatchObject({ code: 'xlsx_broken' });
  });
});
