/** The callback message: fixed when the run reaches callback_ready, so every attempt sends the same bytes. */
import { isoTime } from '../clock.js';
import type { HostCore } from '../core.js';
import { resultStatus } from '../documents.js';
import { deepFreeze } from '../ledger.js';
import type { RunRecord } from '../model.js';
import { runUrls } from '../urls.js';
import { membersReversed, withHostExtras } from '../variants.js';

/** Builds and stores the payload and its exact body bytes (JSON.stringify of the payload). */
export function fixCallbackPayload(core: HostCore, run: RunRecord): void {
  const urls = runUrls(run);
  const status = resultStatus(run);
  const built = {
    payload_type: 'agent_callback_payload',
    event_type: status === 'partial' ? 'task_result_partial' : 'task_result_ready',
    work_order_id: run.workOrderId,
    agent_task_run_id: run.runId,
    task_token: run.token,
    requested_tool: run.requestedTool,
    result_status: status,
    result_url: urls.result,
    result_package_hash: run.attestation?.['result_package_hash'],
    result_contract_url: urls.resultContract,
    receipt_url: urls.usageReceipt,
    ...(core.variants.has('optional-members-omitted') ? {} : { usage_receipt: run.usageReceipt, result_package: run.resultPackage }),
    issued_at: isoTime(core.clock.now()),
  };
  const payload = deepFreeze((core.variants.has('host-extra-members') ? withHostExtras(built) : built) as typeof built);
  run.callback.payload = payload;
  run.callback.body = JSON.stringify(core.variants.has('pretty-json') ? membersReversed(payload) : payload);
}
