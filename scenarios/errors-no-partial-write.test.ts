import { randomUUID } from 'node:crypto';
import { missingCapability, scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';
import type { RuleId } from '../src/rules.js';

scenario(
  {
    id: 'errors-no-partial-write',
    title: 'Refused run creations and settlements leave the entitlement, the queue counts and the alerts (of a tenant of its own) exactly as they were',
    rules: ['ERRORS-NO-PARTIAL-WRITE'],
    requires: [],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    // Runs reserve the entitlement until one more cannot be covered.
    let position = (await t.api.entitlement(funded.entitlementId)).body;
    const created: string[] = [];
    for (let i = 0; i < 8 && position.remaining_credits >= funded.quote.credits_quoted; i += 1) {
      created.push((await t.flows.createRun({ entitlement: funded, callback: false })).token);
      position = (await t.api.entitlement(funded.entitlementId)).body;
    }
    const scarce = position.remaining_credits < funded.quote.credits_quoted;
    const untrusted = (await t.api.createTrustProfile({
      agent_name: 'agent without acknowledgement',
      data_policy: { allowed_data_modes: ['public_safe_demo'] },
      prohibited_inputs_acknowledged: false,
    })).body;
    // A host without the test clock moves the runs on its own: only runs at rest leave the entitlement still.
    if (t.clock.mode === 'real_time') for (const token of created) await t.flows.runToRest(token);
    // Counts and alerts are the tenant's: only a tenant of this scenario's own keeps them still for the comparison.
    const monitored = missingCapability(t.caps, 'queue_monitor') === null && missingCapability(t.caps, 'seams.tenants') === null;
    const snapshot = async () => jcs({
      entitlement: (await t.api.entitlement(funded.entitlementId)).body,
      counts: monitored ? (await t.api.queueMonitor()).body.counts : null,
      alerts: monitored ? (await t.api.alerts()).body.items : null,
    });
    // `refusedBy`: the rule that makes the host refuse the request.
    const refusals: { label: string; path: string; body: unknown; refusedBy: RuleId }[] = [
      { label: 'run naming an unknown quote', path: '/api/agents/run', body: runRequestFor(funded, { quote_id: 'quote_unknown' }), refusedBy: 'ERRORS-NOT-FOUND' },
      { label: 'run under a trust profile that is not approved', path: '/api/agents/run', body: runRequestFor(funded, { trust_profile_id: untrusted.trust_profile_id }), refusedBy: 'SECURITY-TRUST-APPROVED' },
      { label: 'run with a request that fails its schema', path: '/api/agents/run', body: runRequestFor(funded, { expected_outputs: 'not a list' }), refusedBy: 'ERRORS-INVALID-BODY' },
      // An operator may allow a private target outside conformance mode (SPEC §14.4), and a host without
      // callbacks has no delivery to refuse it for: then an accepted run is no finding.
      ...(t.caps.callbacks.supported
        ? [{ label: 'run with a callback on a private address', path: '/api/agents/run', body: runRequestFor(funded, { callback_url: 'http://192.168.0.10/hook' }), refusedBy: 'SECURITY-CALLBACK-TARGET' as const }]
        : []),
      ...(scarce ? [{ label: 'run the entitlement cannot cover', path: '/api/agents/run', body: runRequestFor(funded), refusedBy: 'RECEIPT-NO-OVERDRAFT' as const }] : []),
      {
        label: 'settlement reusing a provider reference with other credits',
        path: '/api/agents/settlements',
        body: topUpRequestFor(funded, funded.settlementReceipt.credits_funded + 10, {
          provider_transaction_ref: funded.settlementReceipt.provider_transaction_ref,
        }),
        refusedBy: 'RECEIPT-IDEMPOTENT-FUNDING',
      },
    ];
    // Whether each request is refused is the business of its own rule, judged once every refusal was.
    const unrefused: { label: string; status: number; rule: RuleId }[] = [];
    for (const { label, path, body, refusedBy } of refusals) {
      const before = await snapshot();
      const refused = await t.http.request('POST', path, { body, idempotencyKey: randomUUID() });
      if (refused.status < 400 || refused.status >= 500) {
        unrefused.push({ label, status: refused.status, rule: refused.status >= 500 ? 'ERRORS-NO-5XX-ON-CLIENT-INPUT' : refusedBy });
        continue;
      }
      t.assertEqual('ERRORS-NO-PARTIAL-WRITE', `${label} (refused ${refused.status}): entitlement, queue counts and alerts afterwards`, await snapshot(), before);
    }
    for (const { label, status, rule } of unrefused) {
      t.ensure(rule, `the ${label} is refused with a 4xx`, false, { expected: 'a 4xx problem', observed: status });
    }
  },
);
