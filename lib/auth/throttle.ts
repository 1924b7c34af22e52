// Slowing down password guessing: after a few free failures, each further failure doubles the
// wait before the next attempt is even checked. Counted per account and per address.

export interface ThrottlePolicy {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  windowMinutes: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 3, baseDelaySeconds: 2, maxDelaySeconds: 300, windowMinutes: 15 };
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 20, baseDelaySeconds: 2, maxDelaySeconds: 300, windowMinutes: 15 };

/** Seconds to wait after `failures` recent failures before another attempt may be checked. */
export function delayAfterFailures(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  const exponent = Math.min(failures - policy.freeFailures - 1, 20);
  return Math.min(policy.baseDelaySeconds * 2 ** exponent, policy.maxDelaySeconds);
}

/** Seconds still to wait now (0 when an attempt may proceed). */
export function secondsUntilNextAttempt(
  failures: number,
  lastFailureAt: Date | null,
  now: Date,
  policy: ThrottlePolicy,
): number {
  if (!lastFailureAt) return 0;
  const delay = delayAfterFailures(failures, policy);
  const elapsed = (now.getTime() - lastFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(delay - elapsed));
}
