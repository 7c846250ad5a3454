/**
 * Recovery and replay (contract §9): a recovery request turns an open ticket into a replay package; a
 * replay continues the same run from its first incomplete step, debiting only the metered delta and
 * appending events without touching earlier ones.
 */
import { isTerminal } from '../src/protocol/states.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { activeTicket, canonicalState } from './documents.js';
import { resolveTicket } from './exceptions.js';
import { newId } from './ids.js';
import { appendEvent, deepFreeze } from './ledger.js';
import { STEPS, type Doc, type ExceptionTicket, type RunRecord } from './model.js';
import { refuse } from './problems.js';
import { finishRun, resumeAfterReplay, settleCredits } from './runner.js';
import { runUrls } from './urls.js';

export type RecoveryAction = 'add_evidence' | 'retry_step' | 'accept_partial' | 'resume_after_stall';

export interface RecoveryRequest {
  readonly exception_id: string;
  readonly recovery_action: RecoveryAction;
  readonly new_evidence_items?: readonly string[];
  readonly note?: string;
}

/** Ticket statuses a recovery request is accepted from (SPEC §9.2); this host uses the last two only under variants. */
const RECOVERABLE: ReadonlySet<string> = new Set(['open', 'under_review', 'waiting_on_requesting_agent']);

/** Checks a recovery request; refuses before anything is written. */
function recoverableTicket(core: HostCore, run: RunRecord, request: RecoveryRequest): ExceptionTicket {
  const ticket = run.tickets.find((t) => t.exceptionId === request.exception_id);
  if (ticket === undefined) refuse('not-found', 'the run has no exception ticket with that exception_id');
  if (isTerminal(run.state)) refuse('replay-not-allowed', `the run is ${run.state}`);
  if (ticket.exceptionType === 'callback_failure') {
    refuse('replay-not-allowed', 'a failed callback is retried with a retry_callback command, not replayed');
  }
  if (ticket !== activeTicket(run) || !RECOVERABLE.has(ticket.status) || run.state !== 'paused') {
    refuse('invalid-state', `the ticket is ${ticket.status}; recovery needs the current, open ticket of a paused run`, {
      current_state: canonicalState(core, run),
      allowed_from_states: ['exception_open'],
    });
  }
  return ticket;
}

/** POST /tasks/{token}/recover: ticket → recovery_requested → replay_ready with a replay package. */
export function requestRecovery(core: HostCore, run: RunRecord, request: RecoveryRequest): ExceptionTicket {
  const ticket = recoverableTicket(core, run, request);
  if (request.recovery_action === 'add_evidence') run.evidenceOverride = 'sufficient';
  if (request.recovery_action === 'accept_partial') run.evidenceOverride = 'partial';
  ticket.status = 'recovery_requested';
  if (!core.faults.has('recovery-event-missing')) {
    appendEvent(core, run, {
      type: 'recovery_requested',
      actor: 'requesting_agent',
      note: `${request.recovery_action}${request.new_evidence_items?.length ? `: ${request.new_evidence_items.join(', ')}` : ''}`,
      links: { exception_url: runUrls(run).exceptions },
    });
  }
  ticket.replayPackage = replayPackage(core, run, ticket);
  ticket.status = 'replay_ready';
  appendEvent(core, run, {
    type: 'replay_package_ready',
    actor: 'host',
    note: ticket.replayPackage['safe_to_replay'] ? 'safe to replay' : 'unsafe to replay: unrecorded side effects',
    links: { replay_package_url: runUrls(run).replayPackage },
  });
  return ticket;
}

