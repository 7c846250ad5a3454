import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';

scenario(
  {
    id: 'replay-refused-unsafe',
    title: 'A replay (request or replay_from_checkpoint command) of a package with safe_to_replay false is refused with 409 replay-unsafe and changes nothing',
    rules: ['REPLAY-REFUSED-UNSAFE'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const { run, replayPackage } = t.need(await recoveredRun(t, { fail_at: 'tool_execution', side_effects: 'unrecorded' }));
    t.ensure('REPLAY-SAFETY-FROM-SIDE-EFFECTS', 'the package of a step with unrecorded side effects says safe_to_replay false', replayPackage.safe_to_replay === false, {
      expected: 'false',
      observed: replayPackage.safe_to_replay,
    });
    const path = `/api/agents/tasks/${encodeURIComponent(run.token)}`;
    const before = (await t.api.ledger(run.token)).body;

    const refused = await t.http.request('POST', `${path}/replay`, { body: replayRequest(replayPackage), idempotencyKey: randomUUID() });
    t.assertProblem('REPLAY-REFUSED-UNSAFE', refused, 409, 'replay-unsafe');
    const afterRequest = (await t.api.ledger(run.token)).body;
    t.assertEqual('REPLAY-REFUSED-UNSAFE', 'run record and ledger after the refused replay request (JCS)', jcs(afterRequest), jcs(before));

    const command = await t.http.request('POST', `${path}/commands`, {
      body: { action: 'replay_from_checkpoint', reason: 'conformance: unsafe replay' },
      idempotencyKey: randomUUID(),
    });
    t.assertProblem('REPLAY-REFUSED-UNSAFE', command, 409, 'replay-unsafe');
    const afterCommand = (await t.api.ledger(run.token)).body;
    t.assertEqual('REPLAY-REFUSED-UNSAFE', 'run record and ledger after the refused replay_from_checkpoint (JCS)', jcs(afterCommand), jcs(before));
    const replayPackageAfter = (await t.api.replayPackage(run.token)).body;
    t.assertEqual('REPLAY-REFUSED-UNSAFE', 'replay package after the refusals', replayPackageAfter, replayPackage);
  },
);
