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
    if (t.caps.seams.tenants?.batch === true) {
      // Protocol 1.1 (SPEC.md §13.4): `count` mints that many tenants, each as a request of its own would.
      const batch = await t.http.request('POST', '/api/agents/_seams/tenants', { apiKey: null, body: { count: 2 } });
      t.assertStatus('SEAMS-TENANTS', batch, 201);
      const listed = validate('tenant-credentials-list', batch.json);
      t.assertTrue('SEAMS-TENANTS', 'the answer to count 2 validates against tenant-credentials-list.schema.json', listed.ok, {
        expected: '{ tenants: [{ tenant_id, api_key }, …] }',
        observed: listed.ok ? 'valid' : listed.errors,
      });
      const minted = listed.ok ? listed.value.tenants : [];
      const all = [first, second, ...minted];
      t.assertTrue('SEAMS-TENANTS', 'count 2 mints two more tenants, each with an id and a key of its own', minted.length === 2 && new Set(all.map((c) => c.tenant_id)).size === 4 && new Set(all.map((c) => c.api_key)).size === 4, {
        expected: '2 tenants, every tenant_id and api_key distinct from the others',
        observed: { tenants: minted.length, distinct_ids: new Set(all.map((c) => c.tenant_id)).size, distinct_keys: new Set(all.map((c) => c.api_key)).size },
      });
      for (const tenant of minted) {
        const path = `/api/agents/tasks/${encodeURIComponent(token)}/ledger`;
        t.assertProblem('SEAMS-TENANTS', await t.http.request('GET', path, { apiKey: tenant.api_key }), 404, 'not-found');
      }
      // The tenants of one batch are apart from each other as well: what one makes, the other does not see.
      const [a, b] = minted;
      if (a !== undefined && b !== undefined) {
        const made = await t.http.request('POST', '/api/agents/trust-profiles', {
          apiKey: a.api_key,
          body: { agent_name: 'batch tenant', data_policy: { allowed_data_modes: ['metadata_only'] }, prohibited_inputs_acknowledged: true },
        });
        t.assertStatus('SEAMS-TENANTS', made, 201);
        const id = (made.json as { trust_profile_id?: unknown } | undefined)?.trust_profile_id;
        const seen = await t.http.request('GET', `/api/agents/trust-profiles/${encodeURIComponent(String(id))}`, { apiKey: b.api_key });
        t.assertProblem('SEAMS-TENANTS', seen, 404, 'not-found');
      }
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
