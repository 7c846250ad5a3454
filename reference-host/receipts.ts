/**
 * The receipt split (seed 002): a settlement receipt records funding only, a usage receipt records one
 * run's consumption only. Both are frozen when issued.
 */
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { entitlementOf } from './credits.js';
import { resultStatus } from './documents.js';
import { appendEvent, deepFreeze } from './ledger.js';
import type { Doc, RunRecord } from './model.js';
import { runUrls } from './urls.js';

export interface SettlementFacts {
  readonly settlementId: string;
  readonly receiptId: string;
  readonly settlementProvider: string;
  readonly creditsFunded: number;
  readonly entitlementId: string;
  readonly quoteId: string;
  readonly providerTransactionRef: string;
  readonly payer: string | undefined;
  readonly issuedAtMs: number;
}

export function settlementReceipt(core: HostCore, facts: SettlementFacts): Doc {
  return deepFreeze({
    receipt_type: 'agent_settlement_receipt',
    settlement_id: facts.settlementId,
    receipt_id: facts.receiptId,
    settlement_provider: facts.settlementProvider,
    settlement_status: 'credits_funded',
    credits_funded: facts.creditsFunded,
    credit_entitlement_id: facts.entitlementId,
    quote_id: facts.quoteId,
    provider_transaction_ref: facts.providerTransactionRef,
    ...(facts.payer !== undefined ? { payer: facts.payer } : {}),
    usage_receipt_policy: core.variants.has('published-forms') ? 'usage_receipts_record_credits_consumed_after_work_runs' : 'usage_receipt_per_run',
    ...(core.faults.has('settlement-receipt-usage-fields') ? { credits_debited: 0, meter_units: 0 } : {}),
    issued_at: isoTime(facts.issuedAtMs),
  });
}

/**
 * Issues the run's usage receipt for everything debited so far and records `usage_receipt_issued`
 * (moving the run to `to`, or keeping its state). Called once per run, after the reservation is released.
 */
export function issueUsageReceipt(core: HostCore, run: RunRecord, to?: 'receipt_issued'): Doc {
  const urls = runUrls(run);
  const status = resultStatus(run);
  const lastCreditEvent = run.ledger.filter((e) => e['event_type'] === 'credits_debited' || e['event_type'] === 'credit_reserved').at(-1);
  const receipt = deepFreeze({
    receipt_id: run.usageReceiptId,
    receipt_type: `${run.requestedTool}_usage_receipt`,
    operating_tool: run.requestedTool,
    work_order_id: run.workOrderId,
    agent_task_run_id: run.runId,
    requested_tool: run.requestedTool,
    credits_debited: core.faults.has('usage-receipt-debits-reservation') ? run.creditsReserved : run.creditsDebited,
    remaining_credits: run.remainingCredits,
    meter_units: core.faults.has('usage-receipt-kilo-units') ? run.meteredUnits / 1000 : run.meteredUnits,
    ...(core.faults.has('usage-receipt-funding-fields')
      ? { credits_funded: entitlementOf(core, run).position.funded, settlement_status: 'credits_funded' }
      : {}),
    // Issued before the run ends: a run without a package (closed exception) consumed without a result.
    result_status: status === 'pending' ? 'failed' : status,
    settlement_reference: run.settlementReceiptId,
    settlement_receipt_url: urls.settlementReceipt,
    credit_ledger_entry: {
      ledger_entry_id: String(lastCreditEvent?.['event_id'] ?? run.usageReceiptId),
      agent_account_id: run.tenantId,
      credits_debited: run.creditsDebited,
      remaining_credits: run.remainingCredits,
      currency_or_unit: 'credit',
    },
    issued_at: isoTime(core.clock.now()),
  });
  run.usageReceipt = receipt;
  core.store.usageReceipts.set(run.usageReceiptId, { tenantId: run.tenantId, receiptId: run.usageReceiptId, doc: receipt });
  appendEvent(core, run, {
    type: 'usage_receipt_issued',
    ...(to ? { to, step: 'result_packaged' as const } : {}),
    note: `${run.creditsDebited} credits debited for ${run.meteredUnits} metered units`,
    links: { usage_receipt_url: urls.usageReceipt },
  });
  return receipt;
}
