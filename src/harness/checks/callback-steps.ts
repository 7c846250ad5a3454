/**
 * Drives host time until a callback attempt reaches the kit's mailbox and says in which clock step it
 * arrived. The step's bounds bracket the attempt's host time without trusting the host's own records, which
 * is what the timestamp and schedule checks measure against.
 */
import type { ClockDriver } from '../clock.js';
import type { Delivery, Mailbox } from '../receiver.js';
import type { RuleId } from '../../rules.js';
import { broke, moot, unobserved, type Prepared } from './prepared.js';

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
  let nowMs = await clock.nowMs();
  if (mailbox.deliveries().length >= count) {
    const at = Date.now();
    return { arrived: true, fromMs: null, toMs: nowMs, startedAt: at, endedAt: at };
  }
  for (let step = 1; step <= options.maxSteps; step += 1) {
    const fromMs = nowMs;
    const startedAt = Date.now();
    nowMs = (await clock.advanceStep(options.stepMs)).now_ms;
    if (mailbox.deliveries().length >= count) return { arrived: true, fromMs, toMs: nowMs, startedAt, endedAt: Date.now() };
  }
  return { arrived: false, nowMs, deliveries: mailbox.deliveries().length, steps: options.maxSteps };
}

/**
 * The step in which delivery number `count` reached `mailbox`. Under the test clock the host's pace is fixed
 * (SPEC.md §13.3), so an attempt that never came within the steps broke `rule`; in real time the host sets its
 * own pace and the kit only ran out of patience: inapplicable (§13.7).
 */
export async function arrivalOf(
  clock: ClockDriver,
  mailbox: Mailbox,
  count: number,
  options: StepOptions,
  rule: RuleId,
  what: string,
): Promise<Prepared<ArrivalStep>> {
  const outcome = await stepUntilDeliveries(clock, mailbox, count, options);
  if (outcome.arrived) return { ok: true, value: outcome };
  const waited = `${options.maxSteps} steps of ${options.stepMs} ms, to host time ${outcome.nowMs}`;
  return clock.mode === 'test_clock'
    ? broke(rule, `${what} reaches the kit's mailbox within ${waited}`, `${count} deliveries`, outcome.deliveries)
    : moot(`${what} did not reach the kit's mailbox within ${waited} of real time`);
}

/**
 * The step in which the run's first callback attempt reached `mailbox`. Every run with a callback URL that
 * comes to rest closed makes one (LIFECYCLE-HAPPY-PATH), so under the test clock a missing one fails there.
 */
export function firstArrival(clock: ClockDriver, mailbox: Mailbox, what = 'the first callback attempt'): Promise<Prepared<ArrivalStep>> {
  return arrivalOf(clock, mailbox, 1, FIRST_ATTEMPT_STEPS, 'LIFECYCLE-HAPPY-PATH', what);
}

/** An arrival the kit bracketed on both sides: made in host time (fromMs, toMs]. */
export type BracketedStep = ArrivalStep & { fromMs: number };

/**
 * For checks of the host time of an attempt: an attempt already in the mailbox when the kit began stepping
 * was made at a time the kit did not bracket, which is the kit's blind spot, not the host's fault.
 */
export function bracketed(step: Prepared<ArrivalStep>, what: string): Prepared<BracketedStep> {
  if (!step.ok) return step;
  const { fromMs } = step.value;
  return fromMs === null
    ? unobserved(`${what} reached the kit's mailbox before the kit began stepping the clock, so its host time is not bracketed`)
    : { ok: true, value: { ...step.value, fromMs } };
}

/**
 * The deliveries in `mailbox` once the kit has made delivery number `count` due: it drove the clock past the
 * attempt's latest time, or made a request the host answers only after the attempt (a manual retry). Under
 * the test clock a missing delivery broke `rule`; in real time the host keeps its own pace (§13.7).
 */
export async function deliveredBy(clock: ClockDriver, mailbox: Mailbox, count: number, rule: RuleId, what: string): Promise<Prepared<Delivery[]>> {
  const deliveries = await mailbox.waitFor(count);
  if (deliveries.length >= count) return { ok: true, value: deliveries };
  return clock.mode === 'test_clock'
    ? broke(rule, `${what} has reached the kit's mailbox once due`, `${count} deliveries`, deliveries.length)
    : moot(`${what} did not reach the kit's mailbox in real time`);
}

/** Steps the clock until the run's first callback attempt reaches `mailbox`. */
export function firstAttempt(clock: ClockDriver, mailbox: Mailbox): Promise<ArrivalOutcome> {
  return stepUntilDeliveries(clock, mailbox, 1, FIRST_ATTEMPT_STEPS);
}

/** Advances the clock to the absolute host time `targetMs`; does nothing when it is not in the future. */
export async function advanceTo(clock: ClockDriver, targetMs: number): Promise<number> {
  const nowMs = await clock.nowMs();
  if (targetMs <= nowMs) return nowMs;
  return (await clock.advance(targetMs - nowMs)).now_ms;
}
