import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'idempotency-payload-mismatch',
    title: 'A used Idempotency-Key sent with a different body is refused with 422 idempotency-key-reused and creates nothing',
    rules: ['IDEMPOTENCY-PAYLOAD-MISMATCH'],
    requires: ['idempotency'],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    const runBody = runRequestFor(funded, { workflow_context: { attempt: 'first' } });
    const runKey = randomUUID();
    const created = await t.http.request('POST', '/api/agents/run', { body: runBody, idempotencyKey: runKey });
    t.ensure('LIFECYCLE-RUN-CREATED-LINKS', 'POST /run of a funded run request answers 201', created.status === 201, { expected: '201', observed: created.status });
    const position = (await t.api.entitlement(funded.entitlementId)).body;

    const changed = await t.http.request('POST', '/api/agents/run', {
      body: { ...runBody, workflow_context: { attempt: 'second' } },
      idempotencyKey: runKey,
    });
    t.assertProblem('IDEMPOTENCY-PAYLOAD-MISMATCH', changed, 422, 'idempotency-key-reused');
    t.assertEqual('IDEMPOTENCY-PAYLOAD-MISMATCH', 'entitlement after the refused run creation', (await t.api.entitlement(funded.entitlementId)).body, position);

    const settlementBody = topUpRequestFor(funded, 5);
    const settlementKey = randomUUID();
    const settled = await t.http.request('POST', '/api/agents/settlements', { body: settlementBody, idempotencyKey: settlementKey });
    t.ensure('LIFECYCLE-DOCUMENTS-VALID', 'POST /settlements topping up the entitlement with a new provider reference answers 201', settled.status === 201, {
      expected: '201',
      observed: settled.status,
    });
    const fundedOnce = (await t.api.entitlement(funded.entitlementId)).body;
    // A different provider reference would be a new settlement; under the used key it must be refused.
    const other = await t.http.request('POST', '/api/agents/settlements', {
      body: { ...settlementBody, provider_transaction_ref: `mismatch-${randomUUID()}` },
      idempotencyKey: settlementKey,
    });
    t.assertProblem('IDEMPOTENCY-PAYLOAD-MISMATCH', other, 422, 'idempotency-key-reused');
    t.assertEqual('IDEMPOTENCY-PAYLOAD-MISMATCH', 'entitlement after the refused settlement', (await t.api.entitlement(funded.entitlementId)).body, fundedOnce);

    // The stored answer is untouched: the original body under the key still replays it.
    const original = await t.http.request('POST', '/api/agents/run', { body: runBody, idempotencyKey: runKey });
    t.assertEqual('IDEMPOTENCY-PAYLOAD-MISMATCH', 'original request under the key after the refusal', { status: original.status, body: original.json }, {
      status: created.status,
      body: created.json,
    });
  },
);
