// The match keys of every row read so far, with the line that first had each: how the check tells a row
// that repeats an earlier one. A file of a million rows has about three million keys, so they are kept
// as 64-bit hashes in typed arrays (16 bytes a key) instead of strings in a Map (about 150 bytes a key).
// Among the three million keys of a million-row file, two share a 64-bit hash with odds of about 1 in
// 4 million; and the run itself matches through the database by the real keys, so such a false
// "duplicate" could only misstate a count of the preview.

function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b ^ (b >>> 13)) >>> 0];
}

export class SeenKeys {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private lines: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.lines = new Int32Array(capacity);
  }

  get size(): number { return this.count; }

  /** The line that first had the key, or undefined. */
  get(key: string): number | undefined {
    const [h, l] = hashes(key);
    const i = this.slot(h, l);
    return this.lines[i] === 0 ? undefined : this.lines[i];
  }

  /** Records the key's first line (a later set of the same key keeps the first). */
  set(key: string, line: number): void {
    const [h, l] = hashes(key);
    const i = this.slot(h, l);
    if (this.lines[i] !== 0) return;
    this.hi[i] = h;
    this.lo[i] = l;
    this.lines[i] = line;
    this.count += 1;
    if (this.count * 2 > this.lines.length) this.grow();
  }

  /** Where the hash is, or the empty slot it would go in (linear probing; line 0 marks empty, lines start at 1). */
  private slot(h: number, l: number): number {
    const mask = this.lines.length - 1;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    while (this.lines[i] !== 0 && (this.hi[i] !== h || this.lo[i] !== l)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, lines } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    this.lines = new Int32Array(lines.length * 2);
    for (let j = 0; j < lines.length; j++) {
      if (lines[j] === 0) continue;
      const i = this.slot(hi[j]!, lo[j]!);
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.lines[i] = lines[j]!;
    }
  }
}
