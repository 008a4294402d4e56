// What a contract has earned to date: it is billed at its start and then at the start of each period
// (monthly on the same day, or yearly), until it is cancelled or ended, and not after today.

/** Day-of-month safe: 31 January plus one month is 28/29 February, as billing systems do. */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Billing dates from the start up to `until` (inclusive), counted. */
export function periodsBilled(startedOn: string, until: string, period: 'month' | 'year' | 'once'): number {
  if (until < startedOn) return 0;
  if (period === 'once') return 1;
  const step = period === 'month' ? 1 : 12;
  let n = 0;
  while (addMonths(startedOn, n * step) <= until) n += 1;
  return n;
}

export function revenueToDate(c: { startedOn: string; cancelledOn: string | null; amount: number; period: 'month' | 'year' | 'once' }, today: string): number {
  const until = c.cancelledOn && c.cancelledOn < today ? c.cancelledOn : today;
  return c.amount * periodsBilled(c.startedOn, until, c.period);
}
