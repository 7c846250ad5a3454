/**
 * Drives host time. With the host's test clock (contract §13) time-dependent scenarios never sleep: they advance
 * host time and the host performs all work that falls due, answering only when it is done. A host without the
 * seam moves its own time; the driver then waits in real time within the run's time budget (SPEC.md §13.7).
 */
import type { SchemaTypes } from '../../generated/types.js';
import type { RuleId } from '../rules.js';
import { requestDocument } from './api.js';
import type { ServedRead } from './advance-reads.js';
import type { Assertions } from './assertions.js';
import { HarnessError, ScenarioInapplicable } from './errors.js';
import type { HostHttp } from './http.js';
import { formatDuration, sleep, type TimeBudget } from './real-time.js';

export type ClockState = SchemaTypes['clock-state'];

export type ClockMode = 'test_clock' | 'real_time';

export interface ClockAdvanceOptions {
  /** A run's status token: stop right after the work that leaves it at rest (`seams.test_clock.advance_until_rest`). */
  untilAtRest?: string;
  /** Stop right after the work due at the first due time reached (`seams.test_clock.advance_to_next_due`). */
  toNextDue?: boolean;
  /** API paths (relative to the API base) the advance reads as it begins and once its work is done. */
  reads?: { before?: readonly string[]; after?: readonly string[] };
  /** The status token of the run the caller watches: its documents come first among the reads asked for. */
  about?: string;
}

