import { randomUUID } from 'node:crypto';
import { missingCapability, scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'errors-no-partial-write',
    title: 'Refused run creations and settlements leave the entitlement, the queue counts and the alerts exactly as they were',
    rules: ['ERRORS-NO-PARTIAL-WRITE'],
    requires: [],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    // Runs reserve the entitlement until one more cannot be covered.
    let position = (await t.api.entitlement(funded.entitlementId)).body;
    for (let i = 0; i < 8 && position.remaining_credits >= funded.quote.credits_quoted; i += 1) {
      await t.flows.createRun({ entitlement: funded, callback: false });
      position = (await t.api.entitlement(funded.entitlementId)).body;
    }
    const scarce = position.remaining_credits < funded.quote.credits_quoted;
    const untrusted = (await t.api.createTrustProfile({
      agent_name: 'agent without acknowledgement',
      data_policy: { allowed_data_modes: ['public_safe_demo'] },
      prohibited_inputs_acknowledged: false,
    })).body;
    const monitored = missingCapability(t.caps, 'queue_monitor') === null;
    const snapshot = async () => jcs({
      entitlement: (await t.api.entitlement(funded.entitlementId)).body,
      counts: monitored ? (await t.api.queueMonitor()).body.counts : null,
      alerts: monitored ? (await t.api.alerts()).body.items : null,
    });
    const refusals: { label: string; path: string; body: unknown }[] = [
      { label: 'run naming an unknown quote', path: '/api/agents/run', body: runRequestFor(funded, { quote_id: 'quote_unknown' }) },
      { label: 'run under a trust profile that is not approved', path: '/api/agents/run', body: runRequestFor(funded, { trust_profile_id: untrusted.trust_profile_id }) },
      { label: 'run with a request that fails its schema', path: '/api/agents/run', body: runRequestFor(funded, { expected_outputs: 'not a list' }) },
      { label: 'run with a callback on a private address', path: '/api/agents/run', body: runRequestFor(funded, { callback_url: 'http://192.168.0.10/hook' }) },
      ...(scarce ? [{ label: 'run the entitlement cannot cover', path: '/api/agents/run', body: runRequestFor(funded) }] : []),
      {
        label: 'settlement reusing a provider reference with other credits',
        path: '/api/agents/settlements',
        body: topUpRequestFor(funded, funded.settlementReceipt.credits_funded + 10, {
          provider_transaction_ref: funded.settlementReceipt.provider_transaction_ref,
        }),
      },
    ];
    // Whether each request is refused is the business of its own rule; an accepted one blocks this check.
    const accepted: string[] = [];
    for (const { label, path, body } of refusals) {
      const before = await snapshot();
      const refused = await t.http.request('POST', path, { body, idempotencyKey: randomUUID() });
      if (refused.status < 400 || refused.status >= 500) {
        accepted.push(`${label}: ${refused.status}`);
        continue;
      }
      t.assertEqual('ERRORS-NO-PARTIAL-WRITE', `${label} (refused ${refused.status}): entitlement, queue counts and alerts afterwards`, await snapshot(), before);
    }
    if (accepted.length > 0) return t.blocked(`requests meant to be refused were not: ${accepted.join('; ')}`);
  },
);
