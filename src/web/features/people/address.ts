// Postal-code autofill, the pure part: when a typed code is complete, and where the town goes.

/** The 7 digits of a complete postal code as people type it (〒150-0041, 1500041, full-width digits), else null. */
export function postalDigits(input: string): string | null {
  const digits = input.normalize('NFKC').replace(/\D/g, '');
  return digits.length === 7 ? digits : null;
}

/**
 * 番地 with the town (町域) from the postal code in front, as Japanese addresses are written (神南 + 1-2-3).
 * A town filled in by an earlier code is replaced rather than stacked; one typed already is not doubled.
 */
export function withTown(addressLine: string, town: string, previousTown: string | null): string {
  const rest = previousTown && addressLine.startsWith(previousTown) ? addressLine.slice(previousTown.length) : addressLine;
  return rest.startsWith(town) ? rest : town + rest;
}
