import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'receipt-idempotent-funding',
    title: 'A repeated provider transaction returns the original receipt and funds nothing; a changed one is a 409 conflict',
    rules: ['RECEIPT-IDEMPOTENT-FUNDING'],
  },
  async (t) => {
    const quote = (await t.api.quote()).body;
    const request = {
      request_type: 'agent_settlement_request',
      quote_id: quote.quote_id,
      settlement_provider: 'circle_usdc',
      provider_transaction_ref: `atk-${randomUUID()}`,
      credits: 9,
    };
    // A fresh Idempotency-Key each time: the provider reference alone must protect the money.
    const settle = (body: Record<string, unknown>, http = t.http) =>
      http.request('POST', '/api/agents/settlements', { body, idempotencyKey: randomUUID() });

    const first = await settle(request);
    t.assertStatus('RECEIPT-IDEMPOTENT-FUNDING', first, 201);
    const receipt = (first.json ?? {}) as { credit_entitlement_id?: unknown; settlement_id?: string };
    t.ensure('LIFECYCLE-DOCUMENTS-VALID', 'the settlement receipt names its credit_entitlement_id', typeof receipt.credit_entitlement_id === 'string', {
      expected: 'a credit_entitlement_id string',
      observed: first.json,
    });
    const entitlementId = receipt.credit_entitlement_id as string;
    const balances = async (): Promise<Record<string, unknown>> => {
      const { body } = await t.api.entitlement(entitlementId);
      return { credits_funded: body.credits_funded, remaining_credits: body.remaining_credits, settlement_receipt_ids: body.settlement_receipt_ids };
    };
    const funded = await balances();
    t.assertEqual('RECEIPT-IDEMPOTENT-FUNDING', 'credits_funded after the first settlement', funded['credits_funded'], 9);

    const repeat = await settle(request);
    t.assertStatus('RECEIPT-IDEMPOTENT-FUNDING', repeat, 200);
    t.assertEqual('RECEIPT-IDEMPOTENT-FUNDING', 'receipt answered to the repeated settlement vs the original', repeat.json, first.json);
    t.assertEqual('RECEIPT-IDEMPOTENT-FUNDING', 'entitlement after the repeat (nothing more funded)', await balances(), funded);

    const changed: Array<[string, Record<string, unknown>]> = [
      ['different credits', { ...request, credits: 10 }],
      ['a top-up of the same entitlement', { ...request, credit_entitlement_id: entitlementId }],
    ];
    for (const [what, body] of changed) {
      t.assertProblem('RECEIPT-IDEMPOTENT-FUNDING', await settle(body), 409, 'settlement-conflict');
      t.assertEqual('RECEIPT-IDEMPOTENT-FUNDING', `entitlement after the refused settlement with ${what}`, await balances(), funded);
    }
    if (t.caps.seams.supported && t.caps.seams.tenants?.supported === true) {
      const other = await t.tenant();
      const otherQuote = (await other.api.quote()).body;
      const conflict = await settle({ ...request, quote_id: otherQuote.quote_id }, other.http);
      t.assertProblem('RECEIPT-IDEMPOTENT-FUNDING', conflict, 409, 'settlement-conflict');
      t.assertEqual('RECEIPT-IDEMPOTENT-FUNDING', "another tenant's settlement with the same provider reference reveals nothing", conflict.text.includes(receipt.settlement_id ?? '\u0000'), false);
    }
  },
);
