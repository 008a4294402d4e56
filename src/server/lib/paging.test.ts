import { describe, expect, it } from 'vitest';
import { decodeKeyCursor, encodeKeyCursor, InvalidCursorError, pageOf, parseIdCursor } from './paging.ts';

const ID = '0190a5e8-7c3b-7def-8123-456789abcdef';
const any = () => true;

describe('key cursors', () => {
  it.each([
    ['kana', 'やまだはなこ'],
    ['empty furigana', ''],
    ['a timestamp', '2026-11-23T01:02:03.123456Z'],
    ['no value', null],
  ])('round-trips %s', (_name, value) => {
    expect(decodeKeyCursor(encodeKeyCursor(value, ID), any)).toEqual({ value, id: ID });
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['JSON that is not a pair', Buffer.from('{"a":1}').toString('base64url')],
    ['a pair with a bad id', Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url')],
    ['a number as value', Buffer.from(JSON.stringify([1, ID])).toString('base64url')],
    ['an overlong value', encodeKeyCursor('あ'.repeat(201), ID)],
    ['three items', Buffer.from(JSON.stringify(['a', ID, 'b'])).toString('base64url')],
  ])('refuses %s', (_name, cursor) => {
    expect(() => decodeKeyCursor(cursor, any)).toThrow(InvalidCursorError);
  });

  it('refuses a value the list does not accept', () => {
    const timestamp = (v: string | null) => v !== null && /^\d{4}-\d{2}-\d{2}T/.test(v);
    expect(() => decodeKeyCursor(encodeKeyCursor('やまだ', ID), timestamp)).toThrow(InvalidCursorError);
    expect(decodeKeyCursor(encodeKeyCursor('2026-01-01T00:00:00.000000Z', ID), timestamp).value).toBe('2026-01-01T00:00:00.000000Z');
  });
});

describe('id cursors and pages', () => {
  it('accepts a uuid and refuses anything else', () => {
    expect(parseIdCursor(ID)).toBe(ID);
    expect(parseIdCursor(undefined)).toBeUndefined();
    expect(() => parseIdCursor("1' or '1'='1")).toThrow(InvalidCursorError);
  });

  it.each([
    [[1, 2, 3], 2, [1, 2], '2'],
    [[1, 2], 2, [1, 2], null],
    [[], 2, [], null],
  ])('pages %j by %i', (rows, limit, page, next) => {
    expect(pageOf(rows, limit, String)).toEqual({ page, nextCursor: next });
  });
});
