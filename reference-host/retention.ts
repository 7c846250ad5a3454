/**
 * Bounded memory for runs (SPEC §4.6). A run that has ended (closed or failed) is kept, with every document
 * served from it, for `closedRunRetentionMs` of host time and while it is among its tenant's
 * `maxClosedRunsPerTenant` most recently ended runs; then it is forgotten and its URLs answer 404 like an id
 * that never existed (no tombstone is kept: tombstones would need a bound of their own). A tenant holds at
 * most `maxRunsInFlightPerTenant` runs that have not ended; another run request is refused with 429.
 */
import type { HostCore } from './core.js';
import type { EventDraft } from './ledger.js';
import type { RunRecord, Tenant } from './model.js';
import { problem, ProblemError } from './problems.js';
import type { ScheduledTask } from './scheduler.js';
import { tenantKey } from './store.js';

export class RunRetention {
  /** Ended runs and when they ended, in the order they ended: expiry order, since all share one retention time. */
  readonly #ended = new Map<RunRecord, number>();
  readonly #endedByTenant = new Map<string, Set<RunRecord>>();
  readonly #inFlight = new Map<string, number>();
  #sweep: ScheduledTask | undefined;

  /** Ledger listener: a run starts being in flight when created and stops when it ends. */
  noteAppend(core: HostCore, run: RunRecord, draft: EventDraft): void {
    if (draft.type === 'run_created') this.#count(run.tenantId, 1);
    else if ((draft.to === 'closed' || draft.to === 'failed') && !this.#ended.has(run)) this.#noteEnded(core, run);
  }

  /** Refuses a new run with 429 when the tenant already has its most runs in flight; writes nothing. */
  admit(core: HostCore, tenant: Tenant): void {
    const limit = core.config.maxRunsInFlightPerTenant;
    if ((this.#inFlight.get(tenant.tenantId) ?? 0) < limit) return;
    // A run's next step is due one step from now: by then one may have ended.
    const retryAfter = String(Math.max(1, Math.ceil(core.config.stepDurationMs / 1000)));
    throw new ProblemError(
      problem('too-many-requests', `this tenant has ${limit} runs in flight, the most it may have; retry when one has ended`, {}, { 'retry-after': retryAfter }),
    );
  }

  #count(tenantId: string, delta: number): void {
    const count = (this.#inFlight.get(tenantId) ?? 0) + delta;
    if (count > 0) this.#inFlight.set(tenantId, count);
    else this.#inFlight.delete(tenantId);
  }

  #noteEnded(core: HostCore, run: RunRecord): void {
    this.#count(run.tenantId, -1);
    this.#ended.set(run, core.clock.now());
    let mine = this.#endedByTenant.get(run.tenantId);
    if (mine === undefined) this.#endedByTenant.set(run.tenantId, (mine = new Set()));
    mine.add(run);
    while (mine.size > core.config.maxClosedRunsPerTenant) this.#forget(core, mine.values().next().value!);
    this.#armSweep(core);
  }

  /** One task for every ended run: at the oldest one's expiry it forgets all expired runs, then waits for the next. */
  #armSweep(core: HostCore): void {
    const retentionMs = core.config.closedRunRetentionMs;
    if (this.#sweep !== undefined || !Number.isFinite(retentionMs)) return;
    const oldest = this.#ended.values().next();
    if (oldest.done === true) return;
    this.#sweep = core.scheduler.at(oldest.value + retentionMs, 'closed run expiry', () => {
      this.#sweep = undefined;
      const nowMs = core.clock.now();
      for (const [run, endedAtMs] of this.#ended) {
        if (endedAtMs + retentionMs > nowMs) break;
        this.#forget(core, run);
      }
      this.#armSweep(core);
    });
  }

  /** Removes the run and every document served from it; shared documents (settlements, entitlements) stay. */
  #forget(core: HostCore, run: RunRecord): void {
    const store = core.store;
    store.runs.delete(run.token);
    store.runsByWorkOrder.delete(run.workOrderId);
    store.usageReceipts.delete(run.usageReceiptId);
    const key = tenantKey(run.tenantId, run.contractId);
    const contract = store.contracts.get(key);
    if (contract !== undefined) {
      const at = contract.runs.indexOf(run);
      if (at !== -1) contract.runs.splice(at, 1);
      if (contract.runs.length === 0) store.contracts.delete(key);
    }
    if (run.alertIds.length > 0) {
      let kept = 0;
      for (const alert of store.alerts) if (alert.runToken !== run.token) store.alerts[kept++] = alert;
      store.alerts.length = kept;
    }
    this.#ended.delete(run);
    const mine = this.#endedByTenant.get(run.tenantId);
    mine?.delete(run);
    if (mine?.size === 0) this.#endedByTenant.delete(run.tenantId);
  }
}
