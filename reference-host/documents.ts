/**
 * Documents served from live records: the run record and the views that change as the run moves.
 * Immutable documents (events, package, attestation, receipts, payload) are stored frozen and served as is.
 */
import { mapCanonical, mapContractLifecycle, type CanonicalState } from '../src/protocol/states.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { entitlementOf, entitlementStatus } from './credits.js';
import { eventsJson } from './ledger.js';
import type { Doc, EntitlementRecord, ExceptionTicket, RunRecord } from './model.js';
import { runUrls } from './urls.js';

const OPEN_TICKET: ReadonlySet<string> = new Set(['open', 'under_review', 'waiting_on_requesting_agent', 'recovery_requested', 'replay_ready']);

/** The run's ticket that is not resolved or closed, if any (at most one at a time). */
export function activeTicket(run: RunRecord): ExceptionTicket | undefined {
  return run.tickets.filter((t) => OPEN_TICKET.has(t.status)).at(-1);
}

/** The one place the canonical label is derived (SPEC §4.1, Table 4.1-A); `core` carries the fault switches. */
export function canonicalState(core: HostCore, run: RunRecord): CanonicalState {
  const label = mapCanonical({ state: run.state, evidenceStatus: run.evidenceStatus, exceptionStatus: activeTicket(run)?.status ?? null });
  if (label === 'closed' && core.faults.has('canonical-closed-as-completed')) return 'completed' as CanonicalState;
  return label === 'result_ready' && core.faults.has('canonical-result-ready-as-attested') ? 'attested' : label;
}

export type ResultStatus = 'pending' | 'ready' | 'partial' | 'failed' | 'delivered';

/**
 * The run's current result status (SPEC §6.2). The attestation, callback payload and usage receipt record
 * it when they are fixed; the result contract shows the current value.
 */
export function resultStatus(run: RunRecord): ResultStatus {
  if (run.state === 'failed') return 'failed';
  if (run.callback.status === 'delivered') return 'delivered';
  const attested = run.attestation?.['result_status'];
  if (attested === 'ready' || attested === 'partial' || attested === 'failed') return attested;
  return 'pending';
}

/** The run record as the status answer serves it. */
export function runRecord(core: HostCore, run: RunRecord): Doc {
  return recordFields(core, run, 'status');
}

/**
 * The ledger answer as JSON text: the run record rendered now, then state_history from the events' kept
 * JSON text, so a read does not serialise every event again. Byte for byte what JSON.stringify makes of
 * the record with state_history as its last member.
 */
export function ledgerText(core: HostCore, run: RunRecord): string {
  const fields = JSON.stringify(recordFields(core, run, 'ledger'));
  return `${fields.slice(0, -1)},"state_history":${servedLedgerJson(core, run)}}`;
}

/** The run record's members but state_history; the status answer and the ledger answer differ in two. */
function recordFields(core: HostCore, run: RunRecord, view: 'status' | 'ledger'): Doc {
  const urls = runUrls(run);
  const ticket = run.tickets.at(-1);
  return {
    object_type: 'agent_task_run',
    agent_task_run_id: run.runId,
    work_order_id: run.workOrderId,
    trust_profile_id: run.trustProfileId,
    quote_id: run.quoteId,
    credit_entitlement_id: run.entitlementId,
    contract_id: run.contractId,
    requested_tool: run.requestedTool,
    requested_capability: run.requestedCapability,
    state: run.state,
    canonical_lifecycle_state: canonicalState(core, run),
    evidence_status: run.evidenceStatus,
    ...(core.variants.has('status-token-only-at-creation') ? {} : { status_token: run.token }),
    status_url: urls.status,
    ledger_url: urls.ledger,
    result_url: urls.result,
    result_attestation_url: urls.attestation,
    agent_result_contract_id: run.resultContractId,
    agent_result_contract_url: urls.resultContract,
    run_contract_url: urls.runContract,
    settlement_receipt_id: run.settlementReceiptId,
    settlement_receipt_url: urls.settlementReceipt,
    // A URL may name a document that will exist (SPEC §3.2): a variant links the usage receipt before it is issued.
    ...((run.usageReceipt || core.variants.has('urls-before-documents')) && (view === 'ledger' || !core.faults.has('status-omits-receipt-links'))
      ? { receipt_url: urls.usageReceipt, usage_receipt_url: urls.usageReceipt }
      : {}),
    ...(run.callback.url !== undefined ? { callback_url: run.callback.url } : {}),
    callback_status: run.callback.status,
    credits_reserved: run.reservation.held,
    credits_debited: run.creditsDebited,
    remaining_credits: run.remainingCredits,
    metered_units: run.meteredUnits,
    replay_count: run.replayCount,
    ...(ticket ? { exception_id: ticket.exceptionId } : {}),
    created_at: isoTime(run.createdAtMs),
    updated_at: isoTime(core.faults.has('updated-at-is-read-time') ? core.clock.now() : run.updatedAtMs),
    ...(run.closedAtMs !== undefined && !(view === 'status' && core.faults.has('status-omits-closed-at')) ? { closed_at: isoTime(run.closedAtMs) } : {}),
    ...(view === 'status' && core.faults.has('secret-in-status') ? { callback_signing_secret: run.callback.secret } : {}),
  };
}

