// Timestamps as the API gives them: ISO 8601 in UTC, whether the driver returned a Date or a string.
export function isoTime(d: Date | string): string {
  return new Date(d).toISOString();
}

export function isoTimeOrNull(d: Date | string | null): string | null {
  return d === null ? null : isoTime(d);
}
