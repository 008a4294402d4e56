import { describe, expect, it } from 'vitest';
import { addDays, daysUntil, parseHorizon } from './horizon.ts';

describe('renewal horizon', () => {
  it('reads the horizon from the address, 30 days unless 60 or 90', () => {
    expect(parseHorizon('60')).toBe(60);
    expect(parseHorizon('90')).toBe(90);
    expect(parseHorizon('45')).toBe(30);
    expect(parseHorizon(null)).toBe(30);
  });

  it('counts calendar days across months and a leap day', () => {
    expect(addDays('2026-11-23', 30)).toBe('2026-12-23');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
    expect(daysUntil('2026-12-23', '2026-11-23')).toBe(30);
    expect(daysUntil('2026-11-23', '2026-11-23')).toBe(0);
    expect(daysUntil('2026-11-20', '2026-11-23')).toBe(-3);
  });
});