/** The events as stored, as a JSON array; one fault re-renders their notes at every read. */
function servedLedgerJson(core: HostCore, run: RunRecord): string {
  if (!core.faults.has('ledger-events-rerendered-on-read')) return `[${eventsJson(run)}]`;
  return JSON.stringify(run.ledger.map((event) => ({ ...event, public_note: `${String(event['event_type'])}; run now ${run.state}` })));
}

export function entitlementDocument(core: HostCore, entitlement: EntitlementRecord): Doc {
  const { funded, reserved, debited, remaining } = entitlement.position;
  return {
    object_type: 'agent_credit_entitlement',
    credit_entitlement_id: entitlement.entitlementId,
    status: entitlementStatus(entitlement.position, entitlement.runsCreated),
    credits_funded: funded,
    credits_reserved: reserved,
    credits_debited: debited,
    remaining_credits: core.faults.has('entitlement-remaining-ignores-reservations') ? funded - debited : remaining,
    credit_unit: 'credit',
    settlement_receipt_ids: [...entitlement.settlementReceiptIds],
    updated_at: isoTime(entitlement.updatedAtMs),
  };
}

export function ticketDocument(core: HostCore, run: RunRecord, ticket: ExceptionTicket): Doc {
  const bare = core.variants.has('optional-members-omitted');
  return {
    object_type: 'agent_exception_ticket',
    exception_id: ticket.exceptionId,
    agent_task_run_id: run.runId,
    ...(bare ? {} : { task_token: run.token }),
    requested_tool: run.requestedTool,
    exception_type: ticket.exceptionType,
    severity: ticket.severity,
    status: ticket.status,
    evidence_status: ticket.evidenceStatus,
    missing_items: [...ticket.missingItems],
    ...(core.faults.has('ticket-omits-safe-to-replay') || !core.config.replaySupported ? {} : { safe_to_replay: ticket.sideEffects !== 'unrecorded' }),
    ...(bare ? {} : { side_effects: ticket.sideEffects }),
    ...(ticket.replayPackage ? { replay_package_url: runUrls(run).replayPackage } : {}),
    created_at: isoTime(ticket.createdAtMs),
    ...(ticket.resolvedAtMs !== undefined ? { resolved_at: isoTime(ticket.resolvedAtMs) } : {}),
  };
}

export function callbackDeliveryDocument(core: HostCore, run: RunRecord): Doc {
  const cb = run.callback;
  const bare = core.variants.has('optional-members-omitted');
  return {
    object_type: 'agent_callback_delivery',
    agent_task_run_id: run.runId,
    webhook_id: cb.webhookId,
    callback_url: cb.url,
    callback_status: cb.status,
    attempts: cb.attempts,
    ...(bare ? {} : { next_retry_at: cb.nextRetryAtMs === null ? null : isoTime(cb.nextRetryAtMs) }),
    // §8.6 names `disabled` as what a 410 sets, so it stays even when the optional members are left out.
    disabled: cb.disabled,
  };
}

export function workOrderDocument(core: HostCore, run: RunRecord): Doc {
  return {
    object_type: 'agent_work_order',
    work_order_id: run.workOrderId,
    agent_task_run_id: run.runId,
    requested_tool: run.requestedTool,
    requested_capability: run.requestedCapability,
    workflow_context: run.workflowContext,
    ...(run.expectedOutputs.length > 0 || !core.faults.has('work-order-omits-empty-outputs') ? { expected_outputs: [...run.expectedOutputs] } : {}),
    created_at: isoTime(run.createdAtMs),
  };
}

export function runContractDocument(contractId: string, run: RunRecord, runs: readonly RunRecord[]): Doc {
  const allTerminal = runs.every((r) => r.state === 'closed' || r.state === 'failed');
  const anyClosed = runs.some((r) => r.state === 'closed');
  return {
    object_type: 'agent_run_contract',
    contract_id: contractId,
    trust_profile_id: run.trustProfileId,
    quote_id: run.quoteId,
    credit_entitlement_id: run.entitlementId,
    requested_tool: run.requestedTool,
    requested_capability: run.requestedCapability,
    scope: `${run.requestedTool}: ${run.requestedCapability}`,
    out_of_scope: ['irreversible external actions without recorded side effects'],
    evidence_requirements: ['workflow_context sufficient for the requested capability'],
    expected_outputs: [...run.expectedOutputs],
    metering_policy: 'meter_delta_only',
    callback_policy: run.callback.url !== undefined ? 'callback_required' : 'status_polling_only',
    status: allTerminal ? (anyClosed ? 'completed' : 'cancelled') : 'active',
  };
}

