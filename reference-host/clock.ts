/** Host time. In conformance mode it is virtual and moves only when the scheduler advances it. */

export const CONFORMANCE_CLOCK_START = '2026-06-02T10:00:00.000Z';

export interface HostClock {
  /** Host time in Unix milliseconds. */
  now(): number;
  /** True when time moves only through the test-clock seam. */
  readonly virtual: boolean;
}

export class VirtualClock implements HostClock {
  readonly virtual = true;
  #nowMs: number;

  constructor(startMs: number) {
    this.#nowMs = startMs;
  }

  now(): number {
    return this.#nowMs;
  }

  /** Moves time forward to `ms`; never backwards, so timestamps stay ordered. */
  moveTo(ms: number): void {
    if (ms > this.#nowMs) this.#nowMs = ms;
  }
}

export class RealClock implements HostClock {
  readonly virtual = false;
  #pinned: number | undefined;

  /**
   * One instant per synchronous piece of work, as the test clock gives: a run created in one request carries the
   * same time in its record and in every event it records then, even when the millisecond turns meanwhile.
   */
  now(): number {
    if (this.#pinned === undefined) {
      this.#pinned = Date.now();
      setImmediate(() => {
        this.#pinned = undefined;
      });
    }
    return this.#pinned;
  }
}

/** RFC 3339 UTC with milliseconds, the protocol's timestamp form. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
