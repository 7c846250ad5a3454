import { HarnessError, scenario } from '../src/harness/index.js';
import { validate } from '../src/validate.js';
import { definedCounts, expectedCounts } from '../src/harness/checks/queue-counts.js';
import type { QueueMonitor } from '../generated/types.js';

scenario(
  {
    id: 'seams-tenants',
    title: 'POST /_seams/tenants creates a fresh tenant whose new key works and who sees nothing of other tenants',
    rules: ['SEAMS-TENANTS'],
    requires: ['seams.tenants'],
  },
  async (t) => {
    // Activity in this scenario's own tenant, which a fresh tenant must not see.
    const { token, entitlement } = await t.flows.createRun({ callback: false });

    const credentials: Array<{ tenant_id: string; api_key: string }> = [];
    for (const body of [{}, undefined]) {
      const exchange = await t.http.request('POST', '/api/agents/_seams/tenants', { apiKey: null, ...(body ? { body } : {}) });
      t.assertStatus('SEAMS-TENANTS', exchange, 201);
      const checked = validate('tenant-credentials', exchange.json);
      t.assertTrue('SEAMS-TENANTS', 'the answer validates against tenant-credentials.schema.json', checked.ok, {
        expected: '{ tenant_id, api_key }',
        observed: checked.ok ? 'valid' : checked.errors,
      });
      if (checked.ok) credentials.push(checked.value);
    }
    const [first, second] = credentials;
    // Each answer was checked above, and an invalid one has ended the scenario.
    if (first === undefined || second === undefined) throw new HarnessError('seams-tenants: a tenant-credentials answer passed its checks but was not kept');
    t.assertTrue('SEAMS-TENANTS', 'two calls create two tenants with different keys', first.tenant_id !== second.tenant_id && first.api_key !== second.api_key, {
      expected: 'distinct tenant_id and api_key',
      observed: { tenant_ids: [first.tenant_id, second.tenant_id], same_key: first.api_key === second.api_key },
    });

    const asFresh = { apiKey: first.api_key };
    const created = await t.http.request('POST', '/api/agents/trust-profiles', {
      ...asFresh,
      body: { agent_name: 'fresh tenant', data_policy: { allowed_data_modes: ['metadata_only'] }, prohibited_inputs_acknowledged: true },
    });
    t.assertStatus('SEAMS-TENANTS', created, 201);

    for (const path of [
      `/api/agents/tasks/${encodeURIComponent(token)}/ledger`,
      `/api/agents/entitlements/${encodeURIComponent(entitlement.entitlementId)}`,
      `/api/agents/trust-profiles/${encodeURIComponent(entitlement.trustProfileId)}`,
    ]) {
      t.assertProblem('SEAMS-TENANTS', await t.http.request('GET', path, asFresh), 404, 'not-found');
    }
    if (t.caps.queue_monitor.supported) {
      const monitor = await t.http.request('GET', '/api/agents/queue/monitor', asFresh);
      t.assertStatus('SEAMS-TENANTS', monitor, 200);
      // Only the counts SPEC.md §10.1 defines: a host MAY add members of its own (§2.2), counts or not.
      const served = (monitor.json as { counts?: QueueMonitor['counts'] } | undefined)?.counts;
      t.assertEqual('SEAMS-TENANTS', "the fresh tenant's queue monitor counts no run", served === undefined ? served : definedCounts(served), expectedCounts([], 0));
      const alerts = await t.http.request('GET', '/api/agents/queue/alerts', asFresh);
      t.assertEqual('SEAMS-TENANTS', "the fresh tenant's stuck-task alerts", (alerts.json as { items?: unknown } | undefined)?.items, []);
    }
  },
);