/** Result Contract v2: read live, so lifecycle_state always maps the run's canonical state at the time of the read. */
export function resultContractDocument(core: HostCore, run: RunRecord): Doc {
  const urls = runUrls(run);
  const canonical = canonicalState(core, run);
  const status = resultStatus(run);
  const ticket = activeTicket(run) ?? run.tickets.at(-1);
  const replayable = run.tickets.some((t) => t.replayPackage !== undefined);
  const entitlement = entitlementOf(core, run);
  const nextActions = nextActionsFor(run, canonical).filter((action) => core.config.replaySupported || action !== 'request_recovery');
  const latestAlert = run.alertIds.at(-1);
  return {
    object_type: 'agent_result_contract',
    contract_version: '2.0',
    result_contract_id: run.resultContractId,
    task_token: run.token,
    agent_task_run_id: run.runId,
    work_order_id: run.workOrderId,
    requested_tool: run.requestedTool,
    lifecycle_state: core.faults.has('contract-lifecycle-unmapped') ? canonical : mapContractLifecycle(canonical),
    result_status: status,
    machine_result: {
      requested_tool: run.requestedTool,
      evidence_status: run.evidenceStatus,
      result_status: status,
      ...(run.resultSubtype !== undefined ? { result_subtype: run.resultSubtype } : {}),
      ...(run.attestation ? { result_package_hash: run.attestation['result_package_hash'] } : {}),
      next_actions: nextActions,
      result_url: urls.result,
    },
    human_summary: {
      summary: summaryFor(run, canonical),
      work_performed: run.ledger
        .filter((e) => e['from_state'] !== e['to_state'])
        .map((e) => `${String(e['event_type'])}: ${String(e['from_state'])} → ${String(e['to_state'])}`),
      findings: [`evidence ${run.evidenceStatus}`, ...(run.resultSubtype ? [`result ${run.resultSubtype}`] : [])],
      open_items: ticket && OPEN_TICKET.has(ticket.status) ? [`${ticket.exceptionType} exception ${ticket.status}`] : [],
      next_actions: nextActions,
    },
    proof_objects: {
      ledger_url: urls.ledger,
      attestation_url: urls.attestation,
      run_contract_url: urls.runContract,
      result_package_url: urls.result,
      callback_payload_url: urls.callbackPayload,
      ...(ticket ? { exception_url: urls.exceptions } : {}),
      ...(replayable ? { replay_package_url: urls.replayPackage } : {}),
      ...(core.config.queueMonitorSupported
        ? {
            queue_monitor_url: urls.queueMonitor,
            ...(latestAlert !== undefined ? { stuck_task_alert_url: `${urls.alerts}?alert_id=${latestAlert}` } : {}),
            retry_command_url: urls.commands,
          }
        : {}),
    },
    receipts: {
      settlement_receipt_url: urls.settlementReceipt,
      settlement_receipt_id: run.settlementReceiptId,
      ...(run.usageReceipt ? { usage_receipt_url: urls.usageReceipt, usage_receipt_id: run.usageReceiptId } : {}),
      ...(core.variants.has('optional-members-omitted') ? {} : { credits_funded: entitlement.position.funded }),
      credits_reserved: run.reservation.held,
      credits_debited: run.creditsDebited,
      remaining_credits: run.remainingCredits,
    },
    callback: {
      ...(run.callback.url !== undefined ? { callback_url: run.callback.url, webhook_id: run.callback.webhookId } : {}),
      callback_status: run.callback.status,
      attempt_count: run.callback.attempts.length,
    },
    issued_at: isoTime(core.clock.now() - (core.faults.has('contract-issued-at-local-time') ? 14_400_000 : 0)),
  };
}

/** What the requesting agent can do now. */
function nextActionsFor(run: RunRecord, canonical: CanonicalState): string[] {
  const fetch = run.resultPackage ? ['fetch_result'] : [];
  const retryable = run.callback.status === 'failed' || run.callback.status === 'retrying';
  switch (canonical) {
    case 'exception_open':
      return run.state === 'paused' ? ['request_recovery', 'close_exception'] : [...fetch, 'retry_callback'];
    case 'replay_ready':
      return ['replay'];
    case 'callback_pending':
      return [...fetch, ...(retryable ? ['retry_callback'] : ['await_callback'])];
    case 'closed':
    case 'failed':
      return fetch;
    default:
      return [...fetch, 'poll_status'];
  }
}

function summaryFor(run: RunRecord, canonical: CanonicalState): string {
  return `${run.requestedTool} run ${run.runId} for ${run.requestedCapability}: ${canonical}, result ${resultStatus(run)}.`;
}
