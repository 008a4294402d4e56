import { describe, expect, it } from 'vitest';
import type { Invitation } from './api.ts';
import { invitationStatus } from './status.ts';

const base: Invitation = {
  invitationId: 'i1', email: 'a@example.jp', role: 'member', createdAt: '2025-01-01T00:00:00Z',
  expiresAt: '2025-01-08T00:00:00Z', acceptedAt: null, revokedAt: null, invitedBy: null,
};
const before = Date.parse('2025-01-02T00:00:00Z');
const after = Date.parse('2025-01-09T00:00:00Z');

describe('invitationStatus', () => {
  it('is pending until it expires', () => {
    expect(invitationStatus(base, before)).toBe('pending');
    expect(invitationStatus(base, after)).toBe('expired');
  });
  it('reports acceptance and revocation whatever the date', () => {
    expect(invitationStatus({ ...base, acceptedAt: '2025-01-03T00:00:00Z' }, after)).toBe('accepted');
    expect(invitationStatus({ ...base, revokedAt: '2025-01-03T00:00:00Z' }, before)).toBe('revoked');
  });
});
