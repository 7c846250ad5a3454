/**
 * Retry commands (contract §10): each action is allowed only from its canonical states; a refused
 * command answers 409 invalid-state and changes nothing.
 */
import type { CanonicalState } from '../src/protocol/states.js';
import { retryCallbackNow } from './callbacks/dispatcher.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { activeTicket, canonicalState } from './documents.js';
import { newId } from './ids.js';
import { appendEvent } from './ledger.js';
import type { Doc, RunRecord } from './model.js';
import { ProblemError, refuse } from './problems.js';
import { checkReplayable, closeException, currentReplayPackage, startReplay } from './replay.js';
import { releaseStall } from './runner.js';
import { runUrls } from './urls.js';

export const COMMAND_ACTIONS = [
  'retry_callback',
  'replay_from_checkpoint',
  'advance_queue',
  'request_evidence',
  'release_credit_allocation',
  'rerun_result_contract',
  'close_exception',
] as const;
export type CommandAction = (typeof COMMAND_ACTIONS)[number];

interface CommandSpec {
  readonly allowedFrom: readonly CanonicalState[];
  readonly target: CanonicalState;
  /** A reason the command does not apply to this run although its state allows it; checked before any write. */
  readonly notApplicable?: (run: RunRecord, core: HostCore) => string | undefined;
  readonly execute: (core: HostCore, run: RunRecord) => Promise<Readonly<Record<string, unknown>>> | Readonly<Record<string, unknown>>;
}

export const COMMANDS: Readonly<Record<CommandAction, CommandSpec>> = {
  retry_callback: {
    allowedFrom: ['exception_open', 'callback_pending'],
    target: 'callback_delivered',
    notApplicable: (run, core) => {
      if (run.callback.status !== 'failed' && run.callback.status !== 'retrying') {
        return `callback_status is ${run.callback.status}; a manual retry needs failed or retrying`;
      }
      // The attempts record is bounded (SPEC §8.9): a message that failed this often needs its receiver fixed first.
      const most = core.config.maxCallbackAttemptsPerRun;
      return run.callback.attempts.length >= most ? `the callback has made ${most} attempts, the most one message may make` : undefined;
    },
    async execute(core, run) {
      const attempt = await retryCallbackNow(core, run);
      if (attempt === undefined) return { attempt: null, note: 'the callback was already delivered' };
      return {
        attempt_number: attempt['attempt_number'],
        delivered: attempt['outcome'] === 'delivered',
        http_status: attempt['http_status'],
        error: attempt['error'],
      };
    },
  },
  replay_from_checkpoint: {
    allowedFrom: ['replay_ready'],
    target: 'queued',
    execute(core, run) {
      const pkg = currentReplayPackage(run);
      const ticket = checkReplayable(core, run, String(pkg?.['replay_package_id']));
      startReplay(core, run, ticket, 'operator');
      return { replay_package_id: pkg?.['replay_package_id'], replay_count: run.replayCount };
    },
  },
  advance_queue: {
    allowedFrom: ['queued', 'operating', 'evidence_partial'],
    target: 'operating',
    execute(core, run) {
      const advanced = !core.faults.has('advance-queue-noop') && releaseStall(core, run);
      if (advanced) core.store.advancedByTenant.set(run.tenantId, (core.store.advancedByTenant.get(run.tenantId) ?? 0) + 1);
      return { advanced, note: advanced ? 'stall cleared; the held step runs next' : 'the run was not stalled' };
    },
  },
  request_evidence: {
    allowedFrom: ['evidence_partial', 'exception_open'],
    target: 'exception_open',
    notApplicable: (run, core) =>
      core.variants.has('optional-commands-refused')
        ? 'this host does not ask requesting agents for evidence'
        : run.evidenceStatus === 'partial' || activeTicket(run)?.exceptionType === 'evidence_gap'
          ? undefined
          : 'the run has no evidence gap',
    execute(core, run) {
      const ticket = activeTicket(run);
      if (ticket?.status === 'open' && ticket.exceptionType === 'evidence_gap' && core.variants.has('optional-commands-implemented')) {
        ticket.status = 'waiting_on_requesting_agent';
      }
      return { requested_items: [...(ticket?.missingItems ?? ['evidence'])] };
    },
  },
  release_credit_allocation: {
    allowedFrom: ['exception_open', 'replay_ready'],
    target: 'failed',
    // A paused run keeps its reservation for the replay; by default the reference host releases it only by close_exception.
    notApplicable: (run, core) =>
      !core.variants.has('optional-commands-implemented')
        ? 'the reservation is released when the run ends; use close_exception'
        : run.state === 'paused'
          ? undefined
          : 'only a paused run holds a reservation to release',
    execute(core, run) {
      closeException(core, run);
      return { state: run.state, credits_reserved: run.reservation.held };
    },
  },
  rerun_result_contract: {
    allowedFrom: ['result_ready', 'receipt_issued', 'callback_pending', 'callback_delivered'],
    target: 'result_ready',
    notApplicable: (_run, core) => (core.variants.has('optional-commands-refused') ? 'this host computes the result contract on every read' : undefined),
    execute: (_core, run) => ({ result_contract_url: runUrls(run).resultContract }),
  },
  close_exception: {
    allowedFrom: ['exception_open', 'replay_ready'],
    target: 'failed',
    notApplicable: (run, core) =>
      core.variants.has('close-exception-declined')
        ? 'this host does not close exceptions by command'
        : run.state === 'paused'
          ? undefined
          : 'a failed callback is closed by a successful retry_callback, not closed as an exception',
    execute(core, run) {
      closeException(core, run);
      return { state: run.state };
    },
  },
};

