import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decoder, sniff } from './encoding.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp932 = (s: string) => new Uint8Array(iconv.encode(s, 'cp932'));
const SAMPLE = '会員番号,お名前,ﾌﾘｶﾞﾅ,会社\r\nA1,髙橋　①子,ﾀｶﾊｼ ｲﾁｺ,㈱大福\r\n';

/** A fixed stream of pseudo-random bytes (the same in every run). */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) { s = (s * 1103515245 + 12345) >>> 0; out[i] = s >>> 24; }
  return out;
}

describe('sniff', () => {
  it('tells UTF-8, UTF-8 with BOM and CP932 apart', () => {
    expect(sniff(utf8(SAMPLE))).toEqual({ kind: 'text', encoding: 'utf-8', bom: false });
    expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]))).toEqual({ kind: 'text', encoding: 'utf-8', bom: true });
    expect(sniff(cp932(SAMPLE))).toEqual({ kind: 'text', encoding: 'cp932', bom: false });
  });

  it('takes a UTF-8 sample cut inside a character as UTF-8', () => {
    const bytes = utf8('氏名,メール\n山田');
    expect(sniff(bytes.slice(0, bytes.length - 1))).toMatchObject({ encoding: 'utf-8' });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(sniff(utf8('email,name\na@example.jp,Yamada\n'))).toMatchObject({ kind: 'text', encoding: 'utf-8' });
  });

  it.each([
    ['nothing', new Uint8Array(0), 'empty'],
    ['a BOM alone', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    ['an .xlsx (zip) file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), 'xlsx'],
    ['random bytes', randomBytes(65_536, 7), 'binary'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['UTF-16 text', new Uint8Array(Buffer.from('\ufeff氏名,メール\n', 'utf16le')), 'binary'],
  ])('%s → %s', (_, bytes, kind) => {
    expect(sniff(bytes).kind).toBe(kind);
  });
});

describe('decoder', () => {
  it.each([
    ['utf-8', utf8(SAMPLE)],
    ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)])],
    ['cp932', cp932(SAMPLE)],
  ])('decodes %s the same however the bytes are cut', (name, bytes) => {
    const encoding = name === 'cp932' ? 'cp932' : 'utf-8';
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = decoder(encoding);
      expect(d.write(bytes.slice(0, cut)) + d.write(bytes.slice(cut)) + d.end(), `cut at ${cut}`).toBe(SAMPLE);
    }
  });

  it('reads CP932 extensions: ①, ㈱, 髙, ～ and half-width kana', () => {
    const d = decoder('cp932');
    expect(d.write(cp932('①㈱髙～ｱｲｳ')) + d.end()).toBe('①㈱髙～ｱｲｳ');
  });
});
