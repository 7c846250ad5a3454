import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { isOpenedTicketStatus } from '../src/protocol/index.js';
import type { ScenarioContext } from '../src/harness/context.js';
import type { AgentTaskRun } from '../generated/types.js';
import type { RuleId } from '../src/rules.js';
import { callbackRun, refusals } from '../src/harness/checks/callback-runs.js';
import { automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { arrivalOf, FIRST_ATTEMPT_STEPS } from '../src/harness/checks/callback-steps.js';
import { pausedRun } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';
import { validate } from '../src/validate.js';

/** SPEC.md §10.4: the three commands a host MAY refuse with 409 invalid-state even where they are allowed. */
const OPTIONAL = {
  request_evidence: { allowed: ['evidence_partial', 'exception_open'], target: 'exception_open' },
  release_credit_allocation: { allowed: ['exception_open', 'replay_ready'], target: 'failed' },
  rerun_result_contract: { allowed: ['result_ready', 'receipt_issued', 'callback_pending', 'callback_delivered'], target: 'result_ready' },
} as const;

type OptionalAction = keyof typeof OPTIONAL;
const MISSING_ITEM = 'signed delivery note';

scenario(
  {
    id: 'queue-optional-commands',
    title: 'request_evidence, release_credit_allocation and rerun_result_contract, sent from a state they allow, are either refused with 409 invalid-state changing nothing or accepted with the effect SPEC.md §10.4 gives them',
    rules: ['QUEUE-COMMAND-STATES'],
    requires: ['queue_monitor', 'callbacks', 'seams.scripted_runs', 'seams.test_clock'],
    edges: [
      'QUEUE-COMMAND-STATES: request_evidence on a run paused on an evidence_gap ticket (accepted or refused)',
      'QUEUE-COMMAND-STATES: release_credit_allocation on a paused run (accepted or refused)',
      'QUEUE-COMMAND-STATES: rerun_result_contract while a callback retry is scheduled (accepted or refused)',
    ],
  },
  async (t) => {
    const gap = t.need(await pausedRun(t, { evidence_status: 'insufficient', missing_items: [MISSING_ITEM] }));
    const failedTool = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    const retrying = t.need(await callbackRun(t, () => ({ answers: refusals(1) })));
    t.need(await arrivalOf(t.clock, retrying.mailbox, 1, FIRST_ATTEMPT_STEPS, 'LIFECYCLE-HAPPY-PATH', 'the first callback attempt'));
    // A paused run with its open ticket is exception_open (REPLAY-EXCEPTION-OPENED).
    const paused = (): RuleId => 'REPLAY-EXCEPTION-OPENED';
    // After its refused first attempt the callback waits for the next automatic one (callback_pending), unless the
    // schedule has a single attempt, which SPEC.md §8.5 allows: then the callback has failed and the run is exception_open.
    const refusedOnce = (run: AgentTaskRun): RuleId => {
      const attempts = retrying.mailbox.deliveries().length;
      const secondDelayMs = retrying.policy.scheduleMs[1];
      if (attempts > 1) {
        // Attempt 2 (answered 200) came in the clock step of attempt 1: a correct host does that only with a shorter delay.
        if (secondDelayMs !== undefined && secondDelayMs < FIRST_ATTEMPT_STEPS.stepMs) {
          return t.blocked(`the second retry delay (${secondDelayMs} ms) is shorter than the kit's clock step (${FIRST_ATTEMPT_STEPS.stepMs} ms): the run was never seen waiting for attempt 2`);
        }
        return 'CALLBACK-SCHEDULE';
      }
      if (run.callback_status === 'failed') {
        if (automaticAttempts(retrying.policy) === 1) {
          return t.inapplicable('the retry schedule has a single attempt: after its refusal the run is exception_open, where rerun_result_contract is not allowed');
        }
        return 'CALLBACK-SCHEDULE';
      }
      // Delivered, closed or still pending: the 500 was not counted as the failed attempt it is.
      return 'CALLBACK-2XX-ONLY';
    };

    const requested = await judge(t, gap.run.token, 'request_evidence', paused);
    if (requested.accepted) {
      const { body: run } = await t.api.status(gap.run.token);
      const ticket = (await t.api.exceptions(gap.run.token)).body.items.find((item) => item.exception_id === gap.ticket.exception_id);
      t.assertEqual('QUEUE-COMMAND-STATES', 'request_evidence accepted: run state and ticket status after it', {
        state: run.canonical_lifecycle_state,
        ticket_waits_or_is_open: isOpenedTicketStatus(ticket?.status) || ticket?.status === 'waiting_on_requesting_agent',
      }, { state: 'exception_open', ticket_waits_or_is_open: true });
      t.assertTrue('QUEUE-COMMAND-STATES', 'request_evidence accepted: its outcome lists the missing items', jcs(requested.command.outcome ?? null).includes(MISSING_ITEM), {
        expected: `an outcome naming "${MISSING_ITEM}"`,
        observed: requested.command.outcome,
      });
    }

    const released = await judge(t, failedTool.run.token, 'release_credit_allocation', paused);
    if (released.accepted) {
      const { body: run } = await t.api.status(failedTool.run.token);
      t.assertEqual('QUEUE-COMMAND-STATES', 'release_credit_allocation accepted: the paused run ends failed', run.state, 'failed');
    }

    const rerun = await judge(t, retrying.run.token, 'rerun_result_contract', refusedOnce);
    if (rerun.accepted) {
      const contract = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(retrying.run.token)}/result-contract`);
      t.assertStatus('QUEUE-COMMAND-STATES', contract, 200);
    }
  },
);

type Judged = { accepted: true; command: NonNullable<ReturnType<typeof acceptedCommand>> } | { accepted: false };

function acceptedCommand(json: unknown) {
  const parsed = validate('retry-command', json);
  return parsed.ok ? parsed.value : null;
}

/**
 * Sends `action` to a run whose canonical state it allows. A refusal must be 409 invalid-state naming that
 * state and change nothing; an acceptance must be a retry command stating the action's states. A run found
 * elsewhere was put there by a host answer that broke the rule `placedBy` names for it (or ends the scenario).
 */
async function judge(t: ScenarioContext, token: string, action: OptionalAction, placedBy: (run: AgentTaskRun) => RuleId): Promise<Judged> {
  const { allowed, target } = OPTIONAL[action];
  const before = (await t.api.ledger(token)).body;
  const state = before.canonical_lifecycle_state;
  if (state === undefined || !(allowed as readonly string[]).includes(state)) {
    t.ensure(placedBy(before), `${action}: the run ${token} is in a canonical state the command allows`, false, {
      expected: `one of ${allowed.join(', ')}`,
      observed: { state: before.state, canonical_lifecycle_state: state, callback_status: before.callback_status },
    });
  }
  const answer = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(token)}/commands`, {
    body: { action, reason: 'conformance: an optional command where it is allowed' },
    idempotencyKey: randomUUID(),
  });
  if (answer.status === 409) {
    t.assertProblem('QUEUE-COMMAND-STATES', answer, 409, 'invalid-state');
    const problem = (answer.json ?? {}) as { current_state?: unknown };
    t.assertEqual('QUEUE-COMMAND-STATES', `${action} refused: the problem names the run's canonical state`, problem.current_state, state);
    const after = (await t.api.ledger(token)).body;
    t.assertEqual('QUEUE-COMMAND-STATES', `${action} refused: run record and ledger after the refusal (JCS)`, jcs(after), jcs(before));
    return { accepted: false };
  }
  t.assertStatus('QUEUE-COMMAND-STATES', answer, 201);
  const command = acceptedCommand(answer.json);
  t.assertTrue('QUEUE-COMMAND-STATES', `${action} accepted: a valid retry command`, command !== null, {
    expected: 'a body valid against retry-command',
    observed: answer.json,
  });
  t.assertEqual('QUEUE-COMMAND-STATES', `${action} accepted: action and states of the command`, {
    action: command!.action,
    allowed_from_states: [...command!.allowed_from_states].sort(),
    target_state: command!.target_state,
  }, { action, allowed_from_states: [...allowed].sort(), target_state: target });
  return { accepted: true, command: command! };
}
