/**
 * The runner: moves a run through its steps, one phase per `step_duration_ms` of host time, following the
 * run's test script (evidence, result package, metered units, failure or stall at a named step, side
 * effects, structured-output retries). Replays resume at the first step not completed.
 */
import { scheduleFirstAttempt } from './callbacks/dispatcher.js';
import { fixCallbackPayload } from './callbacks/payload.js';
import type { HostCore } from './core.js';
import { debitRun, releaseRun } from './credits.js';
import { pauseWithException } from './exceptions.js';
import { appendEvent } from './ledger.js';
import { RUNNER_PHASES, type RunRecord, type RunnerPhase, type Step } from './model.js';
import { issueUsageReceipt } from './receipts.js';
import { packageResult, RESULT_SUBTYPE_STRUCTURED_FAILURE, RESULT_SUBTYPE_SUCCESS } from './results.js';
import { runUrls } from './urls.js';

/** The step each phase belongs to: a completed step's phases are not run again. */
const PHASE_STEP: Readonly<Record<RunnerPhase, Step>> = {
  start_evidence_review: 'evidence_review',
  review_evidence: 'evidence_review',
  start_tool_execution: 'tool_execution',
  execute_tool: 'tool_execution',
  meter_and_issue_receipt: 'result_packaged',
  issue_usage_receipt: 'result_packaged',
  prepare_callback: 'receipt_issued',
};

/** The state a phase moves the run into; replays pass through it without redoing the work. */
const PHASE_TARGET: Readonly<Partial<Record<RunnerPhase, 'evidence_review' | 'tool_execution' | 'result_packaged' | 'receipt_issued'>>> = {
  start_evidence_review: 'evidence_review',
  start_tool_execution: 'tool_execution',
  execute_tool: 'result_packaged',
  meter_and_issue_receipt: 'receipt_issued',
};

const STALL_PHASE: Readonly<Record<'queued' | 'evidence_review' | 'tool_execution', RunnerPhase>> = {
  queued: 'start_evidence_review',
  evidence_review: 'review_evidence',
  tool_execution: 'execute_tool',
};

/** Schedules `phase` one step from now, unless the script stalls the run there. */
export function schedulePhase(core: HostCore, run: RunRecord, phase: RunnerPhase): void {
  run.nextStep?.cancel();
  run.nextStep = undefined;
  if (stallsAt(run, phase)) {
    run.stalledPhase = phase;
    return;
  }
  run.nextStep = core.scheduler.after(run.script.stepDurationMs, `${phase} ${run.runId}`, () => {
    run.nextStep = undefined;
    runPhase(core, run, phase);
  });
}

/**
 * A new run enters the runner's queue (run_created → queued): at creation, or in the runner's first phase, one
 * step later (SPEC §13.3 asks only for run_created and credit_reserved at creation).
 */
export function startRunner(core: HostCore, run: RunRecord): void {
  const accept = (): void => {
    appendEvent(core, run, { type: 'lifecycle_state_changed', to: 'queued', actor: 'host' });
    // Variant review-starts-at-creation: evidence review starts in the phase that queues the run.
    if (core.variants.has('review-starts-at-creation') && !stallsAt(run, 'start_evidence_review')) runPhase(core, run, 'start_evidence_review');
    else schedulePhase(core, run, 'start_evidence_review');
  };
  if (!core.variants.has('queue-after-first-phase')) return accept();
  run.nextStep = core.scheduler.after(run.script.stepDurationMs, `accept into queue ${run.runId}`, () => {
    run.nextStep = undefined;
    accept();
  });
}

/** advance_queue on a stalled run: the held phase runs one step from now. Returns whether the run was stalled. */
export function releaseStall(core: HostCore, run: RunRecord): boolean {
  const phase = run.stalledPhase;
  if (phase === undefined) return false;
  run.stalledPhase = undefined;
  run.stallSpent = true;
  schedulePhase(core, run, phase);
  return true;
}

/** After replay_started (paused → queued): continue with the first phase whose step is not completed. */
export function resumeAfterReplay(core: HostCore, run: RunRecord): void {
  schedulePhase(core, run, 'start_evidence_review');
}

