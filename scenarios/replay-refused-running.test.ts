import { scenario } from '../src/harness/index.js';
import { attemptReplay, pausedRun, recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-refused-running',
    title: 'A replay of a run that is not paused with a replay package ready is refused with 409 replay-not-allowed and changes nothing',
    rules: ['REPLAY-REFUSED-RUNNING'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    // 1. A run already replaying (queued again, clock not advanced), asked again with the package it used.
    const replaying = t.need(await recoveredRun(t, { fail_at: 'tool_execution' }));
    await t.api.replay(replaying.run.token, replayRequest(replaying.replayPackage));
    // 2. A run paused on an open exception that was never recovered: no package exists.
    const unrecovered = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    // 3. A run that never failed, still operating.
    const operating = await t.flows.createRun({ callback: false });
    await t.flows.advanceUntil(operating.token, (run) => run.state === 'evidence_review' || run.state === 'tool_execution', { stepMs: 1000, maxSteps: 10 });

    const packageId = replaying.replayPackage.replay_package_id;
    const cases = [
      { label: 'run already replaying', token: replaying.run.token },
      { label: 'paused run without a replay package', token: unrecovered.run.token },
      { label: 'operating run that never failed', token: operating.token },
    ];
    for (const { label, token } of cases) {
      const { exchange, before, after } = await attemptReplay(t, token, { object_type: 'agent_replay_request', replay_package_id: packageId });
      t.assertProblem('REPLAY-REFUSED-RUNNING', exchange, 409, 'replay-not-allowed');
      t.assertEqual('REPLAY-REFUSED-RUNNING', `${label} (state ${before.state}): run record and ledger after the refusal (JCS)`, jcs(after), jcs(before));
    }
  },
);
