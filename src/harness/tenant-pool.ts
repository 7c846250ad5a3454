/**
 * Tenants minted ahead for the scenarios of one run against a host at a URL (SPEC.md §13.4 `count`): a request
 * mints a batch, and each scenario takes a fresh tenant from it instead of minting its own. A batch the host
 * does not answer as SPEC.md says is not used: the scenarios then mint their tenants one at a time, and
 * seams-tenants judges the batch.
 */
import { registerSecret } from '../secrets.js';
import { validate } from '../validate.js';
import { API_BASE } from '../protocol/api-base.js';
import type { HostHealth } from './health.js';
import { HostHttp } from './http.js';
import type { TargetDriver } from './target.js';
import { Transcript } from './transcript.js';

/** SPEC.md §13.4: tenants one request mints at most. */
export const MAX_TENANTS_PER_BATCH = 32;

export interface TenantCredentials {
  tenantId: string;
  apiKey: string;
}

/** The tenants in a valid batch answer of `count` tenants with distinct ids and keys; undefined otherwise. */
function batchTenants(json: unknown, count: number): TenantCredentials[] | undefined {
  const checked = validate('tenant-credentials-list', json);
  if (!checked.ok || checked.value.tenants.length !== count) return undefined;
  const tenants = checked.value.tenants.map((t) => ({ tenantId: t.tenant_id, apiKey: t.api_key }));
  const distinct = (pick: (t: TenantCredentials) => string) => new Set(tenants.map(pick)).size === count;
  return distinct((t) => t.tenantId) && distinct((t) => t.apiKey) ? tenants : undefined;
}

export class TenantPool {
  readonly #ready: TenantCredentials[] = [];
  #minting: Promise<void> | undefined;
  #failed = false;
  /** Tenants the run may still ask for: one per scenario not started. */
  #wanted: number;
  readonly #transcript = new Transcript();

  constructor(
    private readonly target: TargetDriver,
    scenarios: number,
    private readonly options: { requestTimeoutMs: number; health?: HostHealth },
  ) {
    this.#wanted = scenarios;
  }

  /** Requests the pool sent to the host. */
  get exchanges(): number {
    return this.#transcript.count;
  }

  /** A fresh tenant minted for this scenario, or undefined when the host would not mint a batch. */
  async take(): Promise<TenantCredentials | undefined> {
    while (this.#ready.length === 0 && !this.#failed && this.#wanted > 0) {
      this.#minting ??= this.#mint(Math.min(this.#wanted, MAX_TENANTS_PER_BATCH)).finally(() => {
        this.#minting = undefined;
      });
      await this.#minting;
    }
    this.#wanted = Math.max(0, this.#wanted - 1);
    return this.#ready.shift();
  }

  async #mint(count: number): Promise<void> {
    const session = await this.target.open();
    try {
      const http = new HostHttp({
        baseUrl: session.baseUrl,
        fetch: session.fetch,
        transcript: this.#transcript,
        requestTimeoutMs: this.options.requestTimeoutMs,
        defaultApiKey: async () => null,
        ...(this.options.health ? { health: this.options.health } : {}),
      });
      const answer = await http.request('POST', `${API_BASE}/_seams/tenants`, { body: { count }, apiKey: null });
      const tenants = answer.status === 201 ? batchTenants(answer.json, count) : undefined;
      if (tenants === undefined) {
        this.#failed = true;
        return;
      }
      for (const tenant of tenants) registerSecret(tenant.apiKey);
      this.#ready.push(...tenants);
    } catch {
      // No answer: the scenarios mint their own tenants and meet the silence themselves.
      this.#failed = true;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
