// Pace of a background job as the page shows it: the server reports only rows done (of total), so rows per
// second and the time left are worked out here from successive polls.

export interface ProgressSample {
  /** When the poll answered (ms since the epoch). */
  at: number;
  done: number;
}

/** How far back the pace looks: long enough to smooth out batch steps, short enough to follow a change. */
export const PACE_WINDOW_MS = 10_000;

/** The samples the pace is read from, with the newest added. */
export function addSample(samples: readonly ProgressSample[], next: ProgressSample, windowMs = PACE_WINDOW_MS): ProgressSample[] {
  const last = samples.at(-1);
  // A count that went back means the job started over (a retry): its earlier pace says nothing now.
  if (last && next.done < last.done) return [next];
  const recent = samples.filter((s) => s.at >= next.at - windowMs);
  // After a long gap (a tab in the background) the last sample still gives a pace, if a rough one.
  const kept = recent.length === 0 && last ? [last] : recent;
  return [...kept, next];
}

/** Rows per second over the samples; null until two polls apart in time. */
export function rowsPerSecond(samples: readonly ProgressSample[]): number | null {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.at <= first.at) return null;
  return ((last.done - first.done) * 1000) / (last.at - first.at);
}

/** Rows per second of a finished job over its whole run; null when its times do not say. */
export function averageRate(done: number, startedAt: string, finishedAt: string | null): number | null {
  if (!finishedAt) return null;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms > 0 ? (done * 1000) / ms : null;
}

/** Seconds until the rest is done at this pace; null while the total or a pace is unknown or stalled. */
export function secondsLeft(done: number, total: number | null, rate: number | null): number | null {
  if (total === null || rate === null || rate <= 0) return null;
  return Math.ceil(Math.max(0, total - done) / rate);
}

/** A rate as people read it: whole rows from 10 a second up, one decimal below. */
export function roundRate(rate: number): number {
  return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10;
}

export type RoughDuration =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: number };

/**
 * A duration as an estimate is worth saying: seconds under a minute (in fives from ten up, since the
 * last digit only flickers), whole minutes under an hour, hours and minutes beyond. Rounded up, so that
 * "about 1 minute" is never said of what takes 90 seconds.
 */
export function roughDuration(totalSeconds: number): RoughDuration {
  const s = Math.max(0, Math.ceil(totalSeconds));
  if (s < 10) return { unit: 'seconds', seconds: s };
  if (s < 60) return { unit: 'seconds', seconds: Math.min(60, Math.ceil(s / 5) * 5) };
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return { unit: 'minutes', minutes };
  return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
