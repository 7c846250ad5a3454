/**
 * Named faults: deliberate mistakes the conformance suite must catch. Each is switched on by id at
 * construction and implemented by one guarded expression at the exact place of the mistake, so the
 * catalog below doubles as an index of where each behaviour lives.
 */
import type { RuleId } from '../src/rules.js';

export interface FaultDefinition {
  readonly id: string;
  readonly description: string;
  /** The rules a conforming suite must report as failed when this fault is on. */
  readonly rules: readonly RuleId[];
}

export const FAULTS = [
  {
    id: 'ledger-sequence-gap',
    description: 'Ledger sequence numbers advance by 2, leaving a gap after every event.',
    rules: ['LEDGER-SEQUENCE'],
  },
  {
    id: 'ledger-hash-link-broken',
    description: "prev_event_hash is the digest of the previous event with its own prev_event_hash left out.",
    rules: ['LEDGER-HASH-LINK'],
  },
  {
    id: 'attestation-constant-digest',
    description: 'The attestation pins the seed placeholder sha256:demo-public-safe-placeholder instead of the package digest.',
    rules: ['ATTESTATION-DIGEST', 'ATTESTATION-NO-PLACEHOLDER'],
  },
  {
    id: 'settlement-receipt-usage-fields',
    description: 'The settlement receipt also carries consumption fields (credits_debited, meter_units).',
    rules: ['RECEIPT-SETTLEMENT-FUNDS-ONLY'],
  },
  {
    id: 'callback-webhook-id-changes',
    description: 'Every callback attempt carries a fresh webhook-id instead of the message id.',
    rules: ['CALLBACK-ID-STABLE'],
  },
  {
    id: 'callback-follows-redirects',
    description: 'Callback delivery follows 3xx redirects and counts the final answer.',
    rules: ['CALLBACK-NO-REDIRECT'],
  },
  {
    id: 'idempotency-no-422',
    description: 'A reused Idempotency-Key with a different body replays the stored answer instead of 422.',
    rules: ['IDEMPOTENCY-PAYLOAD-MISMATCH'],
  },
  {
    id: 'tenant-cross-read',
    description: "Resource lookups ignore the owning tenant, so one tenant reads another's runs and receipts.",
    rules: ['SECURITY-TENANT-ISOLATION'],
  },
  {
    id: 'tokens-sequential',
    description: 'Status tokens are a zero-padded counter instead of 256 random bits.',
    rules: ['SECURITY-TOKEN-ENTROPY'],
  },
  {
    id: 'overdraft-allowed',
    description: 'A run whose quote exceeds the remaining credits is accepted with whatever is left reserved.',
    rules: ['RECEIPT-NO-OVERDRAFT'],
  },
] as const satisfies readonly FaultDefinition[];

export type FaultId = (typeof FAULTS)[number]['id'];

const KNOWN: ReadonlySet<string> = new Set(FAULTS.map((f) => f.id));

export function isFaultId(id: string): id is FaultId {
  return KNOWN.has(id);
}

/** The fault switches of one host; read-only after construction. */
export class FaultSet {
  readonly #on: ReadonlySet<FaultId>;

  constructor(ids: readonly string[] = []) {
    const unknown = ids.filter((id) => !isFaultId(id));
    if (unknown.length > 0) {
      throw new RangeError(`unknown fault id(s) ${unknown.join(', ')}; known: ${[...KNOWN].join(', ')}`);
    }
    this.#on = new Set(ids as FaultId[]);
  }

  has(id: FaultId): boolean {
    return this.#on.has(id);
  }

  list(): FaultId[] {
    return [...this.#on];
  }
}
