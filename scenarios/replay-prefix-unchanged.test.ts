import { scenario } from '../src/harness/index.js';
import { recoverRun, pausedRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-prefix-unchanged',
    title: 'Every ledger event recorded before a recovery and replay is served byte-identical (JCS) afterwards; the replay only appends',
    rules: ['REPLAY-PREFIX-UNCHANGED'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const paused = t.need(await pausedRun(t, { fail_at: 'tool_execution', units_before_failure: 1 }));
    const beforeRecovery = (paused.paused.state_history ?? []).map((event) => jcs(event));
    const { run, replayPackage } = t.need(await recoverRun(t, paused));
    const beforeReplay = ((await t.api.ledger(run.token)).body.state_history ?? []).map((event) => jcs(event));
    await t.api.replay(run.token, replayRequest(replayPackage));
    const rested = await t.flows.runToRest(run.token);
    const after = (rested.state_history ?? []).map((event) => jcs(event));

    t.assertTrue('REPLAY-PREFIX-UNCHANGED', 'events were recorded before the recovery', beforeRecovery.length > 0, {
      expected: 'a non-empty ledger',
      observed: beforeRecovery.length,
    });
    t.assertEqual('REPLAY-PREFIX-UNCHANGED', 'events recorded before the recovery, as served after the replay (JCS)', after.slice(0, beforeRecovery.length), beforeRecovery);
    t.assertEqual('REPLAY-PREFIX-UNCHANGED', 'events recorded before the replay, as served after it (JCS)', after.slice(0, beforeReplay.length), beforeReplay);
    t.assertTrue('REPLAY-PREFIX-UNCHANGED', 'the replay appended events', after.length > beforeReplay.length, {
      expected: `more than ${beforeReplay.length} events`,
      observed: after.length,
    });
    t.assertEqual('REPLAY-PREFIX-UNCHANGED', 'run state after the replay', rested.state, 'closed');
  },
);
