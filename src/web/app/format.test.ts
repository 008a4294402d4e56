import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, todayInTokyo } from './format.ts';

describe('formatDateTime', () => {
  it('shows Tokyo time whatever the input offset', () => {
    // 2025-03-31T15:30Z is already 1 April in Tokyo.
    expect(formatDateTime('2025-03-31T15:30:05Z', 'ja')).toBe('2025/04/01 00:30:05');
    expect(formatDateTime('2025-03-31T15:30:05Z', 'en')).toBe('1 Apr 2025, 00:30:05');
  });
  it('is empty for missing or broken values', () => {
    expect(formatDateTime(null, 'ja')).toBe('');
    expect(formatDateTime('not a date', 'ja')).toBe('');
  });
});

describe('formatDate', () => {
  it('uses the Tokyo calendar day', () => {
    expect(formatDate('2025-03-31T15:30:00Z', 'ja')).toBe('2025/04/01');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(10000, 'ja')).toBe('10,000');
  });
});

describe('todayInTokyo', () => {
  it('is the Tokyo calendar day as YYYY-MM-DD', () => {
    expect(todayInTokyo(new Date('2025-03-31T15:30:00Z'))).toBe('2025-04-01');
    expect(todayInTokyo(new Date('2025-03-31T14:59:59Z'))).toBe('2025-03-31');
  });
});
