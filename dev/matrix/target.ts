/**
 * The reference host as the matrix's scenario target: a fresh in-process host per scenario with the fault
 * switched on, as the embedded target builds it, except that what a faulty host throws is counted instead of
 * printed, its callbacks may only reach loopback (a fault that accepts any callback URL must not make the kit
 * call out to a private network), and a probe may hear every fault guard the host evaluates.
 */
import { randomBytes } from 'node:crypto';
import { createReferenceHost, FaultSet } from '../../reference-host/index.js';
import type { FaultId } from '../../reference-host/index.js';
import { EMBEDDED_BASE_URL, type TargetDriver } from '../../src/harness/index.js';

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

function loopbackOnly(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    return Promise.reject(new TypeError(`matrix hosts deliver callbacks to loopback only, not ${url.host}`));
  }
  return fetch(input, init);
}

export interface HostHooks {
  onHostError(error: unknown): void;
  /** Hears every fault guard evaluated, on or off. */
  onGuard?(id: FaultId): void;
}

export function faultyHostTarget(faults: readonly string[], hooks: HostHooks): TargetDriver {
  return {
    hostUrl: `embedded:reference-host${faults.map((f) => `+${f}`).join('')}`,
    async open() {
      const apiKey = `atk_matrix_${randomBytes(16).toString('hex')}`;
      const host = createReferenceHost({
        conformance: true,
        faults: new FaultSet(faults, hooks.onGuard),
        tenants: [{ apiKey, tenantId: 'kit-configured-tenant' }],
        fetch: loopbackOnly,
        onError: (error) => hooks.onHostError(error),
      });
      return { baseUrl: EMBEDDED_BASE_URL, apiKey, fetch: (request) => host.fetch(request), close: () => host.close() };
    },
  };
}
