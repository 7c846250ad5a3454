/**
 * Idempotency-Key handling (IETF draft; contract §12): per (tenant, method, path, key) the first request's
 * fingerprint and answer are kept for key_lifetime_ms of host time. A repeat with the same body replays
 * the answer, a different body is refused with 422, a repeat while the first is in flight with 409.
 */
import { createHash } from 'node:crypto';
import { digest } from '../src/jcs.js';
import type { HostCore } from './core.js';
import { JSON_TYPE, JsonText, type Reply } from './problems.js';
import type { ScheduledTask } from './scheduler.js';

interface KeyRecord {
  readonly tenantId: string;
  readonly fingerprint: string;
  /** From then on a repeat is a new request; the sweep only frees the memory. */
  readonly expiresAtMs: number;
  /** Undefined while the first request is in flight. */
  reply: Reply | undefined;
}

export type KeyClaim =
  | { kind: 'claimed'; finish(reply: Reply): void; abandon(): void }
  | { kind: 'replay'; reply: Reply }
  | { kind: 'in_flight' }
  | { kind: 'reused' }
  /** The tenant holds its most keys (config maxIdempotencyKeysPerTenant) until its oldest expires. */
  | { kind: 'full'; retryAfterSeconds: number };

export interface KeyScope {
  readonly tenantId: string;
  readonly method: string;
  readonly path: string;
  readonly key: string;
}

/** Digest of the body's JCS form when it is JSON, of its raw bytes otherwise. */
export function requestFingerprint(raw: Uint8Array, parsed: { ok: true; value: unknown } | { ok: false }): string {
  if (parsed.ok) {
    try {
      return digest(parsed.value);
    } catch {
      // Not representable in JCS (e.g. a lone surrogate): the bytes still identify the request.
    }
  }
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

export class IdempotencyKeys {
  readonly #core: HostCore;
  /** In claim order (a claim re-inserts its key at the end), which is expiry order: every key has one lifetime. */
  readonly #records = new Map<string, KeyRecord>();
  /** The same records per tenant, in the same order: what bounds each tenant's share. */
  readonly #byTenant = new Map<string, Map<string, KeyRecord>>();
  #sweep: ScheduledTask | undefined;

  constructor(core: HostCore) {
    this.#core = core;
  }

  claim(scope: KeyScope, fingerprint: string): KeyClaim {
    const faults = this.#core.faults;
    const id = [faults.has('idempotency-global-keys') ? '' : scope.tenantId, scope.method, scope.path, scope.key].join('\u0000');
    const lifetimeMs = faults.has('idempotency-keys-expire-early')
      ? 3_600_000
      : faults.has('idempotency-never-expires')
        ? Number.POSITIVE_INFINITY
        : this.#core.config.idempotencyKeyLifetimeMs;
    const nowMs = this.#core.clock.now();
    const existing = this.#records.get(id);
    const live = existing !== undefined && nowMs < existing.expiresAtMs;
    if (live && (existing.reply !== undefined || !faults.has('idempotency-no-in-flight'))) {
      if (existing.fingerprint !== fingerprint && !faults.has('idempotency-no-422')) return { kind: 'reused' };
      if (existing.reply === undefined) return { kind: 'in_flight' };
      return { kind: 'replay', reply: existing.reply };
    }
    if (existing !== undefined) this.#drop(id, existing);
    const full = this.#full(scope.tenantId, nowMs, lifetimeMs);
    if (full !== undefined) return full;
    const record: KeyRecord = { tenantId: scope.tenantId, fingerprint, expiresAtMs: nowMs + lifetimeMs, reply: undefined };
    this.#records.set(id, record);
    let mine = this.#byTenant.get(scope.tenantId);
    if (mine === undefined) this.#byTenant.set(scope.tenantId, (mine = new Map()));
    mine.set(id, record);
    this.#armSweep();
    return {
      kind: 'claimed',
      finish: (reply) => {
        record.reply = compact(reply);
      },
      abandon: () => this.#drop(id, record),
    };
  }

  /** A refusal when the tenant holds its most keys, counting only keys still live. */
  #full(tenantId: string, nowMs: number, lifetimeMs: number): KeyClaim | undefined {
    const mine = this.#byTenant.get(tenantId);
    if (mine === undefined || mine.size < this.#core.config.maxIdempotencyKeysPerTenant) return undefined;
    for (const [id, record] of mine) {
      if (record.expiresAtMs > nowMs) break;
      this.#drop(id, record);
    }
    if (mine.size < this.#core.config.maxIdempotencyKeysPerTenant) return undefined;
    const oldest: KeyRecord = mine.values().next().value!;
    const waitMs = Number.isFinite(oldest.expiresAtMs) ? oldest.expiresAtMs - nowMs : lifetimeMs;
    return { kind: 'full', retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  #drop(id: string, record: KeyRecord): void {
    if (this.#records.get(id) === record) this.#records.delete(id);
    const mine = this.#byTenant.get(record.tenantId);
    if (mine?.get(id) !== record) return;
    mine.delete(id);
    if (mine.size === 0) this.#byTenant.delete(record.tenantId);
  }

  /** One task for every key: at the oldest key's expiry it forgets all expired keys, then waits for the next. */
  #armSweep(): void {
    if (this.#sweep !== undefined) return;
    const oldest: KeyRecord | undefined = this.#records.values().next().value;
    if (oldest === undefined || !Number.isFinite(oldest.expiresAtMs)) return;
    this.#sweep = this.#core.scheduler.at(oldest.expiresAtMs, 'idempotency key expiry', () => {
      this.#sweep = undefined;
      const nowMs = this.#core.clock.now();
      for (const [id, record] of this.#records) {
        if (record.expiresAtMs > nowMs) break;
        this.#drop(id, record);
      }
      this.#armSweep();
    });
  }
}

/**
 * A stored answer as the text it is sent as: a quarter of the memory of the document it was built from, and
 * replayed byte for byte. Problems stay documents: `instance` is added to them when they are sent.
 */
function compact(reply: Reply): Reply {
  if (reply.contentType !== JSON_TYPE || reply.body instanceof JsonText) return reply;
  return { ...reply, body: new JsonText(JSON.stringify(reply.body)) };
}
