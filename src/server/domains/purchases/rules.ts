// Order amounts, as pure rules. Amounts are whole yen with tax included (内税), as Japanese registers
// print them; a line's tax is the part of its amount the rate accounts for, rounded down.
import type { FieldError } from '../../platform/errors.ts';

export interface LineIn { quantity: number; unitPrice: number; taxRate: 0 | 8 | 10; amount?: number | undefined }
export interface LineOut { quantity: number; unitPrice: number; taxRate: 0 | 8 | 10; amount: number; tax: number }

/** The tax inside a tax-included amount: 1,100 at 10 % holds 100; 1,080 at 8 % holds 80. */
export function includedTax(amount: number, rate: number): number {
  const tax = Math.floor((Math.abs(amount) * rate) / (100 + rate));
  return amount < 0 ? -tax : tax;
}

export function priceLine(l: LineIn): LineOut {
  const amount = l.amount ?? Math.round(l.quantity * l.unitPrice);
  return { quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate, amount, tax: includedTax(amount, l.taxRate) };
}

/**
 * Checks an order's lines and total. A sale has positive lines and total; a return (it names the order
 * it returns) has negative ones. A given total must equal the lines' sum, so that a typo cannot make
 * figures disagree with the lines.
 */
export function priceOrder(lines: LineIn[], total: number | undefined, isReturn: boolean): { ok: true; lines: LineOut[]; total: number; tax: number } | { ok: false; errors: FieldError[] } {
  const out = lines.map(priceLine);
  const errors: FieldError[] = [];
  out.forEach((l, i) => {
    if (isReturn ? l.quantity > 0 || l.amount > 0 : l.quantity < 0 || l.amount < 0) errors.push({ field: `lines.${i}.quantity`, code: isReturn ? 'return_line_positive' : 'sale_line_negative' });
  });
  const sum = out.reduce((s, l) => s + l.amount, 0);
  if (total !== undefined && total !== sum) errors.push({ field: 'total', code: 'total_mismatch', params: { sum } });
  if (errors.length) return { ok: false, errors };
  return { ok: true, lines: out, total: sum, tax: out.reduce((s, l) => s + l.tax, 0) };
}
