import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';

interface SeamsBlock {
  supported?: unknown;
  test_clock?: { supported?: unknown };
  scripted_runs?: { supported?: unknown };
  tenants?: { supported?: unknown };
}

scenario(
  {
    id: 'discovery-seams-advertised',
    title: 'Each seam works exactly when it is advertised; an unadvertised seam route answers 404',
    rules: ['DISCOVERY-SEAMS-ADVERTISED'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('DISCOVERY-SEAMS-ADVERTISED', exchange, 200);
    const seams = ((exchange.json ?? {}) as { seams?: SeamsBlock }).seams;
    t.assertTrue('DISCOVERY-SEAMS-ADVERTISED', 'capabilities.seams is an object with a boolean supported', typeof seams?.supported === 'boolean', {
      expected: '{ "supported": true|false, … }',
      observed: seams,
    });
    // A seam counts as advertised only under an advertised seams block.
    const advertised = (name: 'test_clock' | 'scripted_runs' | 'tenants'): boolean =>
      seams?.supported === true && seams[name]?.supported === true;

    const clock = await t.http.request('GET', '/api/agents/_seams/clock');
    t.assertStatus('DISCOVERY-SEAMS-ADVERTISED', clock, advertised('test_clock') ? 200 : 404);
    const advance = await t.http.request('POST', '/api/agents/_seams/clock/advance', { body: { ms: 1 } });
    t.assertStatus('DISCOVERY-SEAMS-ADVERTISED', advance, advertised('test_clock') ? 200 : 404);

    const tenant = await t.http.request('POST', '/api/agents/_seams/tenants', { body: {}, apiKey: null });
    t.assertStatus('DISCOVERY-SEAMS-ADVERTISED', tenant, advertised('tenants') ? 201 : 404);

    const funded = await t.flows.fundedTenantEntitlement();
    const scripted = await t.http.request('POST', '/api/agents/run', {
      idempotencyKey: randomUUID(),
      body: {
        trust_profile_id: funded.trustProfileId,
        quote_id: funded.quote.quote_id,
        credit_entitlement_id: funded.entitlementId,
        requested_tool: funded.quote.requested_tool,
        requested_capability: funded.quote.requested_capability,
        test_script: { evidence_status: 'sufficient' },
      },
    });
    if (advertised('scripted_runs')) t.assertStatus('DISCOVERY-SEAMS-ADVERTISED', scripted, 201);
    else t.assertProblem('DISCOVERY-SEAMS-ADVERTISED', scripted, 400, 'invalid-request');
  },
);
