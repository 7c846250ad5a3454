import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { formatDuration } from '../src/harness/real-time.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'receipt-immutable',
    title: 'Settlement and usage receipts are served byte-identical (JCS) while their entitlement keeps changing',
    rules: ['RECEIPT-IMMUTABLE'],
    requires: ['seams.test_clock'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement();
    const first = await t.flows.createRun({ entitlement, callback: false });
    const run = await t.flows.runToRest(first.token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${first.token} comes to rest closed`, run.state === 'closed', { expected: '"closed"', observed: run.state });
    const usageUrl = run.usage_receipt_url ?? run.receipt_url;
    t.ensure('RECEIPT-LINKS-BOTH-WAYS', `the closed run ${first.token} links its usage receipt`, usageUrl !== undefined, {
      expected: 'a usage_receipt_url',
      observed: { usage_receipt_url: run.usage_receipt_url, receipt_url: run.receipt_url },
    });
    const settlementPath = `/api/agents/settlements/${encodeURIComponent(entitlement.settlementReceipt.settlement_id)}/receipt`;

    const read = async (): Promise<{ settlement: string; usage: string }> => {
      const settlement = await t.http.request('GET', settlementPath);
      const usage = await t.http.request('GET', usageUrl!);
      t.assertStatus('RECEIPT-IMMUTABLE', settlement, 200);
      t.assertStatus('RECEIPT-IMMUTABLE', usage, 200);
      return { settlement: jcs(settlement.json), usage: jcs(usage.json) };
    };
    const issued = await read();
    t.assertEqual('RECEIPT-IMMUTABLE', 'settlement receipt as served vs as issued by POST /settlements', JSON.parse(issued.settlement), entitlement.settlementReceipt);

    // Everything that moves the entitlement's balances: another run spending, a top-up, time passing.
    const second = await t.flows.createRun({ entitlement, callback: false });
    await t.flows.runToRest(second.token);
    t.assertEqual('RECEIPT-IMMUTABLE', 'receipts after a second run spent from the entitlement', await read(), issued);
    await t.api.settle({
      request_type: 'agent_settlement_request',
      quote_id: entitlement.quote.quote_id,
      settlement_provider: 'manual_invoice',
      provider_transaction_ref: `atk-${randomUUID()}`,
      credits: 3,
      credit_entitlement_id: entitlement.entitlementId,
    });
    t.assertEqual('RECEIPT-IMMUTABLE', 'receipts after a top-up of the entitlement', await read(), issued);
    const passedMs = await t.flows.letTimePass(86_400_000);
    t.assertEqual('RECEIPT-IMMUTABLE', `receipts ${formatDuration(passedMs)} of host time later`, await read(), issued);
  },
);
