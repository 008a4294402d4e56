import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../common/history.ts';
import { cancelled, changedFields, emptyContractValues, rebase, toCreateBody, toPatchBody, valuesFromContract } from './contractForm.ts';

const contract: Contract = {
  contractId: 'c1', personId: 'p1', personName: '山田　花子', plan: '月額メンテナンス', status: 'active', startedOn: '2025-04-01',
  renewsOn: '2026-04-01', cancelledOn: null, cancelReason: null, amount: 3300, period: 'month', version: 3,
};
const base = valuesFromContract(contract);

describe('toCreateBody', () => {
  it('sends what was filled in, the amount as a whole number even when typed with commas', () => {
    const values = { ...emptyContractValues('2025-04-01'), plan: ' 年間保守 ', amount: '12,000', period: 'year' as const };
    expect(toCreateBody(values)).toEqual({ plan: '年間保守', status: 'active', startedOn: '2025-04-01', amount: 12000, period: 'year' });
  });
});

describe('toPatchBody', () => {
  it('sends only the changed fields with the version', () => {
    expect(toPatchBody(base, { ...base, amount: 3500, renewsOn: '' }, 3)).toEqual({ renewsOn: null, amount: 3500, version: 3 });
  });

  it('sends a cancellation as status, date and reason', () => {
    const values = { ...cancelled(base, '2025-06-30'), cancelReason: '転居のため' };
    expect(toPatchBody(base, values, 3)).toEqual({ status: 'cancelled', cancelledOn: '2025-06-30', cancelReason: '転居のため', version: 3 });
  });

  it('keeps a cancellation date already set', () => {
    expect(cancelled({ ...base, cancelledOn: '2025-05-31' }, '2025-06-30').cancelledOn).toBe('2025-05-31');
  });
});

describe('changedFields', () => {
  it('does not count the amount typed again the same way', () => {
    expect(changedFields(base, { ...base, amount: '3,300' })).toEqual([]);
  });
});

describe('rebase', () => {
  it('keeps my changes on top of theirs and names the fields both changed differently', () => {
    const mine = { ...base, amount: 3500, cancelReason: '値上げのため' };
    const theirs = { ...base, amount: 4000, plan: '月額メンテナンス（新）' };
    const { values, conflicts } = rebase(base, mine, theirs);
    expect(values).toEqual({ ...base, plan: '月額メンテナンス（新）', amount: 3500, cancelReason: '値上げのため' });
    expect(conflicts).toEqual(['amount']);
  });
});
