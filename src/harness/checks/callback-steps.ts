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
}

export type ArrivalOutcome =
  | ({ arrived: true } & ArrivalStep)
  | { arrived: false; nowMs: number; deliveries: number; steps: number };

/**
 * Advances the clock by `stepMs` at a time, at most `maxSteps` times, until `mailbox` holds `count`
 * deliveries. When it already does, returns at once with `fromMs` null.
 */
export async function stepUntilDeliveries(
  clock: ClockDriver,
  mailbox: Mailbox,
  count: number,
  options: { stepMs: number; maxSteps: number },
): Promise<ArrivalOutcome> {
  let nowMs = (await clock.now()).now_ms;
  if (mailbox.deliveries().length >= count) return { arrived: true, fromMs: null, toMs: nowMs };
  for (let step = 1; step <= options.maxSteps; step += 1) {
    const fromMs = nowMs;
    nowMs = (await clock.advance(options.stepMs)).now_ms;
    if (mailbox.deliveries().length >= count) return { arrived: true, fromMs, toMs: nowMs };
  }
  return { arrived: false, nowMs, deliveries: mailbox.deliveries().length, steps: options.maxSteps };
}

/** Advances the clock to the absolute host time `targetMs`; does nothing when it is not in the future. */
export async function advanceTo(clock: ClockDriver, targetMs: number): Promise<number> {
  const nowMs = (await clock.now()).now_ms;
  if (targetMs <= nowMs) return nowMs;
  return (await clock.advance(targetMs - nowMs)).now_ms;
}
