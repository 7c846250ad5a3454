/** Absolute URLs of a run's documents, built from the origin of the request that created the run. */
import type { RunRecord } from './model.js';

export const API_PREFIX = '/api/agents';

export function runUrls(run: Pick<RunRecord, 'origin' | 'token' | 'usageReceiptId' | 'settlementId' | 'contractId' | 'workOrderId'>) {
  const api = `${run.origin}${API_PREFIX}`;
  const task = `${api}/tasks/${run.token}`;
  // Ids a requesting agent chose (contract_id) may hold any character: each is one path segment.
  const segment = encodeURIComponent;
  return {
    status: `${api}/status/${run.token}`,
    ledger: `${task}/ledger`,
    result: `${task}/result`,
    attestation: `${task}/attestation`,
    attestationStatement: `${task}/attestation/statement`,
    resultContract: `${task}/result-contract`,
    callbackPayload: `${task}/callback-payload`,
    callbackAttempts: `${task}/callback-attempts`,
    exceptions: `${task}/exceptions`,
    replayPackage: `${task}/replay-package`,
    commands: `${task}/commands`,
    usageReceipt: `${api}/receipts/${segment(run.usageReceiptId)}`,
    settlementReceipt: `${api}/settlements/${segment(run.settlementId)}/receipt`,
    runContract: `${api}/contracts/${segment(run.contractId)}`,
    workOrder: `${api}/work-orders/${segment(run.workOrderId)}`,
    queueMonitor: `${api}/queue/monitor`,
    alerts: `${api}/queue/alerts`,
  };
}
