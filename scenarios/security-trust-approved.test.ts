import { randomUUID } from 'node:crypto';
import { missingCapability, scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { runRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'security-trust-approved',
    title: 'A run naming a trust profile that is not approved is refused with 403 trust-not-approved and reserves nothing',
    rules: ['SECURITY-TRUST-APPROVED'],
    requires: [],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    // The kit's way to an unapproved profile: not acknowledging the prohibited inputs.
    const profile = (await t.api.createTrustProfile({
      agent_name: 'agent that did not acknowledge prohibited inputs',
      data_policy: { allowed_data_modes: ['metadata_only'] },
      prohibited_inputs_acknowledged: false,
    })).body;
    // SPEC.md §7.1 states it alongside this rule, and it gives the kit its unapproved profile.
    t.ensure('SECURITY-TRUST-APPROVED', 'a profile whose request did not acknowledge the prohibited inputs is not approved', profile.review_status !== 'approved', {
      expected: 'a review_status other than "approved"',
      observed: profile.review_status,
    });
    // Counts are tenant-wide: they stand still only in a tenant of the scenario's own (other runs move them).
    const monitored = missingCapability(t.caps, 'queue_monitor') === null && missingCapability(t.caps, 'seams.tenants') === null;
    const snapshot = async () => jcs({
      entitlement: (await t.api.entitlement(funded.entitlementId)).body,
      counts: monitored ? (await t.api.queueMonitor()).body.counts : null,
    });
    const before = await snapshot();
    const refused = await t.http.request('POST', '/api/agents/run', {
      body: runRequestFor(funded, { trust_profile_id: profile.trust_profile_id }),
      idempotencyKey: randomUUID(),
    });
    t.assertProblem('SECURITY-TRUST-APPROVED', refused, 403, 'trust-not-approved');
    t.assertEqual('SECURITY-TRUST-APPROVED', `entitlement and queue counts after the refusal (profile ${profile.review_status})`, await snapshot(), before);

    // The same request under the approved profile goes through: the refusal was about trust alone.
    const accepted = await t.http.request('POST', '/api/agents/run', {
      body: runRequestFor(funded),
      idempotencyKey: randomUUID(),
    });
    t.assertStatus('SECURITY-TRUST-APPROVED', accepted, 201);
  },
);
