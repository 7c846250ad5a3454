/**
 * The bounds SPEC.md §8.4 ("Timeout bounds") puts on abandoning an unanswered callback attempt, as the kit
 * measures them in real time at its receiver (CALLBACK-TIMEOUT).
 */

/** Timer granularity: an attempt held this much less than request_timeout_ms is still on time. */
export const TIMEOUT_EARLY_TOLERANCE_MS = 100;
/** Timer and scheduling delays and recording the attempt, after request_timeout_ms. */
export const TIMEOUT_LATE_TOLERANCE_MS = 2000;

export interface TimeoutBounds {
  /** Least real time the clock advance making the attempt may last. */
  minAdvanceMs: number;
  /** Most real time from the request's arrival at the receiver to the end of that advance. */
  maxAfterArrivalMs: number;
}

export function timeoutBounds(requestTimeoutMs: number): TimeoutBounds {
  return {
    minAdvanceMs: requestTimeoutMs - TIMEOUT_EARLY_TOLERANCE_MS,
    maxAfterArrivalMs: requestTimeoutMs + TIMEOUT_LATE_TOLERANCE_MS,
  };
}
