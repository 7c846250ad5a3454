/**
 * POST /run: every check first (seams, tool, trust, quote, entitlement, callback target, credits), then
 * the run is written, its credits reserved and its first three events recorded in one synchronous step,
 * so concurrent creations on one entitlement can never over-reserve.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { RunRequest, TestScript } from '../generated/types.js';
import { generateSigningSecret } from '../src/webhooks.js';
import { checkCallbackTarget } from '../src/protocol/callback-target.js';
import { requireLiveQuote, requireTool } from './commerce.js';
import type { HostCore } from './core.js';
import { planReservation } from './credits.js';
import { runRecord } from './documents.js';
import { invalid } from './http.js';
import { newId } from './ids.js';
import { appendEvent } from './ledger.js';
import type { Doc, QuoteRecord, RunRecord, RunScript, Tenant } from './model.js';
import { jsonReply, refuse, type Reply } from './problems.js';
import { startRunner } from './runner.js';
import { tenantKey } from './store.js';
import { requireVisible } from './tenants.js';
import { runUrls } from './urls.js';

/** Longest scripted step; keeps every host timestamp representable. */
const MAX_STEP_DURATION_MS = 86_400_000;
const MAX_SCRIPTED_UNITS = 1_000_000_000_000;

function resolveScript(core: HostCore, script: TestScript | undefined, quote: QuoteRecord): RunScript {
  for (const field of ['metered_units', 'units_before_failure'] as const) {
    const value = script?.[field];
    if (value !== undefined && value > MAX_SCRIPTED_UNITS) {
      throw invalid([{ instancePath: `/test_script/${field}`, keyword: 'maximum', message: `must be <= ${MAX_SCRIPTED_UNITS}` }]);
    }
  }
  if (script?.step_duration_ms !== undefined && script.step_duration_ms > MAX_STEP_DURATION_MS) {
    throw invalid([{ instancePath: '/test_script/step_duration_ms', keyword: 'maximum', message: `must be <= ${MAX_STEP_DURATION_MS}` }]);
  }
  return {
    evidenceStatus: script?.evidence_status ?? 'sufficient',
    missingItems: script?.missing_items ?? ['evidence'],
    resultPackage: script === undefined ? { summary: 'demo' } : (script.result_package ?? {}),
    meteredUnits: core.faults.has('script-metered-units-ignored') ? quote.creditsQuoted : (script?.metered_units ?? quote.creditsQuoted),
    failAt: script?.fail_at,
    unitsBeforeFailure: script?.units_before_failure ?? 0,
    stallAt: script?.stall_at,
    sideEffects: script?.side_effects ?? 'none',
    invalidStructuredAttempts: script?.structured_output?.invalid_attempts ?? 0,
    stepDurationMs: script?.step_duration_ms ?? core.config.stepDurationMs,
  };
}

