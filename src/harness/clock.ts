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
   * `ms` plus the allowance, or ends the scenario as inapplicable when that does not fit the time budget. With
   * `untilAtRest` (a status token; hosts declaring `seams.test_clock.advance_until_rest`) the host stops right
   * after the work that leaves that run at rest (SPEC.md §13.2).
   */
  advance(ms: number, untilAtRest?: string): Promise<ClockState>;
  /**
   * One step of a flow watching the host: to the time the host last reported its next work due (`next_due_at`,
   * SPEC.md §13.2; nothing but heartbeat pulses happens before it), by `idleMs` when it reported that no work is
   * pending (`next_due_at` null: only a request can make any), or by `stepMs` when it reported neither.
   * Each change of a run then takes one step, however long the step the flow asked for. Test clock only.
   */
  advanceStep(stepMs: number, idleMs?: number): Promise<ClockState>;
  /** Whether the last `advanceStep` went by `idleMs` because the host reported no work pending. */
  lastStepIdle(): boolean;
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

/** Milliseconds from the state's time to its `next_due_at`, when that is a later time; otherwise undefined. */
export function untilNextDueMs(state: ClockState | undefined): number | undefined {
  if (typeof state?.next_due_at !== 'string') return undefined;
  const gapMs = Date.parse(state.next_due_at) - state.now_ms;
  return Number.isSafeInteger(gapMs) && gapMs >= 1 && gapMs <= MAX_ADVANCE_MS ? gapMs : undefined;
}

/**
 * `requireClock` throws ScenarioInapplicable when the host does not declare the test clock; `realTime` answers the
 * real-time path's inputs when the host lacks the seam (null when it has it, or when the run offers no real time).
 * `writes` counts the scenario's requests that may have made work due (any but GET): a `next_due_at` read before
 * the latest of them is stale, and `advanceStep` reads the clock again before it jumps.
 */
export function createClock(
  http: HostHttp,
  assertions: Assertions,
  requireClock: () => void,
  realTime: () => RealTimeClock | null = () => null,
  writes: () => number = () => 0,
): ClockDriver {
  let last: { state: ClockState; writes: number } | undefined;
  let lastStepIdle = false;
  const remember = (state: ClockState): ClockState => {
    // The advance itself is a write; what it reports is current after it.
    last = { state, writes: writes() };
    return state;
  };
  const driver: ClockDriver = {
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
      return remember(body);
    },
    async advance(ms, untilAtRest) {
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
        body: untilAtRest === undefined ? { ms } : { ms, until_at_rest: untilAtRest },
        rules: CLOCK_RULES,
      });
      return remember(body);
    },
    async advanceStep(stepMs, idleMs = stepMs) {
      // In real time there is nothing to jump over: the host moves on its own.
      lastStepIdle = false;
      if (realTime() !== null) return driver.advance(stepMs);
      // Work a request made due since the last reading may fall before the next_due_at it reported.
      if (last !== undefined && last.writes !== writes()) await driver.now();
      const dueMs = untilNextDueMs(last?.state);
      lastStepIdle = dueMs === undefined && last?.state.next_due_at === null;
      return driver.advance(dueMs ?? (lastStepIdle ? idleMs : stepMs));
    },
    lastStepIdle: () => lastStepIdle,
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
  return driver;
}
