import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'idempotency-errors-stored',
    title: 'An error answer to a keyed request is stored: repeated after its cause is gone, it is replayed, not reprocessed',
    rules: ['IDEMPOTENCY-ERRORS-STORED'],
    requires: ['idempotency'],
  },
  async (t) => {
    // One credit funded: a run of the default quote cannot be reserved.
    const funded = await t.flows.fundedTenantEntitlement({ credits: 1 });
    if (funded.quote.credits_quoted <= 1) return t.inapplicable(`the default quote is ${funded.quote.credits_quoted} credit(s); a refusal for lack of credits needs more`);
    const body = runRequestFor(funded);
    const key = randomUUID();
    const refused = await t.http.request('POST', '/api/agents/run', { body, idempotencyKey: key });
    t.ensure('RECEIPT-NO-OVERDRAFT', `a run creation reserving ${funded.quote.credits_quoted} credits on an entitlement funded with 1 is refused`, refused.status === 402, {
      expected: '402',
      observed: refused.status,
    });

    // Remove the cause: top the entitlement up.
    await t.api.settle(topUpRequestFor(funded, funded.quote.credits_quoted * 2));
    const repeated = await t.http.request('POST', '/api/agents/run', { body, idempotencyKey: key });
    t.assertEqual('IDEMPOTENCY-ERRORS-STORED', 'the refused request repeated under its key after the top-up', {
      status: repeated.status,
      content_type: repeated.headers['content-type'],
      body: repeated.json,
    }, { status: refused.status, content_type: refused.headers['content-type'], body: refused.json });
    const position = (await t.api.entitlement(funded.entitlementId)).body;
    t.assertEqual('IDEMPOTENCY-ERRORS-STORED', 'credits reserved after the replayed refusal', position.credits_reserved, 0);

    // A new key is a new request, and now succeeds: the replay above was the stored answer, not a re-check.
    const fresh = await t.http.request('POST', '/api/agents/run', { body, idempotencyKey: randomUUID() });
    t.assertStatus('IDEMPOTENCY-ERRORS-STORED', fresh, 201);
  },
);
