/**
 * Discovery and gating. The capabilities document is fetched once per suite and validated; a capability the
 * host declares makes its scenarios mandatory, an undeclared one makes them inapplicable with the reason.
 */
import type { HostCapabilities } from '../../generated/types.js';
import { digest } from '../jcs.js';
import { validate } from '../validate.js';
import { TransportError } from './errors.js';
import type { HostHttp } from './http.js';
import { jsonBodyProblem } from './limits.js';

/** Capability paths a scenario may require; each names a block (or seam) with a `supported` flag. */
export const CAPABILITY_PATHS = [
  'callbacks',
  'replay',
  'queue_monitor',
  'idempotency',
  'agent_runtime',
  'attestation_statement',
  'seams',
  'seams.test_clock',
  'seams.scripted_runs',
  'seams.tenants',
] as const;

export type CapabilityPath = (typeof CAPABILITY_PATHS)[number];

export const CAPABILITIES_PATH = '/api/agents/capabilities';

export type Discovery =
  | { ok: true; document: HostCapabilities; digest: string }
  /** `transport`: the host gave no HTTP answer at all, so nothing else can be reached either. */
  | { ok: false; reason: string; transport?: true };

export function isCapabilityPath(path: string): path is CapabilityPath {
  return (CAPABILITY_PATHS as readonly string[]).includes(path);
}

/**
 * Null when the host declares `path`, otherwise the reason a scenario needing it is inapplicable. A seam
 * counts only when `seams.supported` is true as well.
 */
export function missingCapability(caps: HostCapabilities, path: CapabilityPath): string | null {
  const segments = path.split('.');
  let node: unknown = caps;
  for (const [i, segment] of segments.entries()) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    const supported = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)['supported'] : undefined;
    if (supported !== true) return `host does not declare ${segments.slice(0, i + 1).join('.')}.supported`;
  }
  return null;
}

export function firstMissingCapability(caps: HostCapabilities, paths: readonly CapabilityPath[]): string | null {
  for (const path of paths) {
    const reason = missingCapability(caps, path);
    if (reason !== null) return reason;
  }
  return null;
}

/** Reads and validates the capabilities document without authentication. Never throws for host behaviour. */
export async function discover(http: HostHttp): Promise<Discovery> {
  let exchange;
  try {
    exchange = await http.request('GET', CAPABILITIES_PATH, { apiKey: null });
  } catch (error) {
    if (error instanceof TransportError) return { ok: false, reason: `capabilities document unavailable: ${error.message}`, transport: true };
    throw error;
  }
  if (exchange.status !== 200) {
    return { ok: false, reason: `capabilities document unavailable: GET ${exchange.url} answered ${exchange.status}` };
  }
  const checked = validate('host-capabilities', exchange.json);
  if (!checked.ok) {
    const problem = exchange.json === undefined ? jsonBodyProblem(exchange.text, exchange.bodyError) : null;
    if (problem !== null) return { ok: false, reason: `capabilities document unavailable: GET ${exchange.url}: ${problem}` };
    const errors = checked.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`).join('; ');
    return { ok: false, reason: `capabilities document does not validate against host-capabilities: ${errors}` };
  }
  return { ok: true, document: checked.value, digest: digest(checked.value) };
}
