// 法人番号 (corporate number): 13 digits assigned by the 国税庁, the first of which is a check digit over the
// other twelve. Spec (国税庁「法人番号の指定等に関する省令」第2条 / 法人番号の構成):
//
//   check digit = 9 − ( Σ_{n=1..12} P_n × Q_n  mod 9 )
//   P_n = the n-th digit of the 12-digit base counted from the RIGHT (least significant) end,
//   Q_n = 1 when n is odd, 2 when n is even.
//
// A remainder of 0 therefore gives check digit 9, and the check digit is never 0.
// Input typed by people carries noise: full-width digits, hyphens (1-1803-0101-8771 as printed on some
// documents), spaces. Anything else (letters, a 12- or 14-digit string) is not a corporate number.
// The "T" of an invoice registration number (適格請求書発行事業者登録番号) is not accepted: for a sole
// proprietor that number is not a 法人番号, so accepting it would let one pass for the other.
import { compactDigits } from './text.ts';

/** The 13 ASCII digits of a corporate number with the noise (full-width digits, hyphens, spaces)
 * removed, or null when the input is not 13 digits. Does not check the check digit. */
export function normaliseCorporateNumber(s: string): string | null {
  const digits = compactDigits(s);
  return /^\d{13}$/.test(digits) ? digits : null;
}

/** The check digit for a 12-digit base, per the formula above. */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) throw new Error('corporateNumberCheckDigit needs 12 ASCII digits');
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** True when s (after removing noise) is 13 digits whose first digit is the right check digit. */
export function isValidCorporateNumber(s: string): boolean {
  const digits = normaliseCorporateNumber(s);
  return digits !== null && Number(digits[0]) === corporateNumberCheckDigit(digits.slice(1));
}
