/**
 * Drives host time. With the host's test clock (contract §13) time-dependent scenarios never sleep: they advance
 * host time and the host performs all work that falls due, answering only when it is done. A host without the
 * seam moves its own time; the driver then waits in real time within the run's time budget (SPEC.md §13.7).
 */
import type { SchemaTypes } from '../../generated/types.js';
import type { RuleId } from '../rules.js';
import { requestDocument } from './api.js';
import type { Assertions } from './assertions.js';
import { HarnessError, ScenarioInapplicable } from './errors.js';
import type { HostHttp } from './http.js';
import { formatDuration, sleep, type TimeBudget } from './real-time.js';

export type ClockState = SchemaTypes['clock-state'];

export type ClockMode = 'test_clock' | 'real_time';

export interface ClockDriver {
  /** `test_clock` when the host offers the seam; `real_time` when the driver waits for the host instead. */
  readonly mode: ClockMode;
  /** How often a real-time flow reads the host (ms); 0 with the test clock, where nothing moves between reads. */
  readonly pollMs: number;
  /** The host's current test-clock time; in real time, the kit's clock (SPEC.md §13.7 states the skew allowed). */
  now(): Promise<ClockState>;
  /**
   * Moves host time forward by `ms` (integer 1..10^10) and answers when all due work is done; in real time, waits
   * `ms` plus the allowance, or ends the scenario as inapplicable when that does not fit the time budget.
   */
  advance(ms: number): Promise<ClockState>;
  /**
   * Real time only: waits one poll interval for a host that moves on its own. Ends the scenario as inapplicable,
   * with `what` it was waiting for, when the time budget is spent.
   */
  poll(what: string): Promise<void>;
}

/** The real-time path's inputs; null when the host offers the test clock. */
export interface RealTimeClock {
  budget: TimeBudget;
  pollMs: number;
  /** The scenario's stop signal: a stopped scenario's waits end at once. */
  signal?: AbortSignal;
}

const CLOCK_RULES: readonly RuleId[] = ['SEAMS-CLOCK-ADVANCE', 'LIFECYCLE-DOCUMENTS-VALID'];
export const MAX_ADVANCE_MS = 10_000_000_000;

function realNow(): ClockState {
  const nowMs = Date.now();
  return { now: new Date(nowMs).toISOString(), now_ms: nowMs };
}

/**
 * `requireClock` throws ScenarioInapplicable when the host does not declare the test clock; `realTime` answers the
 * real-time path's inputs when the host lacks the seam (null when it has it, or when the run offers no real time).
 */
export function createClock(
  http: HostHttp,
  assertions: Assertions,
  requireClock: () => void,
  realTime: () => RealTimeClock | null = () => null,
): ClockDriver {
  return {
    get mode(): ClockMode {
      return realTime() === null ? 'test_clock' : 'real_time';
    },
    get pollMs() {
      return realTime()?.pollMs ?? 0;
    },
    async now() {
      if (realTime() !== null) return realNow();
      requireClock();
      const { body } = await requestDocument(http, assertions, {
        method: 'GET',
        path: '/_seams/clock',
        schema: 'clock-state',
        status: [200],
        rules: CLOCK_RULES,
      });
      return body;
    },
    async advance(ms) {
      if (!Number.isInteger(ms) || ms < 1 || ms > MAX_ADVANCE_MS) {
        throw new HarnessError(`clock.advance needs an integer from 1 to ${MAX_ADVANCE_MS}, got ${ms}`);
      }
      const real = realTime();
      if (real !== null) {
        await real.budget.wait(ms, `a wait of ${formatDuration(ms)} of host time`, real.signal);
        return realNow();
      }
      requireClock();
      const { body } = await requestDocument(http, assertions, {
        method: 'POST',
        path: '/_seams/clock/advance',
        schema: 'clock-state',
        status: [200],
        body: { ms },
        rules: CLOCK_RULES,
      });
      return body;
    },
    async poll(what) {
      const real = realTime();
      if (real === null) throw new HarnessError('clock.poll is for the real-time path; advance the test clock instead');
      if (real.budget.remainingMs() < real.pollMs) {
        throw new ScenarioInapplicable(
          `${what}: the time budget of ${formatDuration(real.budget.budgetMs)} ran out first (raise --time-budget, give the host shorter settings, or offer seams.test_clock)`,
        );
      }
      await sleep(real.pollMs, real.signal);
    },
  };
}
