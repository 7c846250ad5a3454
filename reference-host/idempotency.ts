/**
 * Idempotency-Key handling (IETF draft; contract §12): per (tenant, method, path, key) the first request's
 * fingerprint and answer are kept for key_lifetime_ms of host time. A repeat with the same body replays
 * the answer, a different body is refused with 422, a repeat while the first is in flight with 409.
 */
import { createHash } from 'node:crypto';
import { digest } from '../src/jcs.js';
import type { HostCore } from './core.js';
import type { Reply } from './problems.js';
import type { ScheduledTask } from './scheduler.js';

interface KeyRecord {
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
  | { kind: 'reused' };

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
    const record: KeyRecord = { fingerprint, expiresAtMs: nowMs + lifetimeMs, reply: undefined };
    this.#records.delete(id);
    this.#records.set(id, record);
    this.#armSweep();
    return {
      kind: 'claimed',
      finish: (reply) => {
        record.reply = reply;
      },
      abandon: () => {
        if (this.#records.get(id) === record) this.#records.delete(id);
      },
    };
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
        this.#records.delete(id);
      }
      this.#armSweep();
    });
  }
}