export function createRun(core: HostCore, tenant: Tenant, origin: string, request: RunRequest): Reply {
  if (request.test_script !== undefined && !core.config.conformance) {
    throw invalid([{ instancePath: '/test_script', keyword: 'not', message: 'test_script is accepted only by a host in conformance mode' }]);
  }
  if (request.contract_id === '.' || request.contract_id === '..') {
    // A dot segment cannot name a document in a URL path: run_contract_url would not resolve.
    throw invalid([{ instancePath: '/contract_id', keyword: 'pattern', message: 'must not be a dot segment' }]);
  }
  // Referenced resources first (404), then business conditions (SPEC §11.3).
  const trust = requireVisible(core, core.store.trustProfiles.get(request.trust_profile_id), tenant, 'trust profile');
  const quote = requireVisible(core, core.store.quotes.get(request.quote_id), tenant, 'quote');
  const entitlement = requireVisible(core, core.store.entitlements.get(request.credit_entitlement_id), tenant, 'credit entitlement');
  const tool = requireTool(core, request.requested_tool);
  if (!trust.approved && !core.faults.has('trust-review-ignored')) {
    refuse('trust-not-approved', `trust profile ${trust.trustProfileId} is ${String(trust.doc['review_status'])}`);
  }
  requireLiveQuote(core, tenant, quote.quoteId);
  if (quote.requestedTool !== tool) {
    throw invalid([{ instancePath: '/requested_tool', keyword: 'const', message: `must equal the quote's requested_tool ${quote.requestedTool}` }]);
  }
  let callbackUrl: string | undefined;
  if (request.callback_url !== undefined) {
    const verdict = core.faults.has('callback-target-unchecked')
      ? { ok: true as const, url: request.callback_url }
      : checkCallbackTarget(request.callback_url, { allowLoopback: core.config.allowLoopbackCallbacks });
    if (!verdict.ok) refuse('unsafe-callback-target', verdict.reason);
    // A host without callbacks (SPEC §8) still refuses unsafe targets, and then sends nothing.
    callbackUrl = core.config.callbacksSupported ? verdict.url : undefined;
  }
  const script = resolveScript(core, request.test_script, quote);
  core.retention.admit(core, tenant);
  const planned = planReservation(core, entitlement, quote.creditsQuoted);
  const settlementIndex = core.faults.has('usage-receipt-first-settlement') ? 0 : entitlement.settlementIds.length - 1;

  // Checks are done: from here on the request writes.
  entitlement.position = planned.position;
  entitlement.runsCreated++;
  entitlement.updatedAtMs = core.clock.now();
  const nowMs = core.clock.now();
  const token = core.variants.has('tok-prefixed-tokens') ? `tok_${core.tokens.statusToken()}` : core.tokens.statusToken();
  const secret = core.faults.has('signing-secret-per-tenant')
    ? `whsec_${createHash('sha256').update(tenant.tenantId).digest('base64')}`
    : core.variants.has('long-signing-secret')
      ? `whsec_${randomBytes(64).toString('base64')}`
      : generateSigningSecret();
  const run: RunRecord = {
    tenantId: tenant.tenantId,
    runId: newId('run', core.variants),
    token,
    origin: core.faults.has('urls-from-configured-origin') ? 'http://localhost:8787' : origin,
    workOrderId: newId('wo', core.variants),
    contractId: request.contract_id ?? newId('rc', core.variants),
    trustProfileId: trust.trustProfileId,
    quoteId: quote.quoteId,
    entitlementId: entitlement.entitlementId,
    settlementId: entitlement.settlementIds[settlementIndex]!,
    settlementReceiptId: entitlement.settlementReceiptIds[settlementIndex]!,
    usageReceiptId: newId('urcpt', core.variants),
    resultContractId: newId('arc', core.variants),
    requestedTool: tool,
    requestedCapability: request.requested_capability,
    workflowContext: structuredClone(request.workflow_context ?? {}) as Doc,
    expectedOutputs: [...(request.expected_outputs ?? [])],
    script,
    state: 'run_created',
    evidenceStatus: 'unknown',
    evidenceOverride: undefined,
    createdAtMs: nowMs,
    updatedAtMs: nowMs,
    closedAtMs: undefined,
    ledger: [],
    ledgerJson: { sources: [], joined: '' },
    creditsReserved: planned.reservation.held,
    reservation: planned.reservation,
    creditsDebited: 0,
    meteredUnits: 0,
    remainingCredits: planned.position.remaining,
    completedSteps: new Map(),
    nextStep: undefined,
    stalledPhase: undefined,
    stallSpent: false,
    failureSpent: false,
    resultPackage: undefined,
    attestation: undefined,
    resultSubtype: undefined,
    usageReceipt: undefined,
    callback: {
      url: callbackUrl,
      secret,
      webhookId: newId('msg', core.variants),
      status: callbackUrl === undefined ? 'not_required' : 'pending',
      attempts: [],
      scheduledAttempts: 0,
      nextRetryAtMs: null,
      nextAttempt: undefined,
      disabled: false,
      payload: undefined,
      body: undefined,
      queue: Promise.resolve(),
    },
    tickets: [],
    replayCount: 0,
    lastProgressMs: nowMs,
    progressPlace: core.scheduler.place(),
    stuckCheck: undefined,
    alertedProgressMs: undefined,
    alertIds: [],
  };
  core.store.runs.set(token, run);
  core.store.runsByWorkOrder.set(run.workOrderId, run);
  const contractKey = tenantKey(tenant.tenantId, run.contractId);
  const contract = core.store.contracts.get(contractKey) ?? { tenantId: tenant.tenantId, contractId: run.contractId, runs: [] };
  contract.runs.push(run);
  core.store.contracts.set(contractKey, contract);

  const urls = runUrls(run);
  appendEvent(core, run, {
    type: 'run_created',
    to: 'run_created',
    actor: 'requesting_agent',
    links: { status_url: urls.status, ledger_url: urls.ledger, work_order_url: urls.workOrder, run_contract_url: urls.runContract },
  });
  appendEvent(core, run, { type: 'credit_reserved', actor: 'host', creditDelta: planned.reservation.held });
  startRunner(core, run);

  return jsonReply(201, { ...runRecord(core, run), status_token: run.token, callback_signing_secret: secret });
}
