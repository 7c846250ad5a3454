/**
 * Drives host time until a callback attempt reaches the kit's mailbox and says in which clock step it
 * arrived. The step's bounds bracket the attempt's host time without trusting the host's own records, which
 * is what the timestamp and schedule checks measure against.
 */
import type { ClockDriver } from '../clock.js';
import type { Mailbox } from '../receiver.js';

export interface ArrivalStep {
  /** Host time before the step: the attempt was made strictly after it; null when it had arrived before the call. */
  fromMs: number | null;
  /** Host time after the step: the attempt was made at or before it. */
  toMs: number;
  /**
   * Kit time (Date.now) when the step was asked for and when it was answered. The host cannot start the
   * attempt before the first, and a host that makes its attempts inside the step has ended it by the second.
   */
  startedAt: number;
  endedAt: number;
}

export type ArrivalOutcome =
  | ({ arrived: true } & ArrivalStep)
  | { arrived: false; nowMs: number; deliveries: number; steps: number };

export interface StepOptions {
  stepMs: number;
  maxSteps: number;
}

/** One-second steps for up to two host minutes: ample for a run to reach callback_ready and make attempt 1. */
export const FIRST_ATTEMPT_STEPS: StepOptions = { stepMs: 1000, maxSteps: 120 };

/**
 * Advances the clock by `stepMs` at a time, at most `maxSteps` times, until `mailbox` holds `count`
 * deliveries. When it already does, returns at once with `fromMs` null.
 */
export async function stepUntilDeliveries(clock: ClockDriver, mailbox: Mailbox, count: number, options: StepOptions): Promise<ArrivalOutcome> {
  let nowMs = (await clock.now()).now_ms;
  if (mailbox.deliveries().length >= count) {
    const at = Date.now();
    return { arrived: true, fromMs: null, toMs: nowMs, startedAt: at, endedAt: at };
  }
  for (let step = 1; step <= options.maxSteps; step += 1) {
    const fromMs = nowMs;
    const startedAt = Date.now();
    nowMs = (await clock.advance(options.stepMs)).now_ms;
    if (mailbox.deliveries().length >= count) return { arrived: true, fromMs, toMs: nowMs, startedAt, endedAt: Date.now() };
  }
  return { arrived: false, nowMs, deliveries: mailbox.deliveries().length, steps: options.maxSteps };
}

/** Steps the clock until the run's first callback attempt reaches `mailbox`. */
export function firstAttempt(clock: ClockDriver, mailbox: Mailbox): Promise<ArrivalOutcome> {
  return stepUntilDeliveries(clock, mailbox, 1, FIRST_ATTEMPT_STEPS);
}

/** Advances the clock to the absolute host time `targetMs`; does nothing when it is not in the future. */
export async function advanceTo(clock: ClockDriver, targetMs: number): Promise<number> {
  const nowMs = (await clock.now()).now_ms;
  if (targetMs <= nowMs) return nowMs;
  return (await clock.advance(targetMs - nowMs)).now_ms;
}
