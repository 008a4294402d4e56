// The renewals page's time window: days ahead of today (Tokyo), and how far a renewal date is from today.
export const HORIZONS = [30, 60, 90] as const;
export type Horizon = (typeof HORIZONS)[number];

/** The horizon named in the address (`?days=60`); 30 days for anything else. */
export function parseHorizon(value: string | null): Horizon {
  return HORIZONS.find((days) => String(days) === value) ?? 30;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** `YYYY-MM-DD` of `today` plus `days` (calendar days; dates only, so no time zone can shift them). */
export function addDays(today: string, days: number): string {
  return new Date((dayNumber(today) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `today` to `date`: 0 on the day, negative once it has passed. */
export function daysUntil(date: string, today: string): number {
  return Math.round(dayNumber(date) - dayNumber(today));
}
