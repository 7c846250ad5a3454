import { randomUUID } from 'node:crypto';
import type { CreatedRun } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { formatDuration } from '../src/harness/real-time.js';
import { closedIfOffered } from '../src/harness/checks/close-exception.js';
import { pausedRun } from '../src/harness/checks/recovery.js';

/** Every published retry command action (SPEC.md §10.4); none is allowed from closed or failed. */
const ACTIONS = [
  'advance_queue',
  'retry_callback',
  'replay_from_checkpoint',
  'request_evidence',
  'release_credit_allocation',
  'rerun_result_contract',
  'close_exception',
] as const;
const ONE_DAY_MS = 86_400_000;

scenario(
  {
    id: 'lifecycle-terminal-absorbing',
    title: 'A closed or failed run never changes again: time passing, commands and replays leave it as it was',
    rules: ['LIFECYCLE-TERMINAL-ABSORBING'],
  },
  async (t) => {
    const terminal: Array<{ name: string; run: CreatedRun }> = [];

    const closed = await t.flows.createRun({});
    const closedAtRest = await t.flows.runToRest(closed.token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${closed.token} comes to rest closed`, closedAtRest.state === 'closed', {
      expected: '"closed"',
      observed: { state: closedAtRest.state, callback_status: closedAtRest.callback_status },
    });
    terminal.push({ name: 'closed run', run: closed });

    // A failed run: structured output beyond any allowed retry count, or an exception closed by command.
    for (const c of t.cases([{ name: 'run failed by structured output', script: { structured_output: { invalid_attempts: 11 } }, needs: 'agent_runtime' }] as const)) {
      const failed = await t.flows.createRun({ script: c.script, callback: false });
      const failedAtRest = await t.flows.runToRest(failed.token);
      t.ensure('LIFECYCLE-STRUCTURED-FAILURE', `run ${failed.token} with 11 invalid structured outputs (beyond any maxValidationRetries) ends failed`, failedAtRest.state === 'failed', {
        expected: '"failed"',
        observed: failedAtRest.state,
      });
      terminal.push({ name: 'run failed by structured output', run: failed });
    }
    for (const c of t.cases([{ name: 'run failed by close_exception', script: { evidence_status: 'insufficient' }, needs: 'queue_monitor' }] as const)) {
      const { run: closedException } = t.need(await pausedRun(t, c.script));
      // close_exception is a SHOULD (SPEC §10.4): where the host declines it, this terminal run does not exist.
      if (await closedIfOffered(t, closedException.token)) {
        const failedAtRest = await t.flows.runToRest(closedException.token);
        t.ensure('QUEUE-COMMAND-STATES', `the accepted close_exception takes the run ${closedException.token} to its target state failed`, failedAtRest.state === 'failed', {
          expected: '"failed"',
          observed: failedAtRest.state,
        });
        terminal.push({ name: 'run failed by close_exception', run: closedException });
      }
    }

    const snapshot = async (run: CreatedRun): Promise<Record<string, unknown>> => {
      const ledger = (await t.api.ledger(run.token)).body;
      const documents: Record<string, unknown> = {
        status: (await t.api.status(run.token)).body,
        ledger,
        entitlement: (await t.api.entitlement(run.entitlement.entitlementId)).body,
      };
      if (ledger.state === 'closed') {
        documents['result'] = (await t.api.result(run.token)).body;
        documents['attestation'] = (await t.api.attestation(run.token)).body;
        const receiptUrl = ledger.usage_receipt_url ?? ledger.receipt_url;
        documents['usage_receipt'] = receiptUrl === undefined ? null : (await t.http.request('GET', receiptUrl)).json;
      }
      return documents;
    };
    const before = new Map<CreatedRun, Record<string, unknown>>();
    for (const { run } of terminal) before.set(run, await snapshot(run));

    // Time passes once for every run (as much as the host keeps them all, SPEC.md §4.6). In real time the host's
    // activity horizon, waited once, is all the time that can show a change.
    let passedMs = 0;
    for (let day = 0; day < (t.clock.mode === 'test_clock' ? 3 : 1); day += 1) passedMs += await t.flows.letTimePass(ONE_DAY_MS);
    for (const { name, run } of terminal) {
      t.assertEqual('LIFECYCLE-TERMINAL-ABSORBING', `${name}: documents after ${formatDuration(passedMs)} of host time`, await snapshot(run), before.get(run));
      if (t.caps.queue_monitor.supported) {
        for (const action of ACTIONS) {
          const refused = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(run.token)}/commands`, {
            body: { action },
            idempotencyKey: randomUUID(),
          });
          t.assertProblem('LIFECYCLE-TERMINAL-ABSORBING', refused, 409, 'invalid-state');
        }
      }
      if (t.caps.replay.supported) {
        const refused = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(run.token)}/replay`, {
          body: { object_type: 'agent_replay_request', replay_package_id: 'replay-package-of-a-terminal-run' },
          idempotencyKey: randomUUID(),
        });
        t.assertProblem('LIFECYCLE-TERMINAL-ABSORBING', refused, 409, 'replay-not-allowed');
      }
    }
    const laterMs = await t.flows.letTimePass(ONE_DAY_MS);
    for (const { name, run } of terminal) {
      t.assertEqual('LIFECYCLE-TERMINAL-ABSORBING', `${name}: documents ${formatDuration(laterMs)} after refused commands and replay`, await snapshot(run), before.get(run));
    }
  },
);
