/**
 * Host time per tenant (SPEC.md §13.2, per-tenant clocks). A tenant minted with a clock of its own is served by a
 * view of the host's core whose clock, due-queue and runner pulse are its own; the store, faults and settings stay
 * shared. A request runs on its tenant's view and the work it schedules keeps that view, so an advance through one
 * tenant's key performs that tenant's work only. Views are passed explicitly: AsyncLocalStorage would carry them
 * too, but on Node 20 it slows every promise of the process.
 */
import { VirtualClock, type HostClock } from './clock.js';
import type { HostCore } from './core.js';
import type { Scheduler } from './scheduler.js';

export class TimeLines {
  readonly #base: HostCore;
  readonly #byTenant = new Map<string, HostCore>();
  readonly #newScheduler: (clock: HostClock) => Scheduler;

  /** `newScheduler` makes the due-queue a new view drains. */
  constructor(base: HostCore, newScheduler: (clock: HostClock) => Scheduler) {
    this.#base = base;
    this.#newScheduler = newScheduler;
  }

  /** The core that serves `tenantId`: its own view, one it shares, or the host-wide core. */
  of(tenantId: string | undefined): HostCore {
    return (tenantId === undefined ? undefined : this.#byTenant.get(tenantId)) ?? this.#base;
  }

  /** The view `tenantId` was given, if any. */
  assigned(tenantId: string): HostCore | undefined {
    return this.#byTenant.get(tenantId);
  }

  /** A new view whose test clock starts at the host-wide clock's time. */
  fork(): HostCore {
    const clock = new VirtualClock(this.#base.clock.now());
    return Object.create(this.#base, {
      clock: { value: clock, enumerable: true },
      scheduler: { value: this.#newScheduler(clock), enumerable: true },
      lastPulseMs: { value: null, writable: true, enumerable: true },
    }) as HostCore;
  }

  assign(tenantId: string, view: HostCore): void {
    this.#byTenant.set(tenantId, view);
  }

  /** Stops every due-queue, the host-wide one and each view's. */
  async close(): Promise<void> {
    await Promise.all([...new Set([this.#base, ...this.#byTenant.values()])].map((core) => core.scheduler.close()));
  }
}
