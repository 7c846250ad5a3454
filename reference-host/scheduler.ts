/**
 * The host's due-queue: every piece of deferred work (runner steps, callback attempts, heartbeat pulses,
 * stuck checks) is a task keyed by host time. With the virtual clock the queue is drained only by
 * `advance`, each task at its own due time and finished before the next starts (SPEC §13.2); with the real
 * clock one timer is armed for the earliest task, and each due task is started in turn but not waited for,
 * so a callback attempt waiting on a slow receiver never holds back a runner step, a pulse or a stuck check.
 * Tasks due at the same time start in the order they were scheduled. A cancelled task stays queued until
 * it comes up, and is dropped then.
 */
import { type HostClock, VirtualClock } from './clock.js';
import { DueHeap, type DueItem } from './due-heap.js';
import { FaultSet } from './faults.js';

export type Work = () => void | Promise<void>;

export interface ScheduledTask {
  readonly dueMs: number;
  readonly label: string;
  cancel(): void;
}

interface Entry extends ScheduledTask, DueItem {
  work: Work;
  cancelled: boolean;
  /** Recurring upkeep (the runner pulse) that `nextDueMs` passes over. */
  background: boolean;
}

export interface ScheduleOptions {
  /** Recurring upkeep rather than work a client waits for: not reported as next due (SPEC §13.2 `next_due_at`). */
  background?: boolean;
}

const NOTHING: Work = () => undefined;

/** Longest delay setTimeout accepts; later tasks are reached by re-arming. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class Scheduler {
  readonly clock: HostClock;
  readonly #queue = new DueHeap<Entry>();
  readonly #onError: (error: unknown, label: string) => void;
  readonly #faults: FaultSet;
  #places = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** True while the real clock's timer starts due tasks: tasks they schedule do not arm a second timer. */
  #firing = false;
  /** Real clock: tasks started and not yet finished; `close` waits for them. */
  readonly #running = new Set<Promise<void>>();
  #advancing: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(clock: HostClock, onError: (error: unknown, label: string) => void, faults: FaultSet = new FaultSet()) {
    this.clock = clock;
    this.#onError = onError;
    this.#faults = faults;
  }

  /**
   * A place in the order of tasks due at the same time, taken now: a task scheduled later with it runs
   * among them as if it had been scheduled at this moment.
   */
  place(): number {
    return this.#places++;
  }

  /** Schedules `work` at host time `dueMs`; `place` (by default taken now) orders it among tasks due then. */
  at(dueMs: number, label: string, work: Work, place: number = this.place(), options: ScheduleOptions = {}): ScheduledTask {
    if (Number.isNaN(dueMs)) throw new RangeError(`${label}: due time is not a number`);
    const entry: Entry = {
      dueMs,
      label,
      work,
      place,
      cancelled: false,
      background: options.background === true,
      cancel: () => {
        entry.cancelled = true;
        // A cancelled task waits in the queue until its due time: it must not keep its run's records alive.
        entry.work = NOTHING;
      },
    };
    if (this.#closed) {
      entry.cancelled = true;
      return entry;
    }
    this.#queue.push(entry);
    // A timer already armed for an earlier task wakes the queue in time for this one too.
    if (this.#timer === undefined || this.#queue.peek() === entry) this.#arm();
    return entry;
  }

  after(delayMs: number, label: string, work: Work, options: ScheduleOptions = {}): ScheduledTask {
    return this.at(this.clock.now() + delayMs, label, work, this.place(), options);
  }

  /** Due time of the earliest pending task that is not background upkeep; null when there is none. */
  nextDueMs(): number | null {
    return this.#queue.earliest((entry) => !entry.cancelled && !entry.background)?.dueMs ?? null;
  }

  /**
   * Virtual clock only: moves time forward by `ms`, running every task due up to the new time in due
   * order with the clock set to its due time, including tasks those tasks schedule. Resolves when all
   * of it is done. Concurrent calls run one after another. With `until`, it stops at the first task after
   * which `until` holds, the clock left at that task's due time (nothing when it holds already). With
   * `toNextDue`, it stops once the work due at the first due time it reaches is done, upkeep aside. `first`
   * runs when the advance begins, once any advance it waited for has ended.
   */
  advance(ms: number, until?: () => boolean, toNextDue = false, first?: () => Promise<void>): Promise<void> {
    const clock = this.clock;
    if (!(clock instanceof VirtualClock)) throw new Error('advance needs the virtual clock');
    const run = this.#advancing.then(async () => {
      await first?.();
      if (until?.() === true) return;
      const target = clock.now() + ms;
      const dueDone = (performed: Entry): boolean => {
        const nextMs = this.nextDueMs();
        return !performed.background && (nextMs === null || nextMs > clock.now());
      };
      const stop = (performed: Entry): boolean => until?.() === true || (toNextDue && dueDone(performed));
      const stopped = await this.#drain(target, (dueMs) => clock.moveTo(this.#faults.has('clock-advance-jumps-to-end') ? target : dueMs), stop);
      if (!stopped) clock.moveTo(target);
    });
    this.#advancing = run.catch(() => undefined);
    return run;
  }

  /** Cancels every task and stops the timer; resolves once the tasks in progress have finished. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue.clear();
    await this.#advancing;
    await Promise.all(this.#running);
  }

  /** Performs due work up to `limitMs`; true when `until` held after a piece of work and stopped it there. */
  async #drain(limitMs: number, enter: (dueMs: number) => void, until: (performed: Entry) => boolean): Promise<boolean> {
    for (;;) {
      const next = this.#queue.peek();
      if (next === undefined || next.dueMs > limitMs || this.#closed) return false;
      this.#queue.pop();
      if (next.cancelled) continue;
      enter(next.dueMs);
      try {
        await next.work();
      } catch (error) {
        this.#onError(error, next.label);
      }
      if (until(next)) return true;
    }
  }

  #arm(): void {
    if (this.clock.virtual || this.#closed || this.#firing) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#queue.peek()?.cancelled) this.#queue.pop();
    const next = this.#queue.peek();
    if (next === undefined) return;
    const delay = Math.min(Math.max(0, next.dueMs - this.clock.now()), MAX_TIMER_MS);
    this.#timer = setTimeout(() => this.#onTimer(), delay);
    this.#timer.unref();
  }

  #onTimer(): void {
    this.#timer = undefined;
    this.#firing = true;
    try {
      const limitMs = this.clock.now();
      for (;;) {
        const next = this.#queue.peek();
        if (next === undefined || next.dueMs > limitMs || this.#closed) break;
        this.#queue.pop();
        if (!next.cancelled) this.#start(next);
      }
    } finally {
      this.#firing = false;
    }
    this.#arm();
  }

  /** Starts a task; work that goes on asynchronously is tracked, not awaited. */
  #start(entry: Entry): void {
    let pending: void | Promise<void>;
    try {
      pending = entry.work();
    } catch (error) {
      this.#onError(error, entry.label);
      return;
    }
    if (pending === undefined) return;
    const tracked: Promise<void> = pending.then(
      () => void this.#running.delete(tracked),
      (error: unknown) => {
        this.#running.delete(tracked);
        this.#onError(error, entry.label);
      },
    );
    this.#running.add(tracked);
  }
}
