/**
 * The way into replay scenarios: a scripted run driven until its exception pauses it, then a recovery
 * request that yields a replay package. A step the host gets wrong names the rule it broke, so `t.need` fails
 * the scenario under that rule even when the scenario was written for another one.
 */
import { randomUUID } from 'node:crypto';
import type { AgentTaskRun, ExceptionTicket, RecoveryRequest, ReplayPackage, TestScript } from '../../../generated/types.js';
import { isOpenedTicketStatus } from '../../protocol/states.js';
import type { ScenarioContext } from '../context.js';
import type { CreatedRun, FundedEntitlement } from '../flows.js';
import type { Exchange } from '../transcript.js';
import { broke, type Prepared } from './prepared.js';

type Driver = Pick<ScenarioContext, 'api' | 'flows' | 'http'>;

export type RecoveryAction = RecoveryRequest['recovery_action'];

export interface PausedRun {
  run: CreatedRun;
  /** The ledger record at rest (with state_history). */
  paused: AgentTaskRun;
  /** The run's open exception ticket. */
  ticket: ExceptionTicket;
}

export interface RecoveredRun extends PausedRun {
  /** The replay package in force after the recovery request. */
  replayPackage: ReplayPackage;
  recovery: Exchange;
}

/**
 * Creates a run with `script` (no callback unless asked for; on `entitlement` when given, else a freshly
 * funded one) and advances it until it pauses on its exception.
 */
export async function pausedRun(
  t: Driver,
  script: TestScript,
  options: { callback?: boolean; entitlement?: FundedEntitlement } = {},
): Promise<Prepared<PausedRun>> {
  const run = await t.flows.createRun({
    script,
    ...(options.callback === true ? {} : { callback: false }),
    ...(options.entitlement !== undefined ? { entitlement: options.entitlement } : {}),
  });
  const paused = await t.flows.runToRest(run.token, { thenReading: [`/tasks/${encodeURIComponent(run.token)}/exceptions`] });
  if (paused.state !== 'paused') {
    return broke('SEAMS-SCRIPT-HONOURED', `run ${run.token} scripted ${JSON.stringify(script)} comes to rest paused on its exception`, '"paused"', paused.state);
  }
  const ticket = await openTicket(t, run.token);
  return ticket.ok ? { ok: true, value: { run, paused, ticket: ticket.value } } : ticket;
}

/** The paused run's open exception ticket. */
export async function openTicket(t: Driver, token: string): Promise<Prepared<ExceptionTicket>> {
  const items = (await t.api.exceptions(token)).body.items;
  const ticket = items.find((item) => isOpenedTicketStatus(item.status));
  return ticket === undefined
    ? broke('REPLAY-EXCEPTION-OPENED', `the paused run ${token} has an open exception ticket`, 'a ticket with status "open" (or "under_review", SPEC.md §9.1)', items)
    : { ok: true, value: ticket };
}

/**
 * A run found paused at rest (`paused` is its ledger record), recovered with `recoveryAction`: the step that
 * takes a scenario's run on through a replay.
 */
export async function recoverPaused(
  t: Driver,
  run: CreatedRun,
  paused: AgentTaskRun,
  recoveryAction: RecoveryAction = 'add_evidence',
): Promise<Prepared<RecoveredRun>> {
  const ticket = await openTicket(t, run.token);
  return ticket.ok ? recoverRun(t, { run, paused, ticket: ticket.value }, recoveryAction) : ticket;
}

/** POST /recover for the paused run's ticket, then the replay package it made available. */
export async function recoverRun(t: Driver, paused: PausedRun, recoveryAction: RecoveryAction = 'retry_step'): Promise<Prepared<RecoveredRun>> {
  const token = encodeURIComponent(paused.run.token);
  const recovery = await t.http.request('POST', `/api/agents/tasks/${token}/recover`, {
    body: { object_type: 'agent_recovery_request', exception_id: paused.ticket.exception_id, recovery_action: recoveryAction },
    idempotencyKey: randomUUID(),
  });
  if (recovery.status !== 200) {
    return broke('REPLAY-RECOVERY', `POST /recover for the open ticket ${paused.ticket.exception_id} of ${paused.run.token} is accepted`, '200', recovery.status);
  }
  const replayPackage = (await t.api.replayPackage(paused.run.token)).body;
  return { ok: true, value: { ...paused, replayPackage, recovery } };
}

/** A scripted run paused on its exception and recovered, ready for a replay. */
export async function recoveredRun(t: Driver, script: TestScript): Promise<Prepared<RecoveredRun>> {
  const paused = await pausedRun(t, script);
  return paused.ok ? recoverRun(t, paused.value) : paused;
}

/** The body of POST /replay for a package. */
export function replayRequest(replayPackage: ReplayPackage): { object_type: 'agent_replay_request'; replay_package_id: string } {
  return { object_type: 'agent_replay_request', replay_package_id: replayPackage.replay_package_id };
}

export interface ReplayAttempt {
  exchange: Exchange;
  /** The run's ledger record (with state_history) read right before and right after the request. */
  before: AgentTaskRun;
  after: AgentTaskRun;
}

/** POST /replay for `token` with `body` between two reads of the run: for replays that must be refused and change nothing. */
export async function attemptReplay(t: Driver, token: string, body: unknown): Promise<ReplayAttempt> {
  const before = (await t.api.ledger(token)).body;
  const exchange = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(token)}/replay`, { body, idempotencyKey: randomUUID() });
  const after = (await t.api.ledger(token)).body;
  return { exchange, before, after };
}
