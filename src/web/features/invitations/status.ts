import type { Invitation } from './api.ts';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** What became of an invitation; `now` is passed in so rendering stays pure. */
export function invitationStatus(invitation: Invitation, now: number): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return Date.parse(invitation.expiresAt) <= now ? 'expired' : 'pending';
}