function runPhase(core: HostCore, run: RunRecord, first: RunnerPhase): void {
  let phase: RunnerPhase | undefined = first;
  // A replay walks through completed steps with plain state changes: their start events are not repeated.
  while (phase !== undefined && !core.faults.has('replay-reruns-completed-steps') && run.completedSteps.has(PHASE_STEP[phase])) {
    const target = PHASE_TARGET[phase];
    if (target !== undefined && run.state !== target) {
      appendEvent(core, run, { type: 'lifecycle_state_changed', to: target, note: `${PHASE_STEP[phase]} completed before the replay; not rerun` });
    }
    phase = nextPhase(phase);
  }
  if (phase === undefined) return;
  const next = PHASE_WORK[phase](core, run);
  if (next === undefined) return;
  // A coarser runner does a step's start and its work in one phase, unless a scripted stall holds the work back.
  if (COARSE_NEXT.has(next) && !stallsAt(run, next) && core.variants.has('coarse-phases')) runPhase(core, run, next);
  else schedulePhase(core, run, next);
}

/** Phases a coarser runner performs in the phase before them. */
const COARSE_NEXT: ReadonlySet<RunnerPhase> = new Set(['review_evidence', 'execute_tool', 'prepare_callback']);

function stallsAt(run: RunRecord, phase: RunnerPhase): boolean {
  const stallAt = run.script.stallAt;
  return stallAt !== undefined && !run.stallSpent && STALL_PHASE[stallAt] === phase;
}

function nextPhase(phase: RunnerPhase): RunnerPhase | undefined {
  return RUNNER_PHASES[RUNNER_PHASES.indexOf(phase) + 1];
}

function complete(run: RunRecord, step: Step): void {
  run.completedSteps.set(step, Number(run.ledger.at(-1)?.['sequence']));
}

/** Each phase does its work and names the phase to schedule next (none when the run paused or ended). */
const PHASE_WORK: Readonly<Record<RunnerPhase, (core: HostCore, run: RunRecord) => RunnerPhase | undefined>> = {
  start_evidence_review(core, run) {
    appendEvent(core, run, { type: 'evidence_review_started', to: 'evidence_review', step: 'evidence_review' });
    return core.faults.has('evidence-review-skipped') ? 'start_tool_execution' : 'review_evidence';
  },

  review_evidence(core, run) {
    if (failsHere(run, 'evidence_review')) return failStep(core, run, 'evidence_review');
    const evidence = run.evidenceOverride ?? run.script.evidenceStatus;
    run.evidenceStatus = evidence;
    appendEvent(core, run, {
      type: 'evidence_status_changed',
      evidenceStatus: evidence,
      ...(evidence === 'insufficient' ? {} : { step: 'evidence_review' as const }),
    });
    if (evidence === 'insufficient') {
      pauseWithException(core, run, {
        exceptionType: 'evidence_gap',
        severity: 'medium',
        evidenceStatus: 'insufficient',
        missingItems: run.script.missingItems,
        sideEffects: run.script.sideEffects,
        failedStep: 'evidence_review',
        note: `evidence insufficient: missing ${run.script.missingItems.join(', ')}`,
      });
      return undefined;
    }
    complete(run, 'evidence_review');
    return 'start_tool_execution';
  },

  start_tool_execution(core, run) {
    appendEvent(core, run, { type: 'tool_execution_started', to: 'tool_execution', step: 'tool_execution' });
    return 'execute_tool';
  },

  execute_tool(core, run) {
    if (failsHere(run, 'tool_execution')) return failStep(core, run, 'tool_execution');
    run.meteredUnits = Math.max(run.meteredUnits, run.script.meteredUnits);
    const retries = run.script.invalidStructuredAttempts;
    const billableUnits = Math.min(run.meteredUnits, run.creditsReserved);
    const urls = runUrls(run);
    if (retries > core.config.maxValidationRetries && !core.faults.has('structured-failure-reported-success')) {
      // Structured output never validated: a failure result, never a success (LIFECYCLE-STRUCTURED-FAILURE).
      packageResult(core, run, { outputs: {}, subtype: RESULT_SUBTYPE_STRUCTURED_FAILURE, resultStatus: 'failed', validationRetries: core.config.maxValidationRetries, billableUnits });
      settleCredits(core, run, 'metered units of the failed tool execution');
      finishRun(core, run, 'failed', {
        note: `structured output failed validation ${retries} times (max ${core.config.maxValidationRetries} retries)`,
        failureSubtype: RESULT_SUBTYPE_STRUCTURED_FAILURE,
      });
      return undefined;
    }
    packageResult(core, run, {
      outputs: run.script.resultPackage,
      subtype: RESULT_SUBTYPE_SUCCESS,
      resultStatus: run.evidenceStatus === 'partial' ? 'partial' : 'ready',
      validationRetries: retries,
      billableUnits,
    });
    appendEvent(core, run, {
      type: 'result_package_ready',
      to: 'result_packaged',
      step: 'tool_execution',
      ...(retries > 0 ? { note: `structured output valid after ${retries} validation retries` } : {}),
      links: { result_url: urls.result, attestation_url: urls.attestation },
    });
    complete(run, 'tool_execution');
    return 'meter_and_issue_receipt';
  },

  meter_and_issue_receipt(core, run) {
    if (failsHere(run, 'result_packaged')) return failStep(core, run, 'result_packaged');
    const undebited = core.faults.has('replay-debits-full-units') ? run.meteredUnits : run.meteredUnits - run.creditsDebited;
    debitRun(core, run, undebited, 'metered units not yet debited');
    // A finer runner issues the receipt in a phase of its own.
    return core.variants.has('fine-phases') ? 'issue_usage_receipt' : PHASE_WORK.issue_usage_receipt(core, run);
  },

  issue_usage_receipt(core, run) {
    releaseRun(core, run);
    issueUsageReceipt(core, run, 'receipt_issued');
    complete(run, 'result_packaged');
    // Without a callback URL the payload is fixed at receipt_issued, served and never sent.
    if (run.callback.url === undefined) fixCallbackPayload(core, run);
    return 'prepare_callback';
  },

  prepare_callback(core, run) {
    if (run.callback.url === undefined) {
      finishRun(core, run, 'closed');
      return undefined;
    }
    fixCallbackPayload(core, run);
    run.callback.status = 'ready';
    appendEvent(core, run, {
      type: 'callback_payload_ready',
      to: 'callback_ready',
      step: 'receipt_issued',
      links: { callback_payload_url: runUrls(run).callbackPayload },
    });
    complete(run, 'receipt_issued');
    scheduleFirstAttempt(core, run);
    return undefined;
  },
};

