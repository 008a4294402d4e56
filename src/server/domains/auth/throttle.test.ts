import { describe, expect, it } from 'vitest';
import { afterFailure, delaySeconds, emailKey, loginGate, type ThrottleState } from './throttle.ts';

const policy = { maxFailures: 10, lockMinutes: 15, freeFailures: 3, maxDelaySeconds: 60 };
const t0 = new Date('2026-11-23T09:00:00+09:00');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(n: number): ThrottleState | undefined {
  let s: ThrottleState | undefined;
  for (let i = 0; i < n; i++) s = afterFailure(s, t0, policy);
  return s;
}

describe('delaySeconds', () => {
  it.each([
    [0, 0], [2, 0], [3, 1], [4, 2], [5, 4], [8, 32], [9, 60], [30, 60],
  ])('after %i failures waits %i s', (failures, seconds) => {
    expect(delaySeconds(failures, policy)).toBe(seconds);
  });
});

describe('loginGate', () => {
  it('lets a first attempt and the free failures through at once', () => {
    expect(loginGate(undefined, t0, policy)).toEqual({ allowed: true });
    expect(loginGate(failTimes(2), t0, policy)).toEqual({ allowed: true });
  });

  it('slows attempts after the free failures, more after each', () => {
    expect(loginGate(failTimes(3), at(0), policy)).toEqual({ allowed: false, reason: 'slowed', retryAfterSeconds: 1 });
    expect(loginGate(failTimes(3), at(1), policy)).toEqual({ allowed: true });
    expect(loginGate(failTimes(6), at(3), policy)).toEqual({ allowed: false, reason: 'slowed', retryAfterSeconds: 5 });
  });

  it('locks at the limit, whatever the password, until the lock runs out', () => {
    const locked = failTimes(10);
    expect(locked?.lockedUntil).toEqual(at(15 * 60));
    expect(loginGate(locked, at(60), policy)).toEqual({ allowed: false, reason: 'locked', retryAfterSeconds: 14 * 60 });
    expect(loginGate(locked, at(15 * 60), policy)).toEqual({ allowed: true });
  });

  it('starts counting again after a lock has run out', () => {
    expect(afterFailure(failTimes(10), at(15 * 60 + 1), policy).failures).toBe(1);
  });
});

describe('emailKey', () => {
  it.each([
    ['Hanako@Example.JP', 'hanako@example.jp'],
    ['  hanako@example.jp ', 'hanako@example.jp'],
    // Typed with the IME still in full-width mode.
    ['ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'hanako@example.jp'],
  ])('%s → %s', (input, key) => expect(emailKey(input)).toBe(key));
});
