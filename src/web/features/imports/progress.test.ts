import { describe, expect, it } from 'vitest';
import { addSample, averageRate, roughDuration, roundRate, rowsPerSecond, secondsLeft, type ProgressSample } from './progress.ts';

const polls = (...points: [number, number][]): ProgressSample[] =>
  points.reduce<ProgressSample[]>((samples, [at, done]) => addSample(samples, { at, done }), []);

describe('pace of a job from its polls', () => {
  it('is unknown until two polls apart in time', () => {
    expect(rowsPerSecond([])).toBeNull();
    expect(rowsPerSecond(polls([1000, 50]))).toBeNull();
    expect(rowsPerSecond(polls([1000, 50], [1000, 80]))).toBeNull();
  });

  it('counts rows per second over the recent window only', () => {
    // 100 rows/s for the first 20 s, then 1,000 rows/s: the window follows the new pace.
    const samples = polls([0, 0], [10_000, 1_000], [20_000, 2_000], [25_000, 7_000], [30_000, 12_000]);
    expect(samples.map((s) => s.at)).toEqual([20_000, 25_000, 30_000]);
    expect(rowsPerSecond(samples)).toBe(1_000);
  });

  it('keeps the last poll after a long gap, and starts over when the count goes back (a retried job)', () => {
    expect(polls([0, 0], [60_000, 6_000]).map((s) => s.at)).toEqual([0, 60_000]);
    expect(rowsPerSecond(polls([0, 0], [60_000, 6_000]))).toBe(100);
    expect(polls([0, 500], [1_000, 900], [2_000, 100])).toEqual([{ at: 2_000, done: 100 }]);
  });

  it('gives the time left at that pace, or nothing while stalled or without a total', () => {
    expect(secondsLeft(2_000, 10_000, 1_000)).toBe(8);
    expect(secondsLeft(2_000, 10_000, 300)).toBe(27);
    expect(secondsLeft(10_000, 10_000, 300)).toBe(0);
    expect(secondsLeft(2_000, 10_000, 0)).toBeNull();
    expect(secondsLeft(2_000, null, 500)).toBeNull();
    expect(secondsLeft(2_000, 10_000, null)).toBeNull();
  });

  it('gives the average of a finished run from its start and end', () => {
    expect(averageRate(30_000, '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:12.000Z')).toBe(2_500);
    expect(averageRate(30, '2026-04-01T00:00:00.000Z', null)).toBeNull();
    expect(averageRate(30, '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')).toBeNull();
  });
});

describe('what the page says of a pace and a time', () => {
  it('rounds a rate to whole rows from ten a second, to one decimal below', () => {
    expect(roundRate(1234.56)).toBe(1235);
    expect(roundRate(12.4)).toBe(12);
    expect(roundRate(2.46)).toBe(2.5);
    expect(roundRate(0.04)).toBe(0);
  });

  it('rounds a time left up: seconds (in fives from ten), minutes, then hours and minutes', () => {
    expect(roughDuration(0)).toEqual({ unit: 'seconds', seconds: 0 });
    expect(roughDuration(7.2)).toEqual({ unit: 'seconds', seconds: 8 });
    expect(roughDuration(41)).toEqual({ unit: 'seconds', seconds: 45 });
    expect(roughDuration(59)).toEqual({ unit: 'seconds', seconds: 60 });
    expect(roughDuration(90)).toEqual({ unit: 'minutes', minutes: 2 });
    expect(roughDuration(3_540)).toEqual({ unit: 'minutes', minutes: 59 });
    expect(roughDuration(3_541)).toEqual({ unit: 'hours', hours: 1, minutes: 0 });
    expect(roughDuration(2 * 3_600 + 14 * 60 + 5)).toEqual({ unit: 'hours', hours: 2, minutes: 15 });
  });
});
