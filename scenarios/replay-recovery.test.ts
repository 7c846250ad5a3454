import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { pausedRun } from '../src/harness/checks/recovery.js';
import { validate } from '../src/validate.js';

scenario(
  {
    id: 'replay-recovery',
    title: 'A recovery request moves the open ticket to replay_ready, records recovery_requested and replay_package_ready and makes a replay package available',
    rules: ['REPLAY-RECOVERY'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const { run, paused, ticket } = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    const path = `/api/agents/tasks/${encodeURIComponent(run.token)}`;
    const eventsBefore = paused.state_history ?? [];

    const missing = await t.http.request('GET', `${path}/replay-package`);
    t.assertProblem('REPLAY-RECOVERY', missing, 409, 'replay-not-allowed');

    const recovery = await t.http.request('POST', `${path}/recover`, {
      body: { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step', note: 'conformance' },
      idempotencyKey: randomUUID(),
    });
    t.assertStatus('REPLAY-RECOVERY', recovery, 200);
    const answered = validate('exception-ticket', recovery.json);
    t.assertTrue('REPLAY-RECOVERY', 'recovery answer is the exception ticket', answered.ok, {
      expected: 'a valid exception-ticket document',
      observed: answered.ok ? 'valid' : answered.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
    });
    const recovered = answered.ok ? answered.value : undefined;
    t.assertEqual('REPLAY-RECOVERY', 'answered ticket (id, status)', { exception_id: recovered?.exception_id, status: recovered?.status }, {
      exception_id: ticket.exception_id,
      status: 'replay_ready',
    });

    const listed = (await t.api.exceptions(run.token)).body.items.find((item) => item.exception_id === ticket.exception_id);
    t.assertEqual('REPLAY-RECOVERY', 'ticket status in the exception list', listed?.status, 'replay_ready');

    const events = (await t.api.ledger(run.token)).body.state_history ?? [];
    const added = events.slice(eventsBefore.length).map((event) => event.event_type);
    t.assertEqual('REPLAY-RECOVERY', 'events the recovery request appended', added, ['recovery_requested', 'replay_package_ready']);

    const available = await t.http.request('GET', `${path}/replay-package`);
    t.assertStatus('REPLAY-RECOVERY', available, 200);
    const replayPackage = validate('replay-package', available.json);
    t.assertTrue('REPLAY-RECOVERY', 'replay package validates against replay-package.schema.json', replayPackage.ok, {
      expected: 'a valid replay-package document',
      observed: replayPackage.ok ? 'valid' : replayPackage.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
    });
    t.assertEqual('REPLAY-RECOVERY', 'replay package names the recovered ticket', replayPackage.ok ? replayPackage.value.exception_id : undefined, ticket.exception_id);
  },
);
