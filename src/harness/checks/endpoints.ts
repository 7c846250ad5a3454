/**
 * The endpoint table of SPEC.md §3.1 as data, for the scenarios that sweep every endpoint (authentication,
 * tenant isolation, unknown resources, methods, status agreement), the ids of one real run to fill it, and
 * what a sweep of refused requests must leave unchanged.
 */
import type { AgentTaskRun, HostCapabilities } from '../../../generated/types.js';
import { jcs } from '../../jcs.js';
import { API_BASE } from '../../protocol/api-base.js';
import { missingCapability } from '../capabilities.js';
import type { CapabilityPath } from '../capabilities.js';
import type { ScenarioContext } from '../context.js';
import type { CreatedRun, FundedEntitlement } from '../flows.js';

/** The path parameters of the protocol's resources. */
export type ResourceId = 'trust_profile_id' | 'settlement_id' | 'credit_entitlement_id' | 'token' | 'receipt_id' | 'contract_id' | 'work_order_id';

export interface Endpoint {
  method: 'GET' | 'POST';
  /** Path template under /api/agents, e.g. `/tasks/{token}/ledger`. */
  template: string;
  /** The parameter naming the resource, when the path has one. */
  resource?: ResourceId;
  /** No API key needed. */
  public?: boolean;
  /** Only served by hosts declaring this capability. */
  capability?: CapabilityPath;
}


export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', template: '/capabilities', public: true },
  { method: 'POST', template: '/trust-profiles' },
  { method: 'GET', template: '/trust-profiles/{trust_profile_id}', resource: 'trust_profile_id' },
  { method: 'POST', template: '/quote' },
  { method: 'POST', template: '/settlements' },
  { method: 'GET', template: '/settlements/{settlement_id}/receipt', resource: 'settlement_id' },
  { method: 'GET', template: '/entitlements/{credit_entitlement_id}', resource: 'credit_entitlement_id' },
  { method: 'POST', template: '/run' },
  { method: 'GET', template: '/status/{token}', resource: 'token' },
  { method: 'GET', template: '/tasks/{token}/ledger', resource: 'token' },
  { method: 'GET', template: '/tasks/{token}/attestation', resource: 'token' },
  { method: 'GET', template: '/tasks/{token}/attestation/statement', resource: 'token', capability: 'attestation_statement' },
  { method: 'GET', template: '/tasks/{token}/result', resource: 'token' },
  { method: 'GET', template: '/tasks/{token}/result-contract', resource: 'token' },
  { method: 'GET', template: '/tasks/{token}/callback-payload', resource: 'token' },
  { method: 'GET', template: '/tasks/{token}/callback-attempts', resource: 'token', capability: 'callbacks' },
  { method: 'GET', template: '/tasks/{token}/exceptions', resource: 'token', capability: 'replay' },
  { method: 'POST', template: '/tasks/{token}/recover', resource: 'token', capability: 'replay' },
  { method: 'GET', template: '/tasks/{token}/replay-package', resource: 'token', capability: 'replay' },
  { method: 'POST', template: '/tasks/{token}/replay', resource: 'token', capability: 'replay' },
  { method: 'POST', template: '/tasks/{token}/commands', resource: 'token', capability: 'queue_monitor' },
  { method: 'GET', template: '/receipts/{receipt_id}', resource: 'receipt_id' },
  { method: 'GET', template: '/contracts/{contract_id}', resource: 'contract_id' },
  { method: 'GET', template: '/work-orders/{work_order_id}', resource: 'work_order_id' },
  { method: 'GET', template: '/queue/monitor', capability: 'queue_monitor' },
  { method: 'GET', template: '/queue/alerts', capability: 'queue_monitor' },
  { method: 'GET', template: '/_seams/clock', capability: 'seams.test_clock' },
  { method: 'POST', template: '/_seams/clock/advance', capability: 'seams.test_clock' },
  { method: 'POST', template: '/_seams/tenants', public: true, capability: 'seams.tenants' },
];

/** The endpoints a host with these capabilities serves. */
export function servedEndpoints(caps: HostCapabilities): Endpoint[] {
  return ENDPOINTS.filter((e) => e.capability === undefined || missingCapability(caps, e.capability) === null);
}

/** `template` with its parameter replaced (URI-encoded) and the /api/agents prefix. */
export function endpointPath(endpoint: Endpoint, ids: Readonly<Partial<Record<ResourceId, string>>>): string {
  const path = endpoint.template.replace(/\{([a-z_]+)\}/g, (_, name: string) => encodeURIComponent(ids[name as ResourceId] ?? ''));
  return API_BASE + path;
}

/** The last path segment of a URL the host served (an id it links by URL only). */
export function lastSegment(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const segments = new URL(url).pathname.split('/').filter((s) => s.length > 0);
  const last = segments.at(-1);
  return last === undefined ? undefined : decodeURIComponent(last);
}

/**
 * Every resource id of one run and the entitlement that funded it, read from the documents the host served;
 * ids the run does not have yet (a receipt before the result) are left out.
 */
export function idsOfRun(run: AgentTaskRun, token: string, entitlement: FundedEntitlement): Partial<Record<ResourceId, string>> {
  const ids: Partial<Record<ResourceId, string | undefined>> = {
    trust_profile_id: entitlement.trustProfileId,
    settlement_id: entitlement.settlementReceipt.settlement_id,
    credit_entitlement_id: entitlement.entitlementId,
    token,
    receipt_id: lastSegment(run.usage_receipt_url ?? run.receipt_url),
    contract_id: run.contract_id ?? lastSegment(run.run_contract_url),
    work_order_id: run.work_order_id,
  };
  return Object.fromEntries(Object.entries(ids).filter(([, id]) => id !== undefined)) as Partial<Record<ResourceId, string>>;
}

export interface SweepTarget {
  run: CreatedRun;
  /** The run's resource ids, to fill endpoint paths with. */
  ids: Partial<Record<ResourceId, string>>;
  /**
   * The JCS form of what refused requests must not change: the run as served at its ledger URL, its
   * entitlement and, with a test clock, host time.
   */
  snapshot(): Promise<string>;
}

/**
 * A run without a callback (on `entitlement` when given) to aim a sweep of refused requests at. With
 * `toRest` and a test clock it is first taken to rest, so that its receipts exist too.
 */
export async function sweepTarget(
  t: Pick<ScenarioContext, 'api' | 'caps' | 'clock' | 'flows'>,
  options: { entitlement?: FundedEntitlement; toRest?: boolean } = {},
): Promise<SweepTarget> {
  const run = await t.flows.createRun({ callback: false, ...(options.entitlement ? { entitlement: options.entitlement } : {}) });
  const clocked = missingCapability(t.caps, 'seams.test_clock') === null;
  // A host without the test clock moves the run on its own: only a run at rest gives a snapshot that a
  // refused request alone could change (SPEC.md §13.7).
  const record = options.toRest === true || !clocked ? await t.flows.runToRest(run.token) : run.created;
  const snapshot = async (): Promise<string> =>
    jcs([
      (await t.api.ledger(run.token)).body,
      (await t.api.entitlement(run.entitlement.entitlementId)).body,
      clocked ? (await t.clock.now()).now_ms : null,
    ]);
  return { run, ids: idsOfRun(record, run.token, run.entitlement), snapshot };
}
