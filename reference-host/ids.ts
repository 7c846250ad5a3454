/** Identifiers and secrets the host hands out. */
import { randomBytes } from 'node:crypto';
import type { FaultSet } from './faults.js';

/** Opaque object id with a readable prefix, e.g. `run_3f9a…`. Unique, not secret. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

/** Issues bearer-grade secrets: status tokens and API keys. */
export class TokenIssuer {
  readonly #faults: FaultSet;
  #issued = 0;

  constructor(faults: FaultSet) {
    this.#faults = faults;
  }

  /** A status token: 32 random bytes (256 bits) as base64url, unrelated to any id. */
  statusToken(): string {
    this.#issued++;
    if (this.#faults.has('tokens-sequential')) return `tok_${String(this.#issued).padStart(24, '0')}`;
    return randomBytes(32).toString('base64url');
  }

  apiKey(): string {
    return `atk_${randomBytes(32).toString('base64url')}`;
  }
}
