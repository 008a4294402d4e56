import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit, isValidCorporateNumber, normaliseCorporateNumber } from './corporate-number.ts';

// Check digits worked out by hand from the 国税庁 formula, 9 − (Σ P_n × Q_n mod 9), with P_n the n-th digit
// of the base counted from the right and Q_n = 1 for odd n, 2 for even n. Digits of the base from the
// right are listed as P1…P12.
const HAND_COMPUTED: Array<[string, number, string]> = [
  // 国税庁 (the example the agency itself publishes): base 000012050002
  // P1..P12 = 2 0 0 0 5 0 2 1 0 0 0 0; odd n ×1: 2+0+5+2+0+0 = 9; even n ×2: (0+0+0+1+0+0)×2 = 2
  // sum 11, 11 mod 9 = 2, 9 − 2 = 7
  ['000012050002', 7, '国税庁'],
  // base 180301018771: P = 1 7 7 8 1 0 1 0 3 0 8 1
  // odd ×1: 1+7+1+1+3+8 = 21; even ×2: (7+8+0+0+0+1)×2 = 32; sum 53, 53 mod 9 = 8, 9 − 8 = 1
  ['180301018771', 1, 'a mixed base'],
  // base 010401067252: P = 2 5 2 7 6 0 1 0 4 0 1 0
  // odd ×1: 2+2+6+1+4+1 = 16; even ×2: (5+7+0+0+0+0)×2 = 24; sum 40, 40 mod 9 = 4, 9 − 4 = 5
  ['010401067252', 5, 'another mixed base'],
  // base 000000000009: P1 = 9, sum 9, 9 mod 9 = 0, 9 − 0 = 9 (a zero remainder gives 9, never 0)
  ['000000000009', 9, 'remainder 0'],
  // base 000000000010: P2 = 1, ×2 = 2, sum 2, 9 − 2 = 7 (even positions weigh double)
  ['000000000010', 7, 'an even position'],
  // base 000000000001: P1 = 1, sum 1, 9 − 1 = 8
  ['000000000001', 8, 'an odd position'],
];

describe('corporateNumberCheckDigit', () => {
  it.each(HAND_COMPUTED)('%s → %i (%s)', (base, digit) => {
    expect(corporateNumberCheckDigit(base)).toBe(digit);
  });

  it('refuses anything but 12 digits', () => {
    expect(() => corporateNumberCheckDigit('12345')).toThrow();
  });
});

describe('isValidCorporateNumber', () => {
  it.each(HAND_COMPUTED.map(([base, digit, what]) => [`${digit}${base}`, what]))('%s is valid (%s)', (number) => {
    expect(isValidCorporateNumber(number)).toBe(true);
  });

  it.each([
    ['７００００１２０５０００２', 'full-width digits'],
    ['7-0000-1205-0002', 'hyphens'],
    ['7 0000 1205 0002', 'spaces'],
    ['7000-0120-50002', 'hyphens anywhere'],
    ['７０００ー０１２０ー５０００２', 'the IME’s ー as a hyphen'],
    [' 7000012050002\u3000', 'surrounding whitespace'],
  ])('accepts %s (%s)', (input) => {
    expect(isValidCorporateNumber(input)).toBe(true);
  });

  it.each([
    ['6000012050002', 'wrong check digit'],
    ['8000012050002', 'wrong check digit'],
    ['0180301018771', 'check digit 0 never occurs'],
    ['7000021050002', 'two digits swapped'],
    ['700001205000', '12 digits'],
    ['70000120500020', '14 digits'],
    ['T7000012050002', 'an invoice registration number'],
    ['700001205000a', 'a letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (input) => {
    expect(isValidCorporateNumber(input)).toBe(false);
  });
});

describe('normaliseCorporateNumber', () => {
  it.each([
    ['７０００－０１２０－５０００２', '7000012050002'],
    ['1-1803-0101-8771', '1180301018771'],
    ['6000012050002', '6000012050002'], // shape only: the check digit is isValidCorporateNumber's job
    ['12345', null],
    ['abc', null],
  ])('%s → %s', (input, out) => {
    expect(normaliseCorporateNumber(input)).toBe(out);
  });
});
