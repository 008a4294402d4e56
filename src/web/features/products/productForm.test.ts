import { describe, expect, it } from 'vitest';
import type { Product } from './api.ts';
import { changedFields, rebase, toCreateBody, toPatchBody, valuesFromProduct, yenAmount } from './productForm.ts';

const product: Product = {
  productId: 'p1', code: 'A-001', name: '純米吟醸 大福', nameKana: 'ジュンマイギンジョウ ダイフク', category: '日本酒',
  price: 3300, taxRate: 10, active: true, version: 4, updatedAt: '2026-11-01T00:00:00Z',
};

describe('product form', () => {
  it('reads prices as people type them, and refuses what is not whole yen', () => {
    expect(yenAmount(1200)).toBe(1200);
    expect(yenAmount('1,200')).toBe(1200);
    expect(yenAmount('１２００円')).toBe(1200);
    expect(yenAmount('')).toBeNull();
    expect(yenAmount('12.5')).toBeNull();
    expect(yenAmount(12.5)).toBeNull();
    expect(yenAmount('-5')).toBeNull();
  });

  it('creates with blank texts as null and the tax rate as a number', () => {
    const values = { ...valuesFromProduct(product), nameKana: '  ', category: '', taxRate: '8' as const, price: '1,080' };
    expect(toCreateBody(values)).toEqual({ code: 'A-001', name: '純米吟醸 大福', nameKana: null, category: null, price: 1080, taxRate: 8, active: true });
  });

  it('sends only the fields changed, with the version it was based on', () => {
    const base = valuesFromProduct(product);
    expect(changedFields(base, { ...base, name: ' 純米吟醸 大福 ' })).toEqual([]);
    expect(toPatchBody(base, { ...base, price: 3500, taxRate: '8' }, 4)).toEqual({ version: 4, price: 3500, taxRate: 8 });
    expect(toPatchBody(base, { ...base, category: '' }, 4)).toEqual({ version: 4, category: null });
  });

  it('carries an edit onto a newer version and names the fields both changed differently', () => {
    const base = valuesFromProduct(product);
    const mine = { ...base, price: 3500, name: '純米吟醸 大福 720ml' };
    const theirs = { ...base, price: 3400, category: '酒', name: '純米吟醸 大福 720ml' };
    const { values, conflicts } = rebase(base, mine, theirs);
    expect(values).toEqual({ ...base, price: 3500, category: '酒', name: '純米吟醸 大福 720ml' });
    expect(conflicts).toEqual(['price']);
  });
});
