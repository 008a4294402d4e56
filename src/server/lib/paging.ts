// Keyset paging: ask for one row more than the page; if it came, the last row of the page is the cursor.
import { isUuid } from './ids.ts';

export class InvalidCursorError extends Error {}

/** Cursors are row ids (UUIDv7, time-ordered); anything else is refused before it reaches SQL. */
export function parseIdCursor(cursor: string | undefined): string | undefined {
  if (cursor !== undefined && !isUuid(cursor)) throw new InvalidCursorError(cursor);
  return cursor;
}

export function pageOf<R>(rows: R[], limit: number, idOf: (row: R) => string): { page: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? idOf(last) : null };
}
