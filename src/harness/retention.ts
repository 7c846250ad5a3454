/**
 * Keeping waits inside a host's retention of ended runs (SPEC.md §4.6). A host may forget a run some time after
 * it ended; every URL of the run then answers 404, rightly. A host that forgets ended runs advertises how long it
 * keeps them (`limits.closed_run_retention_ms`), so the kit lets no more host time pass than that after the
 * earliest end of a run the scenario has read: a run it reads again is one the host must still serve.
 */
import type { HostCapabilities } from '../../generated/types.js';
import type { Exchange } from './transcript.js';

/** The advertised retention of ended runs in ms, or null when the host advertises none (it forgets none). */
export function advertisedRetentionMs(caps: HostCapabilities): number | null {
  const retentionMs = caps.limits.closed_run_retention_ms;
  return typeof retentionMs === 'number' && Number.isSafeInteger(retentionMs) && retentionMs > 0 ? retentionMs : null;
}

/**
 * The advertised bound on a tenant's runs in flight (not yet closed or failed), or null when the host advertises
 * none (SPEC.md §4.6: at least 10). A scenario that needs more runs in flight at once ends some first.
 */
export function advertisedRunsInFlight(caps: HostCapabilities): number | null {
  const bound = caps.limits.max_runs_in_flight_per_tenant;
  return typeof bound === 'number' && Number.isSafeInteger(bound) && bound > 0 ? bound : null;
}

/** Host ms before the earliest end a read that must still find the run is made; covers a host ending "after" inclusively. */
export const RETENTION_MARGIN_MS = 1000;

/** The earliest host time at which a run the scenario has read ended, from every run record it was answered. */
export class EndedRuns {
  #earliestEndMs: number | undefined;

  /** Notes the end of a run record (closed or failed) in a successful answer. */
  observe(exchange: Pick<Exchange, 'status' | 'json'>): void {
    if (exchange.status < 200 || exchange.status > 299) return;
    const endMs = endOf(exchange.json);
    if (endMs !== undefined && (this.#earliestEndMs === undefined || endMs < this.#earliestEndMs)) this.#earliestEndMs = endMs;
  }

  get earliestEndMs(): number | undefined {
    return this.#earliestEndMs;
  }

  /**
   * Host ms that may still pass, from `nowMs`, before the host may forget a run the scenario has read ended
   * (Infinity when it forgets none or none has been read ended; never below 0).
   */
  keptForMs(retentionMs: number | null, nowMs: number): number {
    if (retentionMs === null || this.#earliestEndMs === undefined) return Number.POSITIVE_INFINITY;
    return Math.max(0, this.#earliestEndMs + retentionMs - RETENTION_MARGIN_MS - nowMs);
  }
}

/**
 * When an ended run record says it ended: the earliest of `closed_at`, `updated_at` and the time of its last event
 * into `closed` or `failed`. A record that contradicts itself is judged elsewhere; here the earliest is the safe one.
 */
export function endOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (record['object_type'] !== 'agent_task_run' || (record['state'] !== 'closed' && record['state'] !== 'failed')) return undefined;
  const times = [record['closed_at'], record['updated_at']];
  const history = Array.isArray(record['state_history']) ? (record['state_history'] as unknown[]) : [];
  for (const event of history) {
    const members = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
    if (members['to_state'] === 'closed' || members['to_state'] === 'failed') times.push(members['occurred_at']);
  }
  const known = times.map((time) => (typeof time === 'string' ? Date.parse(time) : Number.NaN)).filter(Number.isFinite);
  return known.length > 0 ? Math.min(...known) : undefined;
}
