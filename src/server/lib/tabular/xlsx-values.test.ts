import { describe, expect, it } from 'vitest';
import { dateKind, escapeText, numberText, serialText, unescapeText } from './xlsx-values.ts';

describe('dateKind', () => {
  it.each([
    [14, 'date'], [22, 'date'], [27, 'date'], [28, 'date'], [31, 'date'], [36, 'date'], [50, 'date'], [58, 'date'],
    [18, 'time'], [20, 'time'], [32, 'time'], [33, 'time'], [45, 'time'], [46, 'elapsed'],
    [0, null], [1, null], [49, null], [37, null], [59, null],
  ])('built-in format %i is %s', (id, kind) => {
    expect(dateKind(id, undefined)).toBe(kind);
  });

  it.each([
    ['[$-411]ggge"年"m"月"d"日";@', 'date'],
    ['[$-ja-JP-x-gannen]ggge"年"m"月"d"日"', 'date'],
    ['yyyy/m/d;@', 'date'],
    ['yyyy"年"m"月"', 'date'],
    ['m"月"d"日"', 'date'],
    ['mmm-yy', 'date'],
    ['yyyy-mm-dd h:mm:ss', 'date'],
    ['[$-F800]dddd, mmmm dd, yyyy', 'date'],
    ['h:mm', 'time'],
    ['h"時"mm"分"', 'time'],
    ['mm:ss.0', 'time'],
    ['h:mm AM/PM', 'time'],
    ['[h]:mm:ss', 'elapsed'],
    ['#,##0_ ;[Red]\\-#,##0\\ ', null],
    ['0.00E+00', null],
    ['"¥"#,##0;"¥"\\-#,##0', null],
    ['"Day" 0', null], // the d is quoted text
    ['\\d0', null], // the d is escaped
    ['@', null],
    ['General', null],
    ['0%', null],
    ['[DBNum1][$-411]General', null],
  ])('custom format %j is %s', (code, kind) => {
    expect(dateKind(176, code)).toBe(kind);
  });

  it('takes a code the workbook gives over the built-in meaning of its id', () => {
    expect(dateKind(14, '0.00')).toBeNull();
  });
});

describe('serialText', () => {
  it.each([
    [45292, 'date', false, '2024-01-01'],
    [45351, 'date', false, '2024-02-29'],
    [32874, 'date', false, '1990-01-01'],
    [1, 'date', false, '1900-01-01'],
    [59, 'date', false, '1900-02-28'],
    [60, 'date', false, '1900-02-29'], // Lotus 1-2-3's leap day, which Excel keeps
    [61, 'date', false, '1900-03-01'],
    [2958465, 'date', false, '9999-12-31'],
    [45292.75, 'date', false, '2024-01-01 18:00'],
    [45292.999999999, 'date', false, '2024-01-02'], // rounds to the second
    [45292.5 + 30 / 86400, 'date', false, '2024-01-01 12:00:30'],
    [0, 'date', true, '1904-01-01'],
    [43921.39583333334, 'date', true, '2024-04-01 09:30'],
    [0.5, 'time', false, '12:00'],
    [0.49999999999999994, 'time', false, '12:00'],
    [45292.25, 'time', false, '06:00'],
    [1.5, 'elapsed', false, '36:00'],
  ] as const)('%d as %s (1904: %s) is %s', (serial, kind, date1904, text) => {
    expect(serialText(serial, kind, date1904)).toBe(text);
  });

  it.each([-1, 2958466, Number.NaN])('is null for %d, which Excel shows as ####', (serial) => {
    expect(serialText(serial, 'date', false)).toBeNull();
  });
});

describe('numberText', () => {
  it.each([
    ['0.30000000000000004', '0.3'],
    ['12345.6', '12345.6'],
    ['1234567890123', '1234567890123'],
    ['9012345678', '9012345678'],
    ['999999999999999', '999999999999999'],
    ['1.0000000000000002', '1'],
    ['-1234.5', '-1234.5'],
    ['1E-3', '0.001'],
    ['2.5e+3', '2500'],
    ['-0', '0'],
    ['12', '12'],
    ['', ''],
    ['abc', 'abc'],
  ])('%j → %j', (raw, text) => {
    expect(numberText(raw)).toBe(text);
  });
});

describe('_xHHHH_ escapes', () => {
  it.each([
    ['一行目_x000D_\n二行目', '一行目\r\n二行目'],
    ['_x0041_', 'A'],
    ['_x005F_x0041_', '_x0041_'],
    ['_x00_ and x0041_', '_x00_ and x0041_'],
    ['no escapes', 'no escapes'],
  ])('%j reads as %j', (stored, text) => {
    expect(unescapeText(stored)).toBe(text);
  });

  it.each(['_x0041_', 'a_x000D_b', '__x1234__', 'plain'])('%j survives escaping and unescaping', (text) => {
    expect(unescapeText(escapeText(text))).toBe(text);
  });
});
