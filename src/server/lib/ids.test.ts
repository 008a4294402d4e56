import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from './ids.ts';

describe('uuidv7', () => {
  it('is a version 7, variant 10 UUID carrying the millisecond time in its first 48 bits', () => {
    const at = Date.UTC(2026, 11, 6, 12, 34, 56, 789);
    const id = uuidv7(at + 10_000_000);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at + 10_000_000);
  });

  it('sorts in the order made, within one millisecond and across many (past the random pool refill)', () => {
    const at = Date.UTC(2030, 0, 1);
    const ids = Array.from({ length: 3_000 }, (_, i) => uuidv7(at + Math.floor(i / 1_000)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('differs in its random part from one id to the next', () => {
    const tails = new Set(Array.from({ length: 1_000 }, () => uuidv7().slice(-12)));
    expect(tails.size).toBe(1_000);
  });
});
