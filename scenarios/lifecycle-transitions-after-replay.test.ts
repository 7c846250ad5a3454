import type { TestScript } from '../generated/types.js';
import { pausedRun, recoverRun, replayRequest } from '../src/harness/checks/recovery.js';
import { scenario } from '../src/harness/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';

interface Case {
  name: string;
  script: TestScript;
  recoveryAction: 'add_evidence' | 'retry_step';
}

const CASES: readonly Case[] = [
  { name: 'insufficient evidence, evidence added', script: { evidence_status: 'insufficient' }, recoveryAction: 'add_evidence' },
  { name: 'failure in tool execution, step retried', script: { fail_at: 'tool_execution', units_before_failure: 1 }, recoveryAction: 'retry_step' },
  { name: 'failure while packaging, step retried', script: { fail_at: 'result_packaged', units_before_failure: 1 }, recoveryAction: 'retry_step' },
];

scenario(
  {
    id: 'lifecycle-transitions-after-replay',
    title: 'Every event of runs that pause, recover and replay to closed is an allowed transition',
    rules: ['LIFECYCLE-TRANSITIONS'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const c of CASES) {
      const paused = await pausedRun(t, c.script);
      if (!paused.ok) return t.blocked(`${c.name}: ${paused.reason}`);
      const recovered = await recoverRun(t, paused.value, c.recoveryAction);
      if (!recovered.ok) return t.blocked(`${c.name}: ${recovered.reason}`);
      const { token } = paused.value.run;
      await t.api.replay(token, replayRequest(recovered.value.replayPackage));
      const run = await t.flows.runToRest(token);
      if (run.state !== 'closed') return t.blocked(`${c.name}: the replayed run came to rest in ${run.state}, not closed`);

      const events = run.state_history ?? [];
      t.assertTrue('LIFECYCLE-TRANSITIONS', `${c.name}: the ledger records events`, events.length > 0, {
        expected: 'at least one event',
        observed: events.length,
      });
      const problems = verifyLedgerChain(events).filter((p) => p.rule === 'LIFECYCLE-TRANSITIONS');
      t.assertEqual('LIFECYCLE-TRANSITIONS', `${c.name}: events that are not allowed transitions`, problems, []);
    }
  },
);
