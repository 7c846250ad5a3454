/**
 * The real-time path of the clock driver (SPEC.md §13.7). A host without `seams.test_clock` moves its own time;
 * the kit waits for it, within one time budget shared by the whole run, and states the figures when a wait does
 * not fit. The allowance added to every wait is the only tolerance of this path: what the scenario then checks is
 * unchanged.
 */
import type { HostCapabilities } from '../../generated/types.js';
import { ScenarioInapplicable } from './errors.js';

/** Default whole-run budget for real-time waits: long enough for a staging host's short settings. */
export const DEFAULT_TIME_BUDGET_MS = 300_000;

/**
 * Added to every real-time wait before the kit reads what the host did: the host's timer may fire late on a
 * loaded machine and the work it starts (a callback delivery) crosses the network.
 */
export const REAL_TIME_ALLOWANCE_MS = 500;
export const REAL_TIME_ALLOWANCE_RATIO = 0.1;

export const MIN_POLL_MS = 25;
export const MAX_POLL_MS = 1000;

export class TimeBudget {
  readonly budgetMs: number;
  readonly #deadline: number;

  constructor(budgetMs: number, startedMs: number = performance.now()) {
    this.budgetMs = budgetMs;
    this.#deadline = startedMs + budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, Math.round(this.#deadline - performance.now()));
  }

  /**
   * Ends the scenario as inapplicable when `neededMs` of real time does not fit what is left of the budget,
   * naming `what` needs it.
   */
  ensureFits(neededMs: number, what: string): void {
    const remaining = this.remainingMs();
    if (neededMs <= remaining) return;
    const left = remaining < this.budgetMs ? ` (${formatDuration(remaining)} of it left)` : '';
    throw new ScenarioInapplicable(
      `${what} is ${formatDuration(neededMs)}; the time budget is ${formatDuration(this.budgetMs)}${left}: give the host shorter settings, raise --time-budget, or offer seams.test_clock`,
    );
  }

  /** Waits `ms` of host time in real time, plus the allowance, if it fits the budget; ends early when `signal` aborts. */
  async wait(ms: number, what: string, signal?: AbortSignal): Promise<void> {
    const total = withAllowance(ms);
    this.ensureFits(total, what);
    await sleep(total, signal);
  }
}

/**
 * Whether host time is surely still before `hostMs`: the kit's clock stands for the host's within the allowance
 * (§13.7), so an answer read now came from a host whose clock had not reached `hostMs` when this holds.
 */
export function surelyBefore(hostMs: number): boolean {
  return Date.now() + REAL_TIME_ALLOWANCE_MS < hostMs;
}

export function withAllowance(ms: number): number {
  return Math.ceil(ms * (1 + REAL_TIME_ALLOWANCE_RATIO)) + REAL_TIME_ALLOWANCE_MS;
}

/** A real-time wait; a stopped scenario's `signal` ends it at once, rejecting with the signal's reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * How often the kit reads a host that moves on its own: a quarter of the shortest period the host advertises
 * (heartbeat, a callback retry delay), within 25 ms..1 s, so a short staging setting is seen promptly and a
 * production one is not hammered.
 */
export function pollIntervalMs(caps: HostCapabilities): number {
  const periods: number[] = [];
  if (caps.queue_monitor.supported && caps.queue_monitor.heartbeat_interval_ms) periods.push(caps.queue_monitor.heartbeat_interval_ms);
  if (caps.callbacks.supported) periods.push(...(caps.callbacks.retry_schedule_ms ?? []).filter((delay) => delay > 0));
  if (periods.length === 0) return MAX_POLL_MS;
  return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Math.floor(Math.min(...periods) / 4)));
}

/** "83 h", "5 min", "1.5 s", "300 ms". */
export function formatDuration(ms: number): string {
  const trim = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, ''));
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${trim(ms / 1000)} s`;
  if (ms < 7_200_000) return `${trim(ms / 60_000)} min`;
  return `${trim(ms / 3_600_000)} h`;
}
