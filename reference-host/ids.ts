/** Identifiers and secrets the host hands out. */
import { randomBytes, randomFillSync, randomUUID } from 'node:crypto';
import type { FaultSet } from './faults.js';
import type { VariantSet } from './variants.js';

const ID_RANDOM_BYTES = 12;
/** Random bytes drawn per system call for ids, as Node's own randomUUID() caches them. */
const ID_POOL_BYTES = ID_RANDOM_BYTES * 341;
const idPool = Buffer.alloc(ID_POOL_BYTES);
let idPoolOffset = ID_POOL_BYTES;

/**
 * Opaque object id with a readable prefix, e.g. `run_3f9a…`: 96 random bits, each byte used once. Unique, not
 * secret. Under the variant uuid-identifiers, a bare UUID v4 instead (SPEC §2.2: ids are opaque).
 */
export function newId(prefix: string, variants: VariantSet): string {
  if (variants.has('uuid-identifiers')) return randomUUID();
  if (idPoolOffset === ID_POOL_BYTES) {
    randomFillSync(idPool);
    idPoolOffset = 0;
  }
  const start = idPoolOffset;
  idPoolOffset += ID_RANDOM_BYTES;
  return `${prefix}_${idPool.toString('hex', start, idPoolOffset)}`;
}

/** Issues bearer-grade secrets: status tokens and API keys, each from its own fresh random bytes. */
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
