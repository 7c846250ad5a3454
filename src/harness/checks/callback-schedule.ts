/**
 * The callback retry policy a host advertises, turned into the host-time windows the kit checks attempts
 * against (CALLBACK-SCHEDULE and the scenarios that drive a callback through its attempts).
 */
import type { HostCapabilities } from '../../../generated/types.js';

export interface RetryPolicy {
  /** Delay before each automatic attempt after the previous one; entry 0 belongs to the first attempt. */
  scheduleMs: readonly number[];
  jitterMaxRatio: number;
  requestTimeoutMs: number;
}

export type RetryPolicyOutcome = { ok: true; policy: RetryPolicy } | { ok: false; reason: string };

/** Host-time window after attempt n-1 in which attempt n must be made. */
export interface AttemptWindow {
  earliestMs: number;
  latestMs: number;
}

export function retryPolicy(caps: HostCapabilities): RetryPolicyOutcome {
  const block = caps.callbacks;
  if (!block.supported) return { ok: false, reason: 'callbacks.supported is false' };
  const { retry_schedule_ms: scheduleMs, jitter_max_ratio: jitterMaxRatio, request_timeout_ms: requestTimeoutMs } = block;
  if (scheduleMs === undefined || jitterMaxRatio === undefined || requestTimeoutMs === undefined) {
    return { ok: false, reason: 'callbacks block lacks retry_schedule_ms, jitter_max_ratio or request_timeout_ms' };
  }
  return { ok: true, policy: { scheduleMs, jitterMaxRatio, requestTimeoutMs } };
}

/** Number of automatic attempts the schedule allows. */
export function automaticAttempts(policy: RetryPolicy): number {
  return policy.scheduleMs.length;
}

/**
 * Window for automatic attempt `attemptNumber` (1-based, ≥ 2), measured from the previous attempt:
 * no earlier than the advertised delay, no later than delay × (1 + jitter_max_ratio). Undefined past
 * the end of the schedule.
 */
export function attemptWindow(policy: RetryPolicy, attemptNumber: number): AttemptWindow | undefined {
  if (attemptNumber < 2) return undefined;
  const delayMs = policy.scheduleMs[attemptNumber - 1];
  if (delayMs === undefined) return undefined;
  return { earliestMs: delayMs, latestMs: Math.ceil(delayMs * (1 + policy.jitterMaxRatio)) };
}

/** Latest host time, after the first attempt, by which every automatic attempt must have been made. */
export function scheduleSpanMs(policy: RetryPolicy): number {
  let spanMs = 0;
  for (let n = 2; n <= policy.scheduleMs.length; n++) spanMs += attemptWindow(policy, n)?.latestMs ?? 0;
  return spanMs;
}
