import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { validate } from '../src/validate.js';

scenario(
  {
    id: 'replay-same-run',
    title: 'A replay continues the same run id and status token: no second run, reservation or run_created event',
    rules: ['REPLAY-SAME-RUN'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const { run, replayPackage } = t.need(await recoveredRun(t, { fail_at: 'tool_execution', units_before_failure: 1 }));
    const runId = run.created.agent_task_run_id;
    const entitlementBefore = (await t.api.entitlement(run.entitlement.entitlementId)).body;

    const replay = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(run.token)}/replay`, {
      body: replayRequest(replayPackage),
      idempotencyKey: randomUUID(),
    });
    t.assertStatus('REPLAY-SAME-RUN', replay, 202);
    const answered = validate('agent-task-run', replay.json);
    // SPEC §4.5 hands the token out with the creation answer; a run record need not repeat it, but one that does
    // names the same token.
    const answeredToken = answered.ok ? (answered.value.status_token ?? run.token) : undefined;
    t.assertEqual('REPLAY-SAME-RUN', 'replay answer: run id and status token (when the record carries one)', {
      agent_task_run_id: answered.ok ? answered.value.agent_task_run_id : undefined,
      status_token: answeredToken,
    }, { agent_task_run_id: runId, status_token: run.token });

    const entitlementAfter = (await t.api.entitlement(run.entitlement.entitlementId)).body;
    t.assertEqual('REPLAY-SAME-RUN', 'entitlement reservation right after the replay started (no new run reserved)', entitlementAfter.credits_reserved, entitlementBefore.credits_reserved);

    const rested = await t.flows.runToRest(run.token);
    const status = (await t.api.status(run.token)).body;
    t.assertEqual('REPLAY-SAME-RUN', 'status token still names the run, which reached closed', {
      agent_task_run_id: status.agent_task_run_id,
      state: status.state,
      replay_count: status.replay_count,
    }, { agent_task_run_id: runId, state: 'closed', replay_count: 1 });
    const events = rested.state_history ?? [];
    t.assertEqual('REPLAY-SAME-RUN', 'runs named by the ledger events', [...new Set(events.map((event) => event.agent_task_run_id))], [runId]);
    t.assertEqual('REPLAY-SAME-RUN', 'run_created and credit_reserved events in the ledger', {
      run_created: events.filter((event) => event.event_type === 'run_created').length,
      credit_reserved: events.filter((event) => event.event_type === 'credit_reserved').length,
    }, { run_created: 1, credit_reserved: 1 });
    t.assertEqual('REPLAY-SAME-RUN', 'run URLs unchanged by the replay', {
      status_url: status.status_url,
      ledger_url: status.ledger_url,
      result_url: status.result_url,
    }, { status_url: run.created.status_url, ledger_url: run.created.ledger_url, result_url: run.created.result_url });
  },
);