function replayPackage(core: HostCore, run: RunRecord, ticket: ExceptionTicket): Doc {
  const completed = STEPS.filter((s) => run.completedSteps.has(s));
  const last = completed.at(-1);
  const safe = core.faults.has('safe-flag-ignores-side-effects') || ticket.sideEffects !== 'unrecorded';
  return deepFreeze({
    object_type: 'agent_replay_package',
    replay_package_id: newId('rp', core.variants),
    agent_task_run_id: run.runId,
    task_token: run.token,
    exception_id: ticket.exceptionId,
    state: 'replay_ready',
    checkpoint: {
      step: last ?? null,
      // The last completed step's recording event, or the event that queued the run when none completed.
      sequence: last !== undefined ? run.completedSteps.get(last) : queuedSequence(run),
    },
    completed_steps: core.faults.has('replay-package-lists-failed-step') && ticket.failedStep !== undefined ? [...completed, ticket.failedStep] : completed,
    ...(core.variants.has('optional-members-omitted') ? {} : { resume_step: ticket.failedStep ?? null }),
    safe_to_replay: safe,
    unsafe_reasons: safe ? [] : ['unrecorded_side_effects'],
    credit_debit_policy: 'meter_delta_only',
    credits_debited_so_far: run.creditsDebited,
    replay_package_url: runUrls(run).replayPackage,
    created_at: isoTime(core.clock.now()),
  });
}

function queuedSequence(run: RunRecord): number {
  const queued = run.ledger.find((e) => e['to_state'] === 'queued');
  return Number(queued?.['sequence'] ?? 1);
}

/** The replay package in force, if the run is waiting for a replay. */
export function currentReplayPackage(run: RunRecord): Doc | undefined {
  const ticket = activeTicket(run);
  return ticket?.status === 'replay_ready' ? ticket.replayPackage : undefined;
}

/** Refuses a replay with the documented problem before anything is written; returns the ticket to resolve. */
export function checkReplayable(core: HostCore, run: RunRecord, replayPackageId: string): ExceptionTicket {
  const notAllowed = core.faults.has('replay-refusals-invalid-state') ? 'invalid-state' : 'replay-not-allowed';
  if (isTerminal(run.state)) refuse(notAllowed, `the run is ${run.state}`);
  const ticket = activeTicket(run);
  const pkg = ticket?.status === 'replay_ready' ? ticket.replayPackage : undefined;
  if (run.state !== 'paused' || ticket === undefined || pkg === undefined) {
    refuse(notAllowed, `the run is ${run.state} without a replay package ready`);
  }
  if (pkg['replay_package_id'] !== replayPackageId) {
    refuse(notAllowed, 'replay_package_id does not name the package in force for this run');
  }
  if (pkg['safe_to_replay'] !== true && !core.faults.has('replay-when-unsafe')) {
    refuse('replay-unsafe', `${ticket.failedStep ?? 'the failed step'} performed external side effects that were not recorded`);
  }
  return ticket;
}

/** Starts a checked replay: replay_started paused → queued; the runner resumes one step later. */
export function startReplay(core: HostCore, run: RunRecord, ticket: ExceptionTicket, actor: 'requesting_agent' | 'operator'): void {
  resolveTicket(core, ticket, 'resolved');
  run.replayCount++;
  if (core.faults.has('replay-rewrites-trail')) {
    const opened = run.ledger.map((e) => e['event_type']).lastIndexOf('exception_opened');
    run.ledger[opened] = deepFreeze({ ...run.ledger[opened], public_note: 'resolved by replay' });
  }
  appendEvent(core, run, {
    type: core.faults.has('replay-records-run-created') ? 'run_created' : 'replay_started',
    to: 'queued',
    actor,
    note: `replay ${run.replayCount} from package ${String(ticket.replayPackage?.['replay_package_id'])}`,
    links: { replay_package_url: runUrls(run).replayPackage },
  });
  resumeAfterReplay(core, run);
}

/** close_exception: the run ends failed; what was metered is debited, the rest released, a usage receipt issued. */
export function closeException(core: HostCore, run: RunRecord): void {
  const ticket = activeTicket(run);
  if (ticket !== undefined) resolveTicket(core, ticket, 'closed');
  settleCredits(core, run, 'units metered before the exception was closed');
  finishRun(core, run, 'failed', { note: 'exception closed by the operator' });
}
