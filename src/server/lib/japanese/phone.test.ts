import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString as parseWithMinMetadata } from 'libphonenumber-js';
import { parsePhone, phoneKey, phoneSearchFragment } from './phone.ts';

describe('parsePhone: the forms people type', () => {
  it.each([
    // mobile
    ['090-1234-5678', '+819012345678', '090-1234-5678', 'mobile'],
    ['09012345678', '+819012345678', '090-1234-5678', 'mobile'],
    ['090 1234 5678', '+819012345678', '090-1234-5678', 'mobile'],
    ['０９０－１２３４－５６７８', '+819012345678', '090-1234-5678', 'mobile'], // full-width digits and hyphen
    ['０９０ー１２３４ー５６７８', '+819012345678', '090-1234-5678', 'mobile'], // the IME's ー as a dash
    ['090ｰ1234ｰ5678', '+819012345678', '090-1234-5678', 'mobile'], // half-width ｰ
    ['090‐1234‐5678', '+819012345678', '090-1234-5678', 'mobile'], // U+2010
    ['090−1234−5678', '+819012345678', '090-1234-5678', 'mobile'], // minus sign
    ['090–1234–5678', '+819012345678', '090-1234-5678', 'mobile'], // en dash
    ['090.1234.5678', '+819012345678', '090-1234-5678', 'mobile'],
    ['+81 90 1234 5678', '+819012345678', '090-1234-5678', 'mobile'],
    ['+81-90-1234-5678', '+819012345678', '090-1234-5678', 'mobile'],
    ['+819012345678', '+819012345678', '090-1234-5678', 'mobile'],
    ['+81 (0)90-1234-5678', '+819012345678', '090-1234-5678', 'mobile'],
    ['＋８１　９０　１２３４　５６７８', '+819012345678', '090-1234-5678', 'mobile'],
    ['  080-1234-5678  ', '+818012345678', '080-1234-5678', 'mobile'],
    ['070-1234-5678', '+817012345678', '070-1234-5678', 'mobile'],
    // fixed lines: area codes of 1 to 4 digits keep their own hyphenation
    ['03-1234-5678', '+81312345678', '03-1234-5678', 'fixed'],
    ['0312345678', '+81312345678', '03-1234-5678', 'fixed'],
    ['(03) 1234-5678', '+81312345678', '03-1234-5678', 'fixed'],
    ['（０３）１２３４－５６７８', '+81312345678', '03-1234-5678', 'fixed'],
    ['+81 3 1234 5678', '+81312345678', '03-1234-5678', 'fixed'],
    ['06-6123-4567', '+81661234567', '06-6123-4567', 'fixed'],
    ['011-231-4567', '+81112314567', '011-231-4567', 'fixed'],
    ['0466-12-3456', '+81466123456', '0466-12-3456', 'fixed'],
    ['0123-45-6789', '+81123456789', '0123-45-6789', 'fixed'],
    // other services
    ['0120-123-456', '+81120123456', '0120-123-456', 'toll_free'],
    ['0800-123-4567', '+818001234567', '0800-123-4567', 'toll_free'],
    ['050-1234-5678', '+815012345678', '050-1234-5678', 'voip'],
    ['0570-123-456', '+81570123456', '0570-123-456', 'other'], // ナビダイヤル
  ])('%s → %s, %s (%s)', (input, e164, display, type) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164, display, type, country: 'JP' });
  });

  it('writes foreign numbers internationally and leaves out a type the plan cannot tell', () => {
    expect(parsePhone('+1 212 555 0123')).toEqual({
      ok: true,
      e164: '+12125550123',
      display: '+1 212 555 0123',
      country: 'US',
    });
    expect(parsePhone('(212) 555-0123', 'US')).toMatchObject({ ok: true, e164: '+12125550123' });
  });
});

describe('parsePhone: errors', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['090-1234-567', 'invalid'], // one digit short: the case the default build lets through
    ['03-1234-567', 'invalid'],
    ['011-123-4567', 'invalid'], // right length, but no 札幌 number starts 011-1
    ['12345', 'too_short'],
    ['0901234567890123', 'invalid'], // Japan's plan allows long numbers (up to 17 digits), so not too_long
    ['+81 1234 5678 9012 3456 78', 'too_long'],
    ['+999 1234 5678', 'invalid_country'],
    ['03-1234-5678 内線12', 'invalid_characters'],
    ['03-1234-5678 ext. 12', 'invalid_characters'],
    ['tel:0312345678', 'invalid_characters'],
    ['abc', 'invalid_characters'],
    ['---', 'invalid'],
  ])('%s → %s', (input, error) => {
    expect(parsePhone(input)).toEqual({ ok: false, error });
  });

  it('uses the max metadata: the default build calls a truncated number valid', () => {
    // ARCHITECTURE.md's reason for libphonenumber-js/max, checked against the installed version.
    expect(parseWithMinMetadata('090-1234-567', 'JP')?.isValid()).toBe(true);
    expect(parsePhone('090-1234-567').ok).toBe(false);
  });
});

describe('phoneKey', () => {
  it('is one key for 090-1234-5678, 09012345678 and +81 90…', () => {
    const forms = ['090-1234-5678', '09012345678', '+81 90-1234-5678', '＋８１（０）９０ー１２３４ー５６７８', '090 1234 5678'];
    expect(new Set(forms.map((f) => phoneKey(f)))).toEqual(new Set(['819012345678']));
  });

  it.each([
    ['03-1234-5678', '81312345678'],
    ['+1 212 555 0123', '12125550123'],
    ['090-1234-567', null],
    ['', null],
  ])('%s → %s', (input, key) => {
    expect(phoneKey(input)).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(phoneKey('090-1234-5678')).not.toBe(phoneKey('080-1234-5678'));
    expect(phoneKey('03-1234-5678')).not.toBe(phoneKey('06-1234-5678'));
  });
});

describe('phoneSearchFragment', () => {
  it.each([
    ['1234-5678', '12345678'],
    ['1234 5678', '12345678'],
    ['１２３４－５６７８', '12345678'],
    ['090-1234', '0901234'],
    ['(03) 1234', '031234'],
    ['+81 90-1234', '0901234'], // international form searches the national digits
    ['+81(0)3-1234', '031234'],
    ['+8190', '090'],
    ['+1 212', '1212'],
    ['5678', '5678'],
    ['abc', ''],
  ])('%s → %s', (input, fragment) => {
    expect(phoneSearchFragment(input)).toBe(fragment);
  });

  it('finds a stored number from any typed fragment form', () => {
    const indexed = phoneSearchFragment('090-1234-5678');
    for (const query of ['090-1234', '1234-5678', '０９０１２', '+81 90 1234', '34-56']) {
      expect(indexed.includes(phoneSearchFragment(query))).toBe(true);
    }
  });
});
