// Rules shared by the records that hold a Japanese address (people, companies): blank input means
// "no value", the postal code is stored as 150-0041, the prefecture by its official name.
import { formatPostalCode, normalisePostalCode, prefectureOf } from './japanese/index.ts';

export interface RuleError { field: string; code: string }

export const blankToNull = (s: string | null | undefined) => (s === undefined ? undefined : s === null || s.trim() === '' ? null : s.trim());

/** Column values for postal_code and prefecture (undefined: not given), and the rules they broke. */
export function addressValues(input: { postalCode?: string | null | undefined; prefecture?: string | null | undefined }): { values: { postal_code?: string | null; prefecture?: string | null }; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const values: { postal_code?: string | null; prefecture?: string | null } = {};
  const postal = blankToNull(input.postalCode);
  if (postal) {
    const code = normalisePostalCode(postal);
    if (!code) errors.push({ field: 'postalCode', code: 'invalid_postal_code' });
    values.postal_code = code ? formatPostalCode(code) : null;
  } else if (postal !== undefined) values.postal_code = postal;
  const prefecture = blankToNull(input.prefecture);
  if (prefecture) {
    const p = prefectureOf(prefecture);
    if (!p) errors.push({ field: 'prefecture', code: 'invalid_prefecture' });
    values.prefecture = p?.name ?? null;
  } else if (prefecture !== undefined) values.prefecture = prefecture;
  return { values, errors };
}
