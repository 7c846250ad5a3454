import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { attemptReplay, recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-refused-failed',
    title: 'A replay of a run that ended failed (its exception closed) is refused with 409 replay-not-allowed and changes nothing',
    rules: ['REPLAY-REFUSED-CLOSED'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const prepared = await recoveredRun(t, { fail_at: 'tool_execution' });
    if (!prepared.ok) return t.blocked(prepared.reason);
    const { run, replayPackage } = prepared.value;
    const path = `/api/agents/tasks/${encodeURIComponent(run.token)}`;
    // close_exception (a SHOULD of SPEC.md §10.4) is the protocol's way to end a paused run as failed.
    const close = await t.http.request('POST', `${path}/commands`, {
      body: { action: 'close_exception', reason: 'conformance: end the run failed' },
      idempotencyKey: randomUUID(),
    });
    if (close.status !== 201) return t.blocked(`close_exception answered ${close.status}; no way to end the run failed`);
    const failed = await t.flows.runToRest(run.token);
    if (failed.state !== 'failed') return t.blocked(`after close_exception the run came to rest ${failed.state}, not failed`);

    const { exchange, before, after } = await attemptReplay(t, run.token, replayRequest(replayPackage));
    t.assertProblem('REPLAY-REFUSED-CLOSED', exchange, 409, 'replay-not-allowed');
    t.assertEqual('REPLAY-REFUSED-CLOSED', 'run record and ledger after the refusal (JCS)', jcs(after), jcs(before));
  },
);
