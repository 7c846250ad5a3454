import { randomUUID } from 'node:crypto';
import type { CapabilityPath } from '../src/harness/index.js';
import { missingCapability, scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { runRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'errors-invalid-body',
    title: 'JSON bodies that fail their request schema are refused with 400 invalid-request whose errors name each failing path and keyword',
    rules: ['ERRORS-INVALID-BODY'],
    requires: [],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    const run = await t.flows.createRun({ entitlement: funded, callback: false });
    // In real time the run moves on its own: compared at rest, only the refusals could change it.
    if (t.clock.mode === 'real_time') await t.flows.runToRest(run.token);
    const quote = {
      request_type: 'agent_quote_request',
      requested_tool: funded.quote.requested_tool,
      requested_capability: 'schema_check',
      estimate_basis: { records_count: 1, files_count: 0, needs_callback: false },
    };
    const runRequest = runRequestFor(funded);
    const cases: { needs?: CapabilityPath; path: string; body: unknown; failures: [string, string][] }[] = [
      { path: '/api/agents/quote', body: {}, failures: [['', 'required']] },
      { path: '/api/agents/quote', body: { ...quote, estimate_basis: { ...quote.estimate_basis, records_count: -1 } }, failures: [['/estimate_basis/records_count', 'minimum']] },
      {
        path: '/api/agents/trust-profiles',
        body: { agent_name: 'schema check', data_policy: { allowed_data_modes: ['everything'] }, prohibited_inputs_acknowledged: 'yes' },
        failures: [['/data_policy/allowed_data_modes/0', 'enum'], ['/prohibited_inputs_acknowledged', 'type']],
      },
      {
        path: '/api/agents/settlements',
        body: { request_type: 'agent_settlement_request', quote_id: funded.quote.quote_id, settlement_provider: 'paypal', provider_transaction_ref: `schema-${randomUUID()}`, credits: 1.5 },
        failures: [['/settlement_provider', 'enum'], ['/credits', 'type']],
      },
      { path: '/api/agents/run', body: { ...runRequest, trust_profile_id: 42 }, failures: [['/trust_profile_id', 'type']] },
      { path: '/api/agents/run', body: { ...runRequest, expected_outputs: 'summary' }, failures: [['/expected_outputs', 'type']] },
      { needs: 'seams.scripted_runs', path: '/api/agents/run', body: { ...runRequest, test_script: { fail_at: 'nowhere' } }, failures: [['/test_script/fail_at', 'enum']] },
      { needs: 'queue_monitor', path: `/api/agents/tasks/${encodeURIComponent(run.token)}/commands`, body: { action: 'reboot' }, failures: [['/action', 'enum']] },
      { needs: 'replay', path: `/api/agents/tasks/${encodeURIComponent(run.token)}/replay`, body: { object_type: 'agent_replay_request' }, failures: [['', 'required']] },
      { needs: 'seams.test_clock', path: '/api/agents/_seams/clock/advance', body: { ms: 0 }, failures: [['/ms', 'minimum']] },
    ];
    const applicable = cases.filter((c) => c.needs === undefined || missingCapability(t.caps, c.needs) === null);
    const before = jcs([(await t.api.entitlement(funded.entitlementId)).body, (await t.api.ledger(run.token)).body]);

    for (const { path, body, failures } of applicable) {
      const exchange = await t.http.request('POST', path, { body, idempotencyKey: randomUUID() });
      t.assertProblem('ERRORS-INVALID-BODY', exchange, 400, 'invalid-request');
      const errors = ((exchange.json as { errors?: unknown }).errors ?? []) as { instancePath?: unknown; keyword?: unknown }[];
      const named = Array.isArray(errors) ? errors.map((e) => `${String(e.instancePath)} ${String(e.keyword)}`) : [];
      const missing = failures.map(([pointer, keyword]) => `${pointer} ${keyword}`).filter((pair) => !named.includes(pair));
      t.assertEqual('ERRORS-INVALID-BODY', `POST ${path} ${JSON.stringify(body).slice(0, 120)}: failing (instancePath keyword) pairs not named in errors`, missing, []);
    }
    const after = jcs([(await t.api.entitlement(funded.entitlementId)).body, (await t.api.ledger(run.token)).body]);
    t.assertEqual('ERRORS-INVALID-BODY', 'entitlement and run after the refused bodies', after, before);
  },
);
