import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';

/** The path of a URL, undefined for anything that is not one. */
function pathOf(url: unknown): string | undefined {
  try {
    return typeof url === 'string' ? new URL(url).pathname : undefined;
  } catch {
    return undefined;
  }
}

scenario(
  {
    id: 'receipt-links-both-ways',
    title: 'The usage receipt names the settlement receipt that last funded its entitlement; run record and contract link both',
    rules: ['RECEIPT-LINKS-BOTH-WAYS'],
    requires: [],
  },
  async (t) => {
    // Two settlements fund the entitlement; the run is created after the second, which it must name.
    const entitlement = await t.flows.fundedTenantEntitlement();
    const topUp = await t.api.settle({
      request_type: 'agent_settlement_request',
      quote_id: entitlement.quote.quote_id,
      settlement_provider: 'manual_invoice',
      provider_transaction_ref: `atk-${randomUUID()}`,
      credits: 5,
      credit_entitlement_id: entitlement.entitlementId,
    });
    const latest = topUp.body;
    const { token } = await t.flows.createRun({ entitlement });
    const run = await t.flows.runToRest(token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${token} comes to rest closed`, run.state === 'closed', { expected: '"closed"', observed: run.state });

    const settlementPath = `/api/agents/settlements/${encodeURIComponent(latest.settlement_id)}/receipt`;
    const usageUrl = run.usage_receipt_url ?? run.receipt_url;
    const usage = await t.http.request('GET', usageUrl ?? '/api/agents/receipts/missing-usage-receipt-link');
    t.assertStatus('RECEIPT-LINKS-BOTH-WAYS', usage, 200);
    const usageReceipt = (usage.json ?? {}) as { receipt_id?: unknown; settlement_reference?: unknown; settlement_receipt_url?: unknown };
    t.assertEqual('RECEIPT-LINKS-BOTH-WAYS', 'usage receipt settlement_reference (the latest settlement receipt before the run)', usageReceipt.settlement_reference, latest.receipt_id);

    const contract = (await t.api.resultContract(token)).body;
    // The run record is served at the ledger URL (run) and the status URL: both link both receipts.
    const status = (await t.api.status(token)).body;
    const settlementUrls: Array<[string, unknown]> = [
      ['usage receipt settlement_receipt_url', usageReceipt.settlement_receipt_url],
      ['run record settlement_receipt_url', run.settlement_receipt_url],
      ['status answer settlement_receipt_url', status.settlement_receipt_url],
      ['result contract receipts.settlement_receipt_url', contract.receipts.settlement_receipt_url],
    ];
    for (const [what, url] of settlementUrls) {
      t.assertTrue('RECEIPT-LINKS-BOTH-WAYS', `${what} is the settlement receipt's URL`, pathOf(url) === settlementPath, {
        expected: `…${settlementPath}`,
        observed: url,
      });
    }
    t.assertEqual('RECEIPT-LINKS-BOTH-WAYS', 'result contract receipts.settlement_receipt_id', contract.receipts.settlement_receipt_id, latest.receipt_id);
    t.assertEqual(
      'RECEIPT-LINKS-BOTH-WAYS',
      'usage receipt links of the run record (ledger and status answers) and the result contract',
      {
        run_usage_receipt_url: run.usage_receipt_url,
        status_usage_receipt_url: status.usage_receipt_url,
        contract_usage_receipt_url: contract.receipts.usage_receipt_url,
        contract_usage_receipt_id: contract.receipts.usage_receipt_id,
      },
      { run_usage_receipt_url: usage.url, status_usage_receipt_url: usage.url, contract_usage_receipt_url: usage.url, contract_usage_receipt_id: usageReceipt.receipt_id },
    );

    // The links lead to the receipts themselves.
    const settlement = await t.http.request('GET', String(usageReceipt.settlement_receipt_url));
    t.assertStatus('RECEIPT-LINKS-BOTH-WAYS', settlement, 200);
    t.assertEqual('RECEIPT-LINKS-BOTH-WAYS', 'receipt_id at the usage receipt’s settlement_receipt_url', (settlement.json as { receipt_id?: unknown } | undefined)?.receipt_id, latest.receipt_id);
  },
);
