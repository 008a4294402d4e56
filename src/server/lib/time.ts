// Timestamps as the API gives them: ISO 8601 in UTC, whether the driver returned a Date or a string.
export function isoTime(d: Date | string): string {
  return new Date(d).toISOString();
}

/** Today's date (YYYY-MM-DD) as a calendar in Japan shows it. */
export function todayInJapan(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}

export function isoTimeOrNull(d: Date | string | null): string | null {
  return d === null ? null : isoTime(d);
}
