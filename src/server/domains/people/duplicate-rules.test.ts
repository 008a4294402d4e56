import { describe, expect, it } from 'vitest';
import type { DuplicateReason } from '../../../common/duplicates.ts';
import {
  combinedScore, decodePairCursor, encodePairCursor, orderedPair, REASON_WEIGHTS, reasonBit, reasonsOfMask, scoresByMask,
} from './duplicate-rules.ts';

const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';

describe('duplicate score', () => {
  it.each<[DuplicateReason[], number]>([
    [['email'], 0.95],
    [['phone'], 0.8],
    [['name_postal_code'], 0.7],
    [['email', 'phone'], 0.99],
    [['name_birthday', 'kana_birthday'], 0.98],
    [['phone', 'name_postal_code'], 0.94],
    [['name_birthday', 'phone', 'kana_birthday'], 0.996],
    [['email', 'name_birthday', 'phone', 'kana_birthday', 'name_postal_code'], 0.9999],
    [[], 0],
  ])('%j → %d', (reasons, score) => {
    expect(combinedScore(reasons.map((r) => REASON_WEIGHTS[r]))).toBe(score);
  });

  it('looks every combination up by the OR of its bits', () => {
    const table = scoresByMask();
    expect(table).toHaveLength(32);
    const mask = reasonBit('phone') | reasonBit('name_postal_code');
    expect(reasonsOfMask(mask)).toEqual(['phone', 'name_postal_code']);
    expect(table[mask]).toBe(0.94);
    expect(table[0]).toBe(0);
  });

  it('never ranks more shared keys below fewer', () => {
    const table = scoresByMask();
    for (let mask = 1; mask < table.length; mask++) {
      for (let bit = 1; bit < table.length; bit <<= 1) expect(table[mask | bit]!).toBeGreaterThanOrEqual(table[mask]!);
    }
  });
});

describe('pair cursor', () => {
  it('reads back what it wrote', () => {
    expect(decodePairCursor(encodePairCursor({ score: 0.98, personAId: A, personBId: B }))).toEqual({ score: 0.98, personAId: A, personBId: B });
  });

  it.each([
    ['not a cursor'],
    [`0.9_${A}`],
    [`0.9_${A}_${B}_x`],
    [`1.5_${A}_${B}`],
    [`0_${A}_${B}`],
    [`NaN_${A}_${B}`],
    [`_${A}_${B}`],
    [`0.9_${A}_not-a-uuid`],
    [`0.9_${A}_${B}'; drop table people; --`],
  ])('refuses %s', (cursor) => {
    expect(decodePairCursor(cursor)).toBeNull();
  });
});

describe('orderedPair', () => {
  it.each([
    [A, B, [A, B]],
    [B, A, [A, B]],
    [B.toUpperCase(), A, [A, B]],
  ])('%s, %s → smaller id first', (x, y, expected) => {
    expect(orderedPair(x, y)).toEqual(expected);
  });
});
