import { describe, expect, it } from 'vitest';
import { periodsBilled, revenueToDate } from './rules.ts';

describe('billing periods of a contract', () => {
  it.each([
    ['2026-01-15', '2026-01-14', 'month', 0],
    ['2026-01-15', '2026-01-15', 'month', 1],
    ['2026-01-15', '2026-02-14', 'month', 1],
    ['2026-01-15', '2026-02-15', 'month', 2],
    ['2026-01-31', '2026-02-28', 'month', 2],
    ['2026-01-31', '2026-03-30', 'month', 2],
    ['2026-01-31', '2026-03-31', 'month', 3],
    ['2024-02-29', '2025-02-28', 'year', 2],
    ['2025-04-01', '2026-03-31', 'year', 1],
    ['2025-04-01', '2030-01-01', 'once', 1],
  ] as const)('from %s to %s, per %s: %i', (start, until, period, n) => {
    expect(periodsBilled(start, until, period)).toBe(n);
  });
});

describe('revenue to date', () => {
  it('stops at the cancellation, and at today for a live contract', () => {
    expect(revenueToDate({ startedOn: '2026-01-10', cancelledOn: '2026-04-09', amount: 3300, period: 'month' }, '2026-11-23')).toBe(3 * 3300);
    expect(revenueToDate({ startedOn: '2026-01-10', cancelledOn: null, amount: 3300, period: 'month' }, '2026-11-23')).toBe(11 * 3300);
    expect(revenueToDate({ startedOn: '2026-12-01', cancelledOn: null, amount: 3300, period: 'month' }, '2026-11-23')).toBe(0);
  });
});