export interface CommandRequest {
  readonly action: CommandAction;
  readonly reason?: string;
  readonly requested_by?: string;
}

/** Checks and runs a command; refusals throw before the first write. */
export async function runCommand(core: HostCore, run: RunRecord, request: CommandRequest, idempotencyKey: string | null): Promise<Doc> {
  const spec = COMMANDS[request.action];
  const current = canonicalState(core, run);
  const allowed = [...spec.allowedFrom];
  if (!spec.allowedFrom.includes(current) && !core.faults.has('command-state-unchecked')) {
    refuse('invalid-state', `${request.action} is allowed from ${allowed.join(', ')}; the run is ${current}`, {
      current_state: current,
      allowed_from_states: allowed,
    });
  }
  const reason = spec.notApplicable?.(run, core);
  if (reason !== undefined) refuse('invalid-state', reason, { current_state: current, allowed_from_states: allowed });
  if (request.action === 'replay_from_checkpoint') checkReplayable(core, run, String(currentReplayPackage(run)?.['replay_package_id']));

  const commandId = newId('cmd', core.variants);
  const createdAtMs = core.clock.now();
  appendEvent(core, run, {
    type: 'retry_command_accepted',
    actor: 'operator',
    note: `${request.action} (${commandId})${request.reason ? `: ${request.reason}` : ''}`,
    links: { retry_command_url: runUrls(run).commands },
  });
  // Queued for later processing (SPEC §10.4 status `accepted`): the effect is due work at the command's time, done
  // by the first advance that reaches it; a command the run no longer allows by then does nothing.
  const queued = request.action !== 'retry_callback' && request.action !== 'request_evidence' && core.variants.has('commands-queued');
  if (queued) {
    core.scheduler.after(0, `command ${commandId}`, async () => {
      if (!spec.allowedFrom.includes(canonicalState(core, run)) || spec.notApplicable?.(run, core) !== undefined) return;
      try {
        await spec.execute(core, run);
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
      }
    });
  }
  const outcome = queued ? { queued: true, note: 'the command is processed as due work at its time' } : await spec.execute(core, run);
  return {
    object_type: 'agent_retry_command',
    command_id: commandId,
    task_token: run.token,
    action: request.action,
    requested_by: request.requested_by ?? 'operator',
    allowed_from_states: allowed,
    target_state: spec.target,
    ...(request.reason !== undefined ? { reason: request.reason } : {}),
    ...(idempotencyKey !== null ? { idempotency_key: idempotencyKey } : {}),
    status: queued ? 'accepted' : 'completed',
    outcome,
    created_at: isoTime(createdAtMs),
  };
}
