import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { surelyBefore } from '../src/harness/real-time.js';

scenario(
  {
    id: 'receipt-quote-expired',
    title: 'A quote is usable until its expires_at in host time; after it, runs and settlements naming it are refused with 409',
    rules: ['RECEIPT-QUOTE-EXPIRED'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement();
    const { quote } = entitlement;
    const untilExpiryMs = Date.parse(quote.expires_at) - (await t.clock.now()).now_ms;
    // A quote's lifetime is the host's choice (SPEC.md §7.1): one that ends at once leaves nothing to test before it.
    if (!(untilExpiryMs >= 2)) return t.inapplicable(`the quote expires ${untilExpiryMs} ms from now; nothing to test before expiry`);
    const runRequest = {
      trust_profile_id: entitlement.trustProfileId,
      quote_id: quote.quote_id,
      credit_entitlement_id: entitlement.entitlementId,
      requested_tool: quote.requested_tool,
      requested_capability: quote.requested_capability,
    };
    const settlementRequest = () => ({
      request_type: 'agent_settlement_request',
      quote_id: quote.quote_id,
      settlement_provider: 'manual_invoice',
      provider_transaction_ref: `atk-${randomUUID()}`,
      credits: 2,
      credit_entitlement_id: entitlement.entitlementId,
    });

    // One millisecond before expires_at the quote still backs a run and a settlement. In real time the kit's clock
    // stands for the host's within the allowance (SPEC.md §13.7): an answer read later than that is not judged.
    const realTime = t.clock.mode === 'real_time';
    const expiresMs = Date.parse(quote.expires_at);
    if (!realTime) await t.clock.advance(untilExpiryMs - 1);
    for (const [path, body] of [['/api/agents/run', runRequest], ['/api/agents/settlements', settlementRequest()]] as const) {
      const usable = await t.http.request('POST', path, { body, idempotencyKey: randomUUID() });
      if (!realTime || surelyBefore(expiresMs)) t.assertStatus('RECEIPT-QUOTE-EXPIRED', usable, 201);
    }

    await t.clock.advance(realTime ? Math.max(1, expiresMs - Date.now() + 1) : 2);
    const before = (await t.api.entitlement(entitlement.entitlementId)).body;
    const refusedRun = await t.http.request('POST', '/api/agents/run', { body: runRequest, idempotencyKey: randomUUID() });
    t.assertProblem('RECEIPT-QUOTE-EXPIRED', refusedRun, 409, 'quote-expired');
    const refusedSettlement = await t.http.request('POST', '/api/agents/settlements', { body: settlementRequest(), idempotencyKey: randomUUID() });
    t.assertProblem('RECEIPT-QUOTE-EXPIRED', refusedSettlement, 409, 'quote-expired');
    t.assertEqual('RECEIPT-QUOTE-EXPIRED', 'entitlement after the refused run and settlement', (await t.api.entitlement(entitlement.entitlementId)).body, before);
  },
);
