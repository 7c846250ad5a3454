/** Tenants, bearer API keys and the one tenant check every resource lookup goes through. */
import type { HostCore } from './core.js';
import { newId } from './ids.js';
import type { Owned, Tenant } from './model.js';
import { refuse } from './problems.js';

export function createTenant(core: HostCore, preset?: Tenant): Tenant {
  const tenant: Tenant = preset ?? { tenantId: newId('tenant', core.variants), apiKey: core.tokens.apiKey() };
  core.store.tenantsByApiKey.set(tenant.apiKey, tenant);
  return tenant;
}

/** The tenant named by `Authorization: Bearer <api key>`, or undefined. */
export function authenticate(core: HostCore, authorization: string | null): Tenant | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  return match ? core.store.tenantsByApiKey.get(match[1]!) : undefined;
}

/**
 * A record visible to `tenant`: its own, never another tenant's. Another tenant's record is reported
 * exactly like an unknown id, so ids leak nothing.
 */
export function visibleTo<T extends Owned>(core: HostCore, record: T | undefined, tenant: Tenant): T | undefined {
  if (record === undefined) return undefined;
  if (record.tenantId !== tenant.tenantId && !core.faults.has('tenant-cross-read')) return undefined;
  return record;
}

export function requireVisible<T extends Owned>(core: HostCore, record: T | undefined, tenant: Tenant, what: string): T {
  const visible = visibleTo(core, record, tenant);
  if (visible === undefined) refuse('not-found', `no ${what} with that id`);
  return visible;
}
