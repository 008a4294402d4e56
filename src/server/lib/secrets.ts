// Random secrets and their stored form. Only hashes of session tokens, invitation tokens and API key
// secrets are stored, so a copy of the database does not let anyone sign in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

const hex = (uuid: string) => uuid.replaceAll('-', '');
const uuidOf = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

/**
 * `<prefix><workspace><row>_<secret>`: a token that names its own row, so it is looked up by primary key
 * and compared by hash (API keys, invitation links).
 */
export function formatScopedToken(prefix: string, workspaceId: string, rowId: string, secret: string): string {
  return `${prefix}${hex(workspaceId)}${hex(rowId)}_${secret}`;
}

export function parseScopedToken(prefix: string, token: string): { workspaceId: string; rowId: string; secret: string } | undefined {
  if (!token.startsWith(prefix)) return undefined;
  const m = /^([0-9a-f]{32})([0-9a-f]{32})_([\w-]{20,100})$/.exec(token.slice(prefix.length));
  if (!m) return undefined;
  return { workspaceId: uuidOf(m[1]!), rowId: uuidOf(m[2]!), secret: m[3]! };
}

export const API_KEY_PREFIX = 'dfk_';

/** What the UI shows to tell keys apart; not enough to use one. */
export function apiKeyPrefix(apiKeyId: string): string {
  return `dfk_…${hex(apiKeyId).slice(-8)}`;
}
