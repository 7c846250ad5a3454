import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { recoveredRun } from '../src/harness/checks/recovery.js';

const CASES: readonly { sideEffects: TestScript['side_effects']; safe: boolean }[] = [
  { sideEffects: 'none', safe: true },
  { sideEffects: 'recorded', safe: true },
  { sideEffects: 'unrecorded', safe: false },
  { sideEffects: undefined, safe: true },
];

scenario(
  {
    id: 'replay-safety-from-side-effects',
    title: 'safe_to_replay is false exactly when the failed step had unrecorded external side effects',
    rules: ['REPLAY-SAFETY-FROM-SIDE-EFFECTS'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const { sideEffects, safe } of CASES) {
      const label = sideEffects === undefined ? 'side effects not scripted (none)' : `side_effects ${sideEffects}`;
      const script: TestScript = { fail_at: 'tool_execution', ...(sideEffects !== undefined ? { side_effects: sideEffects } : {}) };
      const { run, replayPackage } = t.need(await recoveredRun(t, script));
      t.assertEqual('REPLAY-SAFETY-FROM-SIDE-EFFECTS', `${label}: replay package safe_to_replay`, replayPackage.safe_to_replay, safe);
      const ticket = (await t.api.exceptions(run.token)).body.items.find((item) => item.exception_id === replayPackage.exception_id);
      t.assertEqual('REPLAY-SAFETY-FROM-SIDE-EFFECTS', `${label}: exception ticket safe_to_replay`, ticket?.safe_to_replay, safe);
    }
  },
);
