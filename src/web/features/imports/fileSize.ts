import { formatNumber } from '../../app/format.ts';
import type { Locale } from '../../app/i18n.ts';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A file's size as people read it: 812 B, 3.2 KB, 148 MB (one decimal below 10 of a unit). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit > 0 && value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${formatNumber(rounded, locale)} ${UNITS[unit]}`;
}
