/**
 * Invariants of receipts (SPEC.md §7.4): the split between funding and consumption, immutability across every
 * read of a scenario, and a usage receipt whose debits are the run's.
 */
import { jcsOrNull } from './memory.js';
import { violation } from './common.js';
import type { DocumentCheck, Violation } from './types.js';
import { text } from './types.js';

const CONSUMPTION_FIELDS = ['credits_debited', 'meter_units', 'agent_task_run_id', 'remaining_credits'] as const;
const FUNDING_FIELDS = ['credits_funded', 'settlement_status'] as const;

export const settlementFundsOnly: DocumentCheck = (doc) => {
  const present = CONSUMPTION_FIELDS.filter((name) => doc.body[name] !== undefined);
  const wrong = doc.body['receipt_type'] !== 'agent_settlement_receipt' || doc.body['settlement_status'] !== 'credits_funded';
  if (present.length === 0 && !wrong) return [];
  return [
    violation('RECEIPT-SETTLEMENT-FUNDS-ONLY', `${doc.where}: a settlement receipt records funding only`, 'receipt_type agent_settlement_receipt, settlement_status credits_funded, no consumption field', {
      receipt_type: doc.body['receipt_type'],
      settlement_status: doc.body['settlement_status'],
      consumption_fields: present,
    }),
  ];
};

export const usageConsumesOnly: DocumentCheck = (doc) => {
  const present = FUNDING_FIELDS.filter((name) => doc.body[name] !== undefined);
  return present.length === 0 ? [] : [violation('RECEIPT-USAGE-CONSUMES-ONLY', `${doc.where}: a usage receipt records consumption only`, 'no credits_funded or settlement_status', present)];
};

/** A receipt id read again in the scenario serves the same document, JCS-equal. */
export const receiptImmutable: DocumentCheck = (doc, memory) => {
  const id = text(doc.body['receipt_id']);
  const first = id === undefined ? undefined : memory.receipts.get(`${doc.kind} ${id}`);
  if (first === undefined) return [];
  const now = jcsOrNull(doc.body);
  return now === first.jcs ? [] : [violation('RECEIPT-IMMUTABLE', `${doc.where}: receipt ${id} as first served (${first.where})`, first.jcs, now)];
};

/**
 * Once the ledger records `usage_receipt_issued`, no credit moves any more: the usage receipt's credits_debited
 * is the sum of the run's debit events and the record's credits_debited, whichever of the two was read first.
 */
export const usageSumsAgree: DocumentCheck = (doc, memory) => {
  const run = memory.runOf(doc.body);
  if (run === undefined) return [];
  const out: Violation[] = [];
  const compare = (receipt: Record<string, unknown>, receiptWhere: string, settled: { events: number; record: unknown; where: string }): void => {
    const debited = receipt['credits_debited'];
    if (debited === settled.events && debited === settled.record) return;
    out.push(
      violation('RECEIPT-SUMS-AGREE', `${doc.where}: the usage receipt (${receiptWhere}) and the ledger recording its issue (${settled.where}) count the same debits`, JSON.stringify({ usage_receipt: debited, run_record: debited, ledger_events: debited }), {
        usage_receipt: debited,
        run_record: settled.record,
        ledger_events: settled.events,
      }),
    );
  };
  if (doc.kind === 'usage-receipt' && run.settledDebits !== undefined) compare(doc.body, doc.where, run.settledDebits);
  if (doc.kind === 'agent-task-run' && run.usageReceipt !== undefined && Array.isArray(doc.body['state_history'])) {
    const events = doc.body['state_history'] as Record<string, unknown>[];
    if (events.some((e) => e?.['event_type'] === 'usage_receipt_issued')) {
      const debits = events
        .filter((e) => e?.['event_type'] === 'credits_debited')
        .reduce((total, e) => total + (typeof e['credit_delta'] === 'number' ? (e['credit_delta'] as number) : Number.NaN), 0);
      compare(run.usageReceipt.body, run.usageReceipt.where, { events: debits, record: doc.body['credits_debited'], where: doc.where });
    }
  }
  return out;
};
