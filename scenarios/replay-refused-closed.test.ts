import { scenario } from '../src/harness/index.js';
import { attemptReplay, recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-refused-closed',
    title: 'A replay of a closed run, with the package it was replayed from or any other, is refused with 409 replay-not-allowed and changes nothing',
    rules: ['REPLAY-REFUSED-CLOSED'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    // A run that failed, was replayed and closed: its own replay package id is real.
    const script = { fail_at: 'tool_execution' } as const;
    const { run, replayPackage } = t.need(await recoveredRun(t, script));
    await t.api.replay(run.token, replayRequest(replayPackage));
    const replayed = await t.flows.runToRest(run.token);
    t.ensure('SEAMS-SCRIPT-HONOURED', `the run ${run.token} scripted ${JSON.stringify(script)} comes to rest closed after its replay`, replayed.state === 'closed', {
      expected: '"closed"',
      observed: replayed.state,
    });
    // A run that closed without ever failing (completedRun fails the scenario when it does not close).
    const plain = await t.flows.completedRun();

    const cases = [
      { label: 'replayed run, now closed, with its own package', token: run.token, body: replayRequest(replayPackage) },
      {
        label: 'run closed without an exception',
        token: plain.token,
        body: { object_type: 'agent_replay_request', replay_package_id: replayPackage.replay_package_id },
      },
    ];
    for (const { label, token, body } of cases) {
      const { exchange, before, after } = await attemptReplay(t, token, body);
      t.assertProblem('REPLAY-REFUSED-CLOSED', exchange, 409, 'replay-not-allowed');
      t.assertEqual('REPLAY-REFUSED-CLOSED', `${label}: run record and ledger after the refusal (JCS)`, jcs(after), jcs(before));
    }
  },
);
