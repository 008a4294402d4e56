// The sign-in brute-force rule, per account: a few free failures, then an increasing wait between
// attempts, then a lock. Counting per account (not per IP) stops slow distributed guessing of one
// password; the per-IP rate limit on the route stops one machine trying many accounts.

export interface ThrottleState { failures: number; lastFailureAt: Date | null; lockedUntil: Date | null }
export interface ThrottlePolicy { maxFailures: number; lockMinutes: number; freeFailures: number; maxDelaySeconds: number }

export type Gate =
  | { allowed: true }
  | { allowed: false; reason: 'locked' | 'slowed'; retryAfterSeconds: number };

const EMPTY: ThrottleState = { failures: 0, lastFailureAt: null, lockedUntil: null };

/** A lock that has run out starts the count again. */
function current(state: ThrottleState | undefined, now: Date): ThrottleState {
  if (!state) return EMPTY;
  if (state.lockedUntil && state.lockedUntil <= now) return EMPTY;
  return state;
}

export function delaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxDelaySeconds, 2 ** (failures - policy.freeFailures));
}

export function loginGate(state: ThrottleState | undefined, now: Date, policy: ThrottlePolicy): Gate {
  const s = current(state, now);
  if (s.lockedUntil) {
    return { allowed: false, reason: 'locked', retryAfterSeconds: Math.ceil((s.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const wait = delaySeconds(s.failures, policy);
  if (wait > 0 && s.lastFailureAt) {
    const readyAt = s.lastFailureAt.getTime() + wait * 1000;
    if (readyAt > now.getTime()) return { allowed: false, reason: 'slowed', retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
  }
  return { allowed: true };
}

export function afterFailure(state: ThrottleState | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const failures = current(state, now).failures + 1;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  return { failures, lastFailureAt: now, lockedUntil };
}

/** The key an account is known by: case and surrounding spaces of an email never make a second account. */
export function emailKey(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