function failsHere(run: RunRecord, step: 'evidence_review' | 'tool_execution' | 'result_packaged'): boolean {
  return run.script.failAt === step && !run.failureSpent;
}

/** A scripted failure: meter and debit `units_before_failure`, then pause with a tool_execution_pause ticket. */
function failStep(core: HostCore, run: RunRecord, step: 'evidence_review' | 'tool_execution' | 'result_packaged'): undefined {
  run.failureSpent = true;
  const units = run.script.unitsBeforeFailure;
  run.meteredUnits = Math.max(run.meteredUnits, units);
  debitRun(core, run, units - run.creditsDebited, `units metered before the failure at ${step}`);
  const effects = run.script.sideEffects;
  pauseWithException(core, run, {
    exceptionType: 'tool_execution_pause',
    severity: 'high',
    evidenceStatus: run.evidenceStatus === 'unknown' ? 'not_applicable' : run.evidenceStatus,
    sideEffects: effects,
    failedStep: step,
    note: `scripted failure at ${step}; external side effects: ${effects === 'none' ? 'none' : effects}`,
  });
  return undefined;
}

/** Debits what is metered and not yet debited, releases the rest and issues the usage receipt, keeping the state. */
export function settleCredits(core: HostCore, run: RunRecord, note: string): void {
  debitRun(core, run, run.meteredUnits - run.creditsDebited, note);
  releaseRun(core, run);
  if (run.usageReceipt === undefined) issueUsageReceipt(core, run);
}

/** Ends the run (closed or failed): the last event it records; every pending task is cancelled. */
export function finishRun(core: HostCore, run: RunRecord, end: 'closed' | 'failed', detail: { note?: string; failureSubtype?: string } = {}): void {
  run.nextStep?.cancel();
  run.nextStep = undefined;
  run.stuckCheck?.cancel();
  run.stuckCheck = undefined;
  run.stalledPhase = undefined;
  if (end === 'failed' && run.callback.url !== undefined && run.callback.status !== 'delivered') run.callback.status = 'failed';
  run.closedAtMs = core.clock.now();
  const urls = runUrls(run);
  appendEvent(core, run, {
    type: end === 'closed' ? 'run_closed' : 'run_failed',
    to: end,
    ...detail,
    ...(run.resultPackage ? { links: { result_url: urls.result, result_contract_url: urls.resultContract } } : {}),
  });
}
