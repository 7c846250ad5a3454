/**
 * `serve`'s limit flags: how long ended runs are kept and how many, runs in flight and idempotency keys per
 * tenant (SPEC.md §4.6, §12). The host advertises what it is given in its capabilities' `limits`.
 */
import type { HostLimits } from '../../reference-host/config.js';
import { wholeNumberFlag } from './whole-number.js';

export const LIMIT_OPTIONS = {
  'closed-run-retention-ms': {
    type: 'string',
    valueName: 'MS',
    description: 'host time an ended run and its documents are kept, at least 3600000 (default 86400000; unlimited with --conformance)',
  },
  'max-closed-runs': { type: 'string', valueName: 'N', description: 'ended runs kept per tenant, at least 10 (default 1000; 10000 with --conformance)' },
  'max-runs-in-flight': { type: 'string', valueName: 'N', description: 'runs not yet ended per tenant, at least 10; more answer 429 (default 100; 1000 with --conformance)' },
  'max-idempotency-keys': {
    type: 'string',
    valueName: 'N',
    description: 'stored idempotency keys per tenant; more answer 429 (default 20000; 100000 with --conformance)',
  },
} as const;

export type LimitValues = { [K in keyof typeof LIMIT_OPTIONS]?: string | undefined };

/** Largest count or duration accepted: beyond it a bound no longer bounds anything. */
const MAX_VALUE = 1_000_000_000_000;

/** The limits the flags set, or the first problem with them. */
export function parseLimits(values: LimitValues): { ok: true; limits: Partial<HostLimits> } | { ok: false; message: string } {
  const limits: { -readonly [K in keyof HostLimits]?: HostLimits[K] } = {};
  const flags: ReadonlyArray<[keyof LimitValues, keyof HostLimits, number]> = [
    // The floors SPEC.md §4.6 sets, so that what the host advertises validates.
    ['closed-run-retention-ms', 'closedRunRetentionMs', 3_600_000],
    ['max-closed-runs', 'maxClosedRunsPerTenant', 10],
    ['max-runs-in-flight', 'maxRunsInFlightPerTenant', 10],
    ['max-idempotency-keys', 'maxIdempotencyKeysPerTenant', 1],
  ];
  for (const [flag, key, min] of flags) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = wholeNumberFlag(flag, text, min, MAX_VALUE);
    if (typeof value === 'string') return { ok: false, message: value };
    limits[key] = value;
  }
  return { ok: true, limits };
}
