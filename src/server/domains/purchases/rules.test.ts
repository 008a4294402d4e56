import { describe, expect, it } from 'vitest';
import { includedTax, priceOrder } from './rules.ts';

describe('tax included in an amount', () => {
  it.each([
    [1100, 10, 100], [1080, 8, 80], [1000, 10, 90], [999, 8, 74], [1, 10, 0], [0, 10, 0], [-1100, 10, -100], [500, 0, 0],
  ])('%i yen at rate %i holds %i yen of tax', (amount, rate, tax) => {
    expect(includedTax(amount, rate)).toBe(tax);
  });
});

describe('pricing an order', () => {
  it('sums the lines, quantity × unit price where no amount is given', () => {
    const r = priceOrder([{ quantity: 2, unitPrice: 540, taxRate: 8 }, { quantity: 1, unitPrice: 1100, taxRate: 10, amount: 1000 }], undefined, false);
    expect(r).toEqual({ ok: true, total: 2080, tax: 80 + 90, lines: [
      { quantity: 2, unitPrice: 540, taxRate: 8, amount: 1080, tax: 80 },
      { quantity: 1, unitPrice: 1100, taxRate: 10, amount: 1000, tax: 90 },
    ] });
  });

  it('refuses a total that is not the sum of the lines, naming the sum', () => {
    const r = priceOrder([{ quantity: 1, unitPrice: 500, taxRate: 10 }], 600, false);
    expect(r).toEqual({ ok: false, errors: [{ field: 'total', code: 'total_mismatch', params: { sum: 500 } }] });
  });

  it('wants negative lines on a return and positive ones on a sale', () => {
    expect(priceOrder([{ quantity: -1, unitPrice: 500, taxRate: 10 }], -500, true)).toMatchObject({ ok: true, total: -500, tax: -45 });
    expect(priceOrder([{ quantity: 1, unitPrice: 500, taxRate: 10 }], undefined, true)).toMatchObject({ ok: false, errors: [{ field: 'lines.0.quantity', code: 'return_line_positive' }] });
    expect(priceOrder([{ quantity: -1, unitPrice: 500, taxRate: 10 }], undefined, false)).toMatchObject({ ok: false, errors: [{ field: 'lines.0.quantity', code: 'sale_line_negative' }] });
  });
});
