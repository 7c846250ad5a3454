/**
 * The advertised limits the kit works within (SPEC.md §4.6), so that a refusal or a 404 it reports is never one
 * the host was entitled to. A host may forget a run some time after it ended (every URL of the run then answers
 * 404, rightly) and may refuse a run beyond the runs a tenant has in flight (429). It advertises both bounds
 * (`limits.closed_run_retention_ms`, `limits.max_runs_in_flight_per_tenant`): the kit lets no more host time pass
 * than the retention after the end of a run the scenario will read again, and creates no run beyond the bound.
 */
import type { HostCapabilities } from '../../generated/types.js';
import { TERMINAL_STATES } from '../protocol/states.js';
import type { Exchange } from './transcript.js';

/** The limits of SPEC.md §4.6 the kit reads (`limits.<name>`). */
export type AdvertisedLimit =
  | 'closed_run_retention_ms'
  | 'closed_runs_kept_per_tenant'
  | 'max_runs_in_flight_per_tenant'
  | 'max_idempotency_keys_per_tenant';

/** An advertised bound as a positive integer, or null when the host advertises none (it applies none). */
export function advertisedLimit(caps: HostCapabilities, name: AdvertisedLimit): number | null {
  const value: unknown = caps.limits[name];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** The advertised retention of ended runs in ms, or null when the host advertises none (it forgets none). */
export function advertisedRetentionMs(caps: HostCapabilities): number | null {
  return advertisedLimit(caps, 'closed_run_retention_ms');
}

/** The advertised bound on a tenant's runs not yet ended, or null when the host advertises none. */
export function advertisedInFlightLimit(caps: HostCapabilities): number | null {
  return advertisedLimit(caps, 'max_runs_in_flight_per_tenant');
}

/** Host ms before the earliest end a read that must still find the run is made; covers a host ending "after" inclusively. */
export const RETENTION_MARGIN_MS = 1000;

/** The runs the scenario has read ended (by `agent_task_run_id`) and when each ended, from every run record it was answered. */
export class EndedRuns {
  readonly #endMsById = new Map<string, number>();

  /** Notes the end of a run record (closed or failed) in a successful answer. */
  observe(exchange: Pick<Exchange, 'status' | 'json'>): void {
    if (exchange.status < 200 || exchange.status > 299) return;
    const endMs = endOf(exchange.json);
    const id = (exchange.json as Record<string, unknown> | undefined)?.['agent_task_run_id'];
    if (endMs === undefined || typeof id !== 'string') return;
    this.#endMsById.set(id, Math.min(endMs, this.#endMsById.get(id) ?? endMs));
  }

  /** Whether a record of the run was read ended. */
  hasEnded(runId: string): boolean {
    return this.#endMsById.has(runId);
  }

  /**
   * Host ms that may still pass, from `nowMs`, before the host may forget one of `runIds` (default: every run
   * read ended) that has ended; Infinity when it forgets none or none of them has been read ended; never below 0.
   */
  keptForMs(retentionMs: number | null, nowMs: number, runIds?: readonly string[]): number {
    const endMs = this.earliestEndMs(runIds);
    if (retentionMs === null || endMs === undefined) return Number.POSITIVE_INFINITY;
    return Math.max(0, endMs + retentionMs - RETENTION_MARGIN_MS - nowMs);
  }

  /** The earliest end among `runIds` (default: every run read ended), or undefined when none was read ended. */
  earliestEndMs(runIds?: readonly string[]): number | undefined {
    const ends = runIds === undefined ? [...this.#endMsById.values()] : runIds.flatMap((id) => this.#endMsById.get(id) ?? []);
    return ends.length === 0 ? undefined : Math.min(...ends);
  }
}

/**
 * When an ended run record says it ended: the earliest of `closed_at`, `updated_at` and the time of its events
 * into a terminal state. A record that contradicts itself is judged elsewhere; here the earliest is the safe one.
 */
const isTerminalValue = (state: unknown): boolean => (TERMINAL_STATES as readonly unknown[]).includes(state);

export function endOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (record['object_type'] !== 'agent_task_run' || !isTerminalValue(record['state'])) return undefined;
  const times = [record['closed_at'], record['updated_at']];
  const history = Array.isArray(record['state_history']) ? (record['state_history'] as unknown[]) : [];
  for (const event of history) {
    const members = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
    if (isTerminalValue(members['to_state'])) times.push(members['occurred_at']);
  }
  const known = times.map((time) => (typeof time === 'string' ? Date.parse(time) : Number.NaN)).filter(Number.isFinite);
  return known.length > 0 ? Math.min(...known) : undefined;
}
