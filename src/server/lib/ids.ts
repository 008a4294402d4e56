// Time-ordered UUIDv7 (RFC 9562), generated here so that PostgreSQL 15 and PGlite (18) agree.
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let seq = 0;
// Random bytes drawn 4 KiB at a time: an import makes several ids a row, and one system call each was a
// tenth of its time in Node.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

export function uuidv7(now: number = Date.now()): string {
  // A 12-bit counter in rand_a keeps ids monotonic within one millisecond in this process.
  if (now <= lastMs) { seq = (seq + 1) & 0xfff; if (seq === 0) lastMs += 1; now = lastMs; } else { lastMs = now; seq = 0; }
  if (poolAt + 10 > pool.length) { randomFillSync(pool); poolAt = 0; }
  const b = Buffer.allocUnsafe(16);
  pool.copy(b, 6, poolAt, poolAt + 10);
  poolAt += 10;
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
