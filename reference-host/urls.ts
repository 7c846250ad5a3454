/** Absolute URLs of a run's documents, built from the origin of the request that created the run. */
import type { RunRecord } from './model.js';

export const API_PREFIX = '/api/agents';

export function runUrls(run: Pick<RunRecord, 'origin' | 'token' | 'usageReceiptId' | 'settlementId' | 'contractId' | 'workOrderId'>) {
  const api = `${run.origin}${API_PREFIX}`;
  const task = `${api}/tasks/${run.token}`;
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
    usageReceipt: `${api}/receipts/${run.usageReceiptId}`,
    settlementReceipt: `${api}/settlements/${run.settlementId}/receipt`,
    runContract: `${api}/contracts/${run.contractId}`,
    workOrder: `${api}/work-orders/${run.workOrderId}`,
    queueMonitor: `${api}/queue/monitor`,
    alerts: `${api}/queue/alerts`,
  };
}
