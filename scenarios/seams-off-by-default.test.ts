import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { loopbackAllowance } from '../src/harness/checks/loopback-allowance.js';

scenario(
  {
    id: 'seams-off-by-default',
    title: 'A host not in conformance mode answers 404 on every seam route and refuses test_script, and loopback callbacks unless its operator allows them',
    rules: ['SEAMS-OFF-BY-DEFAULT'],
  },
  async (t) => {
    // Only a host started without conformance mode can show its default; the kit's embedded host never is.
    if (t.caps.seams.supported) return t.inapplicable('the host runs in conformance mode (seams.supported is true): its default cannot be observed');

    for (const [method, path, body] of [
      ['GET', '/api/agents/_seams/clock', undefined],
      ['POST', '/api/agents/_seams/clock/advance', { ms: 1000 }],
      ['POST', '/api/agents/_seams/tenants', {}],
    ] as const) {
      t.assertProblem('SEAMS-OFF-BY-DEFAULT', await t.http.request(method, path, { ...(body ? { body } : {}), apiKey: null }), 404, 'not-found');
    }

    const entitlement = await t.flows.fundedTenantEntitlement();
    const run = {
      trust_profile_id: entitlement.trustProfileId,
      quote_id: entitlement.quote.quote_id,
      credit_entitlement_id: entitlement.entitlementId,
      requested_tool: entitlement.quote.requested_tool,
      requested_capability: entitlement.quote.requested_capability,
    };
    const scripted = await t.http.request('POST', '/api/agents/run', { body: { ...run, test_script: { evidence_status: 'sufficient' } }, idempotencyKey: randomUUID() });
    t.assertProblem('SEAMS-OFF-BY-DEFAULT', scripted, 400, 'invalid-request');
    const errors = (scripted.json as { errors?: Array<{ instancePath?: unknown; keyword?: unknown }> } | undefined)?.errors ?? [];
    t.assertTrue('SEAMS-OFF-BY-DEFAULT', 'the refusal names /test_script (SPEC.md §13.1)', errors.some((e) => e.instancePath === '/test_script' && e.keyword === 'not'), {
      expected: 'an errors entry with instancePath /test_script and keyword not',
      observed: errors,
    });
    // An operator may allow loopback (SPEC.md §14.4): judged only where the host shows no such allowance.
    if (t.caps.callbacks.supported && !(await loopbackAllowance(t)).allowed) {
      const loopback = await t.http.request('POST', '/api/agents/run', { body: { ...run, callback_url: 'http://127.0.0.1:9/callback' }, idempotencyKey: randomUUID() });
      t.assertProblem('SEAMS-OFF-BY-DEFAULT', loopback, 422, 'unsafe-callback-target');
    }
    t.assertEqual('SEAMS-OFF-BY-DEFAULT', 'entitlement after the refused runs', (await t.api.entitlement(entitlement.entitlementId)).body.credits_reserved, 0);
  },
);
