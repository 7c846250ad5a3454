import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { pausedRun } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';
import { validate } from '../src/validate.js';

scenario(
  {
    id: 'queue-command-states',
    title: "Retry commands are refused with 409 invalid-state (current and allowed states named, nothing changed) outside their allowed_from_states",
    rules: ['QUEUE-COMMAND-STATES'],
    requires: ['queue_monitor', 'callbacks', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const done = await t.flows.completedRun();
    const paused = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    const held = await t.flows.createRun({ script: { stall_at: 'tool_execution' }, callback: false });
    await t.flows.advanceUntil(held.token, (run) => run.state === 'tool_execution', { stepMs: 1000, maxSteps: 30 });

    const refusals = [
      { label: 'advance_queue on a closed run', token: done.token, action: 'advance_queue' },
      { label: 'retry_callback on a run whose callback was delivered', token: done.token, action: 'retry_callback' },
      { label: 'replay_from_checkpoint on a closed run', token: done.token, action: 'replay_from_checkpoint' },
      { label: 'advance_queue on a run with an open exception', token: paused.run.token, action: 'advance_queue' },
      { label: 'replay_from_checkpoint on a run with an open exception (no package)', token: paused.run.token, action: 'replay_from_checkpoint' },
      { label: 'retry_callback on an operating run', token: held.token, action: 'retry_callback' },
    ];
    const deliveriesBefore = done.mailbox?.deliveries().length ?? 0;
    for (const { label, token, action } of refusals) {
      const before = (await t.api.ledger(token)).body;
      const refused = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(token)}/commands`, {
        body: { action, reason: 'conformance: command outside its states' },
        idempotencyKey: randomUUID(),
      });
      t.assertProblem('QUEUE-COMMAND-STATES', refused, 409, 'invalid-state');
      const problem = (refused.json ?? {}) as { current_state?: unknown; allowed_from_states?: unknown };
      const allowed = Array.isArray(problem.allowed_from_states) ? (problem.allowed_from_states as unknown[]) : null;
      t.assertTrue('QUEUE-COMMAND-STATES', `${label}: problem names the run's canonical state, outside allowed_from_states`, problem.current_state === before.canonical_lifecycle_state && allowed !== null && !allowed.includes(problem.current_state), {
        expected: `current_state ${String(before.canonical_lifecycle_state)} and an allowed_from_states list without it`,
        observed: { current_state: problem.current_state, allowed_from_states: problem.allowed_from_states },
      });
      const after = (await t.api.ledger(token)).body;
      t.assertEqual('QUEUE-COMMAND-STATES', `${label}: run record and ledger after the refusal (JCS)`, jcs(after), jcs(before));
    }
    t.assertEqual('QUEUE-COMMAND-STATES', 'callback attempts made by the refused retry_callback', (done.mailbox?.deliveries().length ?? 0) - deliveriesBefore, 0);

    // The same command is accepted from a state it allows, and says so.
    const accepted = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(held.token)}/commands`, {
      body: { action: 'advance_queue', reason: 'conformance: command inside its states' },
      idempotencyKey: randomUUID(),
    });
    t.assertStatus('QUEUE-COMMAND-STATES', accepted, 201);
    const command = validate('retry-command', accepted.json);
    const heldStatus = (await t.api.status(held.token)).body;
    t.assertTrue('QUEUE-COMMAND-STATES', 'accepted advance_queue lists the state it was accepted from in allowed_from_states', command.ok && command.value.allowed_from_states.includes(heldStatus.canonical_lifecycle_state ?? 'operating'), {
      expected: `a valid retry-command whose allowed_from_states include ${String(heldStatus.canonical_lifecycle_state)}`,
      observed: command.ok ? command.value.allowed_from_states : command.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
    });
  },
);
