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

  now(): number {
    return Date.now();
  }
}

/** RFC 3339 UTC with milliseconds, the protocol's timestamp form. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
