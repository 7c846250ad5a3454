/**
 * Every document SPEC.md §3.1 serves about one run, read through the typed API (status and schema checked,
 * and whatever checks the client applies to each document it receives), named so that a scenario can say
 * which of them a run at rest must have.
 */
import type { AgentTaskRun } from '../../../generated/types.js';
import type { HostApi } from '../api.js';
import type { Exchange } from '../transcript.js';
import { lastSegment } from './endpoints.js';

export type RunDocument =
  | 'status'
  | 'ledger'
  | 'result'
  | 'attestation'
  | 'result-contract'
  | 'callback-payload'
  | 'callback-attempts'
  | 'exceptions'
  | 'replay-package'
  | 'usage-receipt'
  | 'work-order'
  | 'run-contract';

/** Reads one document of the run `token`, whose record at rest is `run`; the exchange that served it. */
export async function readRunDocument(api: HostApi, token: string, run: AgentTaskRun, document: RunDocument): Promise<Exchange> {
  switch (document) {
    case 'status':
      return (await api.status(token)).exchange;
    case 'ledger':
      return (await api.ledger(token)).exchange;
    case 'result':
      return (await api.result(token)).exchange;
    case 'attestation':
      return (await api.attestation(token)).exchange;
    case 'result-contract':
      return (await api.resultContract(token)).exchange;
    case 'callback-payload':
      return (await api.callbackPayload(token)).exchange;
    case 'callback-attempts':
      return (await api.callbackAttempts(token)).exchange;
    case 'exceptions':
      return (await api.exceptions(token)).exchange;
    case 'replay-package':
      return (await api.replayPackage(token)).exchange;
    case 'usage-receipt':
      return (await api.usageReceipt(lastSegment(run.usage_receipt_url ?? run.receipt_url) ?? '')).exchange;
    case 'work-order':
      return (await api.workOrder(run.work_order_id)).exchange;
    case 'run-contract':
      return (await api.runContract(run.contract_id ?? lastSegment(run.run_contract_url) ?? '')).exchange;
  }
}