export interface ClockDriver {
  /** `test_clock` when the host offers the seam; `real_time` when the driver waits for the host instead. */
  readonly mode: ClockMode;
  /** How often a real-time flow reads the host (ms); 0 with the test clock, where nothing moves between reads. */
  readonly pollMs: number;
  /** The host's current test-clock time; in real time, the kit's clock (SPEC.md §13.7 states the skew allowed). */
  now(): Promise<ClockState>;
  /**
   * Moves host time forward by `ms` (integer 1..10^10) and answers when all due work is done; in real time, waits
   * `ms` plus the allowance, or ends the scenario as inapplicable when that does not fit the time budget. The
   * options ask the host to stop early or to read documents (SPEC.md §13.2); only a host declaring them gets them.
   */
  advance(ms: number, options?: ClockAdvanceOptions): Promise<ClockState>;
  /**
   * Whether an advance answers reads (test clock, `seams.test_clock.advance_reads`): the GETs of the paths named
   * in `reads.after` (and of those the key read most recently) that follow it, and the GET of a path named in
   * `reads.before` sent right after it, take their answers from the advance (SPEC.md §13.2).
   */
  answersReads(): boolean;
  /** Names API paths the caller will read after the next advance, so that it asks for them (when it answers reads). */
  willRead(paths: readonly string[]): Promise<void>;
  /**
   * One step of a flow watching the host: to the time the host last reported its next work due (`next_due_at`,
   * SPEC.md §13.2; nothing but heartbeat pulses happens before it), by `idleMs` when it reported that no work is
   * pending (`next_due_at` null: only a request can make any), or by `stepMs` when it reported neither.
   * Each change of a run then takes one step, however long the step the flow asked for. `about` names the run
   * the flow watches (ClockAdvanceOptions). Test clock only.
   */
  advanceStep(stepMs: number, idleMs?: number, about?: string): Promise<ClockState>;
  /** Whether the last `advanceStep` went by `idleMs` because the host reported no work pending. */
  lastStepIdle(): boolean;
  /**
   * Test clock: host time known without a request — this driver's last reading when no advance has been made in
   * the scenario since, or `sinceMs` (a time the host reported) when the scenario has made none since
   * `advancesThen`. Undefined when a request would be needed, and in real time.
   */
  knownNowMs(since?: { ms: number; advancesThen: number }): number | undefined;
  /** Advances the scenario has made so far, through any driver or request. */
  advancesMade(): number;
  /**
   * Host time in Unix ms, read from the host only when no earlier reading still holds: with the test clock, one
   * this driver made with no advance in the scenario since (requests other than an advance never move host
   * time). For flows that need the time, not for checks of the clock itself, which read it with `now`.
   */
  nowMs(): Promise<number>;
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
/** How far an advance to_next_due looks for the first due time when the flow knows nothing nearer. */
const FIRST_DUE_SEARCH_MS = 60_000;

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
 * the latest of them is stale, and `advanceStep` reads the clock again before it jumps. `readsDeclared` tells
 * whether the host answers reads with an advance (`seams.test_clock.advance_reads`), `toNextDueDeclared` whether
 * an advance can stop at the first due time (`seams.test_clock.advance_to_next_due`); `advances` counts the
 * scenario's clock advances, through any driver.
 */
export function createClock(
  http: HostHttp,
  assertions: Assertions,
  requireClock: () => void,
  realTime: () => RealTimeClock | null = () => null,
  writes: () => number = () => 0,
  readsDeclared: () => boolean = () => false,
  toNextDueDeclared: () => boolean = () => false,
  advances: () => number = () => 0,
): ClockDriver {
  let last: { state: ClockState; writes: number; advances: number } | undefined;
  let lastStepIdle = false;
  const remember = (state: ClockState): ClockState => {
    // The advance itself is a write; what it reports is current after it.
    last = { state, writes: writes(), advances: advances() };
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
    async advance(ms, options = {}) {
      const { untilAtRest, toNextDue, reads = {}, about = untilAtRest } = options;
      if (!Number.isInteger(ms) || ms < 1 || ms > MAX_ADVANCE_MS) {
        throw new HarnessError(`clock.advance needs an integer from 1 to ${MAX_ADVANCE_MS}, got ${ms}`);
      }
      const real = realTime();
      if (real !== null) {
        await real.budget.wait(ms, `a wait of ${formatDuration(ms)} of host time`, real.signal);
        return realNow();
      }
      requireClock();
      // The documents this key read most recently come back with this advance (SPEC.md §13.2 `reads`).
      const reading = driver.answersReads();
      const apiKey = reading ? await http.defaultApiKey() : null;
      const wanted = reading ? http.fitReads([...new Set([...(reads.after ?? []), ...http.recentReads(apiKey, about)])]) : [];
      const wantedBefore = reading ? http.fitReads(reads.before ?? []) : [];
      const { body } = await requestDocument(http, assertions, {
        method: 'POST',
        path: '/_seams/clock/advance',
        schema: 'clock-state',
        status: [200],
        body: {
          ms,
          ...(untilAtRest === undefined ? {} : { until_at_rest: untilAtRest }),
          ...(toNextDue === true ? { to_next_due: true } : {}),
          ...(wanted.length > 0 ? { reads: wanted } : {}),
          ...(wantedBefore.length > 0 ? { reads_before: wantedBefore } : {}),
        },
        rules: CLOCK_RULES,
      });
      if (reading) {
        const answered = { reads: body.reads ?? [], readsBefore: body.reads_before ?? [] };
        const paths = (served: readonly ServedRead[]) => JSON.stringify(served.map((read) => read.path));
        assertions.ensure(
          ['SEAMS-CLOCK-READS'],
          'POST /_seams/clock/advance answers one read per path it was asked to read, in order, in reads and reads_before',
          paths(answered.reads) === JSON.stringify(wanted) && paths(answered.readsBefore) === JSON.stringify(wantedBefore),
          JSON.stringify({ reads: wanted, reads_before: wantedBefore }),
          { reads: answered.reads.map((read) => read.path), reads_before: answered.readsBefore.map((read) => read.path) },
        );
        http.offerReads(apiKey, answered);
      }
      return remember(body);
    },
    answersReads: () => realTime() === null && http.takesAdvanceReads && readsDeclared(),
    async willRead(paths) {
      if (driver.answersReads()) http.expectReads(await http.defaultApiKey(), paths);
    },
    async advanceStep(stepMs, idleMs = stepMs, about) {
      // In real time there is nothing to jump over: the host moves on its own.
      lastStepIdle = false;
      if (realTime() !== null) return driver.advance(stepMs);
      // Work a request made due since the last reading may fall before the next_due_at it reported: the host
      // stops at the first due time itself (all that changes anything is due work, SPEC.md §13.2), or the clock
      // is read again. With no reading yet the step is a plain one: its reads fall between two events, where a
      // record that follows the clock instead of its events shows (updated-at-is-read-time).
      if (last !== undefined && last.writes !== writes()) {
        if (toNextDueDeclared()) {
          return driver.advance(Math.max(idleMs, stepMs, FIRST_DUE_SEARCH_MS), { toNextDue: true, ...(about ? { about } : {}) });
        }
        await driver.now();
      }
      const dueMs = untilNextDueMs(last?.state);
      lastStepIdle = dueMs === undefined && last?.state.next_due_at === null;
      return driver.advance(dueMs ?? (lastStepIdle ? idleMs : stepMs), about ? { about } : {});
    },
    lastStepIdle: () => lastStepIdle,
    knownNowMs(since) {
      if (realTime() !== null) return undefined;
      if (last !== undefined && last.advances === advances()) return last.state.now_ms;
      return since !== undefined && since.advancesThen === advances() ? since.ms : undefined;
    },
    advancesMade: () => advances(),
    async nowMs() {
      return driver.knownNowMs() ?? (await driver.now()).now_ms;
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
  return driver;
}
