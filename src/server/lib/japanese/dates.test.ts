import { describe, expect, it } from 'vitest';
import { parseJapaneseDate } from './dates.ts';

describe('parseJapaneseDate', () => {
  it.each([
    ['2026/1/1', '2026-01-01'],
    ['2026/01/01', '2026-01-01'],
    ['2026-12-31', '2026-12-31'],
    ['2026.3.9', '2026-03-09'],
    ['2026年3月9日', '2026-03-09'],
    ['2026年 3月 9日', '2026-03-09'],
    ['20260309', '2026-03-09'],
    ['２０２６／３／９', '2026-03-09'], // full-width
    ['２０２６－０３－０９', '2026-03-09'],
    ['1990/12/24 0:00', '1990-12-24'], // Excel's date cell as text
    ['1990/12/24 00:00:00', '1990-12-24'],
    ['  2024/2/29 ', '2024-02-29'], // a leap day
    ['S55.4.1', '1980-04-01'],
    ['s55.4.1', '1980-04-01'],
    ['H2.1.8', '1990-01-08'],
    ['H02.01.08', '1990-01-08'],
    ['S55/4/1', '1980-04-01'],
    ['昭和55年4月1日', '1980-04-01'],
    ['昭和５５年４月１日', '1980-04-01'],
    ['㍼55年4月1日', '1980-04-01'], // the era ligature
    ['平成元年1月8日', '1989-01-08'], // Heisei's first day
    ['昭和64年1月7日', '1989-01-07'], // Showa's last day
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R1.5.1', '2019-05-01'],
    ['㋿8年11月23日', '2026-11-23'],
    ['R8.11.23', '2026-11-23'],
    ['大正15年12月24日', '1926-12-24'],
    ['T1.7.30', '1912-07-30'],
    ['明治45年7月29日', '1912-07-29'],
  ])('%s → %s', (input, value) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'invalid_date'],
    ['不明', 'invalid_date'],
    ['2026/2/30', 'invalid_date'], // no such day
    ['2025/2/29', 'invalid_date'], // not a leap year
    ['2026/13/1', 'invalid_date'],
    ['2026/0/10', 'invalid_date'],
    ['1/2/2026', 'invalid_date'], // day-first or month-first: refused, not guessed
    ['26/1/1', 'invalid_date'], // two-digit year
    ['2026/1/1 10:30', 'invalid_date'], // a time is not a date
    ['H0.1.1', 'invalid_date'],
    ['X2.1.1', 'invalid_date'],
    ['平成1年1月7日', 'date_outside_era'], // still Showa that day
    ['H31.5.1', 'date_outside_era'], // already Reiwa
    ['R1.4.30', 'date_outside_era'],
    ['S65.1.1', 'date_outside_era'],
    ['令和2年2月30日', 'invalid_date'],
  ])('refuses %j (%s)', (input, code) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: false, code });
  });
});
