import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'idempotency-tenant-scoped',
    title: 'The same Idempotency-Key used by two tenants with different bodies names two requests, each processed for its own tenant',
    rules: ['IDEMPOTENCY-TENANT-SCOPED'],
    requires: ['idempotency', 'seams.tenants'],
  },
  async (t) => {
    const other = await t.tenant();
    const fundedA = await t.flows.fundedTenantEntitlement();
    const fundedB = await other.flows.fundedTenantEntitlement();
    const key = randomUUID();

    const createdA = await t.http.request('POST', '/api/agents/run', { body: runRequestFor(fundedA), idempotencyKey: key });
    const createdB = await other.http.request('POST', '/api/agents/run', { body: runRequestFor(fundedB), idempotencyKey: key });
    t.assertStatus('IDEMPOTENCY-TENANT-SCOPED', createdA, 201);
    t.assertStatus('IDEMPOTENCY-TENANT-SCOPED', createdB, 201);
    const runA = createdA.json as { agent_task_run_id?: string; credit_entitlement_id?: string };
    const runB = createdB.json as { agent_task_run_id?: string; credit_entitlement_id?: string };
    t.assertTrue('IDEMPOTENCY-TENANT-SCOPED', 'the two tenants got two different runs', runA.agent_task_run_id !== runB.agent_task_run_id, {
      expected: 'different agent_task_run_id values',
      observed: [runA.agent_task_run_id, runB.agent_task_run_id],
    });
    t.assertEqual('IDEMPOTENCY-TENANT-SCOPED', "second tenant's run spends its own entitlement", runB.credit_entitlement_id, fundedB.entitlementId);
    const positionB = (await other.api.entitlement(fundedB.entitlementId)).body;
    t.assertEqual('IDEMPOTENCY-TENANT-SCOPED', "second tenant's reservation", positionB.credits_reserved, fundedB.quote.credits_quoted);

    // Each tenant's stored answer stays its own.
    const againA = await t.http.request('POST', '/api/agents/run', { body: runRequestFor(fundedA), idempotencyKey: key });
    const againB = await other.http.request('POST', '/api/agents/run', { body: runRequestFor(fundedB), idempotencyKey: key });
    t.assertEqual('IDEMPOTENCY-TENANT-SCOPED', 'first tenant repeating its request gets its own answer', againA.json, createdA.json);
    t.assertEqual('IDEMPOTENCY-TENANT-SCOPED', 'second tenant repeating its request gets its own answer', againB.json, createdB.json);

    // The same holds for settlements.
    const settlementKey = randomUUID();
    const settledA = await t.http.request('POST', '/api/agents/settlements', { body: topUpRequestFor(fundedA, 2), idempotencyKey: settlementKey });
    const settledB = await other.http.request('POST', '/api/agents/settlements', { body: topUpRequestFor(fundedB, 2), idempotencyKey: settlementKey });
    t.assertEqual('IDEMPOTENCY-TENANT-SCOPED', 'settlements by both tenants under one key', [settledA.status, settledB.status], [201, 201]);
    t.assertEqual('IDEMPOTENCY-TENANT-SCOPED', "second tenant's settlement funds its own entitlement", (settledB.json as { credit_entitlement_id?: string }).credit_entitlement_id, fundedB.entitlementId);
  },
);
