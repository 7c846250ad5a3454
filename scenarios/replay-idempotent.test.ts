import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-idempotent',
    title: 'A replay request repeated with the same Idempotency-Key returns the first answer and appends no event',
    rules: ['REPLAY-IDEMPOTENT'],
    requires: ['replay', 'idempotency', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const { run, replayPackage } = t.need(await recoveredRun(t, { fail_at: 'tool_execution' }));
    const path = `/api/agents/tasks/${encodeURIComponent(run.token)}/replay`;
    const key = randomUUID();

    const { exchange: first } = await t.api.replay(run.token, replayRequest(replayPackage), key);
    const ledgerAfterFirst = ((await t.api.ledger(run.token)).body.state_history ?? []).map((event) => jcs(event));

    // No clock advance in between: anything new in the ledger could only come from the repeat.
    const repeat = await t.http.request('POST', path, { body: replayRequest(replayPackage), idempotencyKey: key });
    t.assertEqual('REPLAY-IDEMPOTENT', 'repeated replay: status, content type and body', {
      status: repeat.status,
      content_type: repeat.headers['content-type'],
      body: repeat.json,
    }, { status: first.status, content_type: first.headers['content-type'], body: first.json });
    const ledgerAfterRepeat = ((await t.api.ledger(run.token)).body.state_history ?? []).map((event) => jcs(event));
    t.assertEqual('REPLAY-IDEMPOTENT', 'ledger after the repeat (JCS of every event)', ledgerAfterRepeat, ledgerAfterFirst);
    const status = (await t.api.status(run.token)).body;
    t.assertEqual('REPLAY-IDEMPOTENT', 'replay_count after the repeat', status.replay_count, 1);

    // The key protects the run through its whole continuation, not only while it is queued.
    await t.flows.runToRest(run.token);
    const ledgerAtRest = ((await t.api.ledger(run.token)).body.state_history ?? []).map((event) => jcs(event));
    const late = await t.http.request('POST', path, { body: replayRequest(replayPackage), idempotencyKey: key });
    t.assertEqual('REPLAY-IDEMPOTENT', 'replay repeated after the run closed: status and body', { status: late.status, body: late.json }, {
      status: first.status,
      body: first.json,
    });
    const ledgerAfterLate = ((await t.api.ledger(run.token)).body.state_history ?? []).map((event) => jcs(event));
    t.assertEqual('REPLAY-IDEMPOTENT', 'ledger after the late repeat (JCS of every event)', ledgerAfterLate, ledgerAtRest);
  },
);
