/**
 * Where scenario requests go. A URL target is one long-lived host reached with global fetch; the embedded
 * target is a fresh in-process reference host per scenario whose handler is called directly (no socket).
 */
import { randomBytes } from 'node:crypto';
import { registerSecret } from '../secrets.js';
import type { FetchLike } from './http.js';
import type { Target } from './outcome.js';

export interface HostSession {
  baseUrl: string;
  /** The configured key: used when the host offers no tenants seam. */
  apiKey: string | null;
  fetch: FetchLike;
  close(): Promise<void>;
}

export interface TargetDriver {
  /** How reports name the host. */
  readonly hostUrl: string;
  /** One session per scenario. */
  open(): Promise<HostSession>;
}

/** Origin of embedded requests; `.invalid` never resolves, so nothing can leak to a real network by mistake. */
export const EMBEDDED_BASE_URL = 'http://reference-host.invalid';
export const EMBEDDED_HOST_URL = 'embedded:reference-host';

export function embeddedTarget(faults: readonly string[], variants: readonly string[] = []): TargetDriver {
  return {
    hostUrl: EMBEDDED_HOST_URL,
    async open() {
      // Loaded on demand so URL runs never load the reference host.
      const { createReferenceHost } = await import('../../reference-host/index.js');
      const apiKey = `atk_embedded_${randomBytes(16).toString('hex')}`;
      registerSecret(apiKey);
      const host = createReferenceHost({
        conformance: true,
        faults: [...faults],
        variants: [...variants],
        tenants: [{ apiKey, tenantId: 'kit-configured-tenant' }],
      });
      return {
        baseUrl: EMBEDDED_BASE_URL,
        apiKey,
        fetch: (request) => host.fetch(request),
        close: () => host.close(),
      };
    },
  };
}

export function urlTarget(baseUrl: string, apiKey: string | null): TargetDriver {
  const normalized = baseUrl.replace(/\/+$/, '');
  return {
    hostUrl: normalized,
    async open() {
      return { baseUrl: normalized, apiKey, fetch: (request) => fetch(request), close: async () => {} };
    },
  };
}

export function targetDriver(target: Target): TargetDriver {
  return target.kind === 'embedded' ? embeddedTarget(target.faults, target.variants) : urlTarget(target.baseUrl, target.apiKey);
}
