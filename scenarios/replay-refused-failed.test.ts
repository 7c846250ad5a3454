import { scenario } from '../src/harness/index.js';
import { closeException } from '../src/harness/checks/close-exception.js';
import { attemptReplay, recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-refused-failed',
    title: 'A replay of a run that ended failed (its exception closed) is refused with 409 replay-not-allowed and changes nothing',
    rules: ['REPLAY-REFUSED-CLOSED'],
    // Retry commands, close_exception among them, belong to the queue monitor area (SPEC.md §10).
    requires: ['replay', 'queue_monitor', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const { run, replayPackage } = t.need(await recoveredRun(t, { fail_at: 'tool_execution' }));
    const path = `/api/agents/tasks/${encodeURIComponent(run.token)}`;
    // close_exception (a SHOULD of SPEC.md §10.4) is the protocol's way to end a paused run as failed.
    t.need(await closeException(t, run.token));
    const failed = await t.flows.runToRest(run.token);
    t.ensure('QUEUE-COMMAND-STATES', `the accepted close_exception takes the run ${run.token} to its target state failed`, failed.state === 'failed', {
      expected: '"failed"',
      observed: failed.state,
    });

    const { exchange, before, after } = await attemptReplay(t, run.token, replayRequest(replayPackage));
    t.assertProblem('REPLAY-REFUSED-CLOSED', exchange, 409, 'replay-not-allowed');
    t.assertEqual('REPLAY-REFUSED-CLOSED', 'run record and ledger after the refusal (JCS)', jcs(after), jcs(before));
  },
);
