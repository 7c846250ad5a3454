import { randomUUID } from 'node:crypto';
import type { Exchange } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';

const CONSUMPTION_FIELDS = ['credits_debited', 'meter_units', 'agent_task_run_id', 'remaining_credits'];

scenario(
  {
    id: 'receipt-settlement-funds-only',
    title: 'A settlement receipt records the funded credits and no consumption, before and after runs spend them',
    rules: ['RECEIPT-SETTLEMENT-FUNDS-ONLY'],
    requires: [],
  },
  async (t) => {
    const trust = await t.api.createTrustProfile();
    const quote = (await t.api.quote()).body;
    const credits = quote.credits_quoted * 2 + 1;
    const settled = await t.http.request('POST', '/api/agents/settlements', {
      idempotencyKey: randomUUID(),
      body: {
        request_type: 'agent_settlement_request',
        quote_id: quote.quote_id,
        settlement_provider: 'x402',
        provider_transaction_ref: `atk-${randomUUID()}`,
        credits,
      },
    });
    t.assertStatus('RECEIPT-SETTLEMENT-FUNDS-ONLY', settled, 201);
    const answered = (settled.json ?? {}) as { settlement_id?: unknown; credit_entitlement_id?: unknown };
    t.ensure(
      'LIFECYCLE-DOCUMENTS-VALID',
      'the settlement receipt names its settlement_id and credit_entitlement_id',
      typeof answered.settlement_id === 'string' && typeof answered.credit_entitlement_id === 'string',
      { expected: 'settlement_id and credit_entitlement_id strings', observed: settled.json },
    );
    const receipt = answered as { settlement_id: string; credit_entitlement_id: string };

    const judge = (exchange: Exchange, when: string): void => {
      const document = (exchange.json ?? {}) as Record<string, unknown>;
      t.assertEqual(
        'RECEIPT-SETTLEMENT-FUNDS-ONLY',
        `settlement receipt ${when}: funding fields`,
        { receipt_type: document['receipt_type'], settlement_status: document['settlement_status'], credits_funded: document['credits_funded'] },
        { receipt_type: 'agent_settlement_receipt', settlement_status: 'credits_funded', credits_funded: credits },
      );
      t.assertEqual('RECEIPT-SETTLEMENT-FUNDS-ONLY', `settlement receipt ${when}: consumption fields present`, CONSUMPTION_FIELDS.filter((field) => field in document), []);
    };
    judge(settled, 'as issued');
    const receiptPath = `/api/agents/settlements/${encodeURIComponent(receipt.settlement_id)}/receipt`;
    judge(await t.http.request('GET', receiptPath), 'as served');

    // Spending the credits must not turn the funding record into a usage record.
    const settlementReceipt = (await t.api.settlementReceipt(receipt.settlement_id)).body;
    const entitlement = { trustProfileId: trust.body.trust_profile_id, quote, settlementReceipt, entitlementId: receipt.credit_entitlement_id };
    const { token } = await t.flows.createRun({ entitlement, callback: false });
    await t.flows.runToRest(token);
    judge(await t.http.request('GET', receiptPath), 'after a run spent from it');
  },
);
