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

/** A cursor for lists sorted by something other than id: the sort value of the last row and its id, opaque to clients. */
export function encodeKeyCursor(value: string | null, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

/** Reads a key cursor back; `valueOk` says which sort values this list accepts. Anything else is refused. */
export function decodeKeyCursor(cursor: string, valueOk: (v: string | null) => boolean): { value: string | null; id: string } {
  let parsed: unknown;
  try { parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')); } catch { throw new InvalidCursorError(cursor); }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw new InvalidCursorError(cursor);
  const [value, id] = parsed as unknown[];
  if (!(value === null || (typeof value === 'string' && value.length <= 200)) || typeof id !== 'string' || !isUuid(id) || !valueOk(value)) throw new InvalidCursorError(cursor);
  return { value, id };
}
