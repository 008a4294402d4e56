// Which text encoding an uploaded file is in, and a decoder that takes its bytes in chunks. Japanese
// offices send UTF-8 (with or without the BOM Excel writes) and Shift_JIS as Windows writes it (CP932,
// which adds ①, ㈱, 髙 and the NEC/IBM extensions to JIS X 0208). CP932 text is almost never valid
// UTF-8, so: a BOM or valid UTF-8 is UTF-8, anything else that decodes cleanly as CP932 is CP932, and
// bytes that are neither (or hold NULs, or are a zip such as .xlsx) are not a text file.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'cp932';
export type Sniffed =
  | { kind: 'text'; encoding: TextEncoding; bom: boolean }
  | { kind: 'xlsx' }
  | { kind: 'empty' }
  | { kind: 'binary' };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Valid UTF-8, allowing a character cut off by the end of the sample. */
function isUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return true;
      if ((b[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/** Control characters other than tab, CR, LF: a text file has (almost) none. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd += 1;
  }
  return odd > Math.max(2, text.length / 200);
}

/** Looks at the first bytes of a file (64 KiB is plenty). */
export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return { kind: 'empty' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return head.length === 3 ? { kind: 'empty' } : { kind: 'text', encoding: 'utf-8', bom: true };
  if (isUtf8(head)) return looksBinary(new TextDecoder().decode(head)) ? { kind: 'binary' } : { kind: 'text', encoding: 'utf-8', bom: false };
  // iconv-lite writes U+FFFD for a byte sequence CP932 does not have; looksBinary counts them.
  const asCp932 = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), 'cp932');
  return looksBinary(asCp932) ? { kind: 'binary' } : { kind: 'text', encoding: 'cp932', bom: false };
}

export interface ChunkDecoder { write(chunk: Uint8Array): string; end(): string }

/** Bytes to text in chunks, a character cut between two chunks kept for the next; a UTF-8 BOM dropped. */
export function decoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf-8') {
    const d = new TextDecoder('utf-8');
    return { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
  }
  const d = iconv.getDecoder('cp932');
  return { write: (chunk) => d.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => d.end() ?? '' };
}
