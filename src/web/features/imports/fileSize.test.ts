import { describe, expect, it } from 'vitest';
import { formatBytes } from './fileSize.ts';

describe('a file size as people read it', () => {
  it('uses the largest unit under 1,024, with one decimal below ten', () => {
    expect(formatBytes(0, 'ja')).toBe('0 B');
    expect(formatBytes(812, 'ja')).toBe('812 B');
    expect(formatBytes(3_277, 'ja')).toBe('3.2 KB');
    expect(formatBytes(155_000_000, 'ja')).toBe('148 MB');
    expect(formatBytes(1024 ** 3, 'en')).toBe('1 GB');
    expect(formatBytes(5 * 1024 ** 4, 'ja')).toBe('5,120 GB');
  });
});
