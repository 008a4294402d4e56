import { describe, expect, it } from 'vitest';
import { API_KEY_PREFIX, formatScopedToken, hashSecret, newSecret, parseScopedToken, secretMatches } from './secrets.ts';

const ws = '0191e3a8-1111-7aaa-8bbb-123456789abc';
const row = '0191e3a8-2222-7ccc-9ddd-abcdefabcdef';

describe('scoped tokens', () => {
  it('round-trips workspace, row and secret', () => {
    const secret = newSecret();
    const token = formatScopedToken(API_KEY_PREFIX, ws, row, secret);
    expect(token.startsWith('dfk_')).toBe(true);
    expect(parseScopedToken(API_KEY_PREFIX, token)).toEqual({ workspaceId: ws, rowId: row, secret });
  });

  it.each([
    ['', 'empty'],
    ['dfk_abc', 'too short'],
    [`xyz_${'a'.repeat(64)}_${'s'.repeat(43)}`, 'wrong prefix'],
    [`dfk_${'g'.repeat(64)}_${'s'.repeat(43)}`, 'not hex'],
    [`dfk_${'a'.repeat(64)}_short`, 'secret too short'],
    [`dfk_${'a'.repeat(64)}_${'s'.repeat(43)}'; drop table users;--`, 'trailing SQL'],
  ])('rejects %s (%s)', (token) => {
    expect(parseScopedToken(API_KEY_PREFIX, token)).toBeUndefined();
  });

  it('matches a secret only against its own hash', () => {
    const a = newSecret();
    expect(secretMatches(a, hashSecret(a))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(a))).toBe(false);
    expect(secretMatches(a, 'not a hash')).toBe(false);
  });
});
