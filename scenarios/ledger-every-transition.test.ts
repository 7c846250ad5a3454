import type { AgentTaskRun, TestScript } from '../generated/types.js';
import { stateTrail } from '../src/harness/checks/run-facts.js';
import { isAtRest, scenario } from '../src/harness/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';

interface Case {
  name: string;
  script?: TestScript;
}

const CASES: readonly Case[] = [
  { name: 'happy run' },
  { name: 'insufficient evidence', script: { evidence_status: 'insufficient' } },
  { name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 } },
];

/** Whether `part` occurs in `whole` in order (not necessarily adjacent). */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let next = 0;
  for (const item of whole) if (item === part[next]) next += 1;
  return next === part.length;
}

scenario(
  {
    id: 'ledger-every-transition',
    title: 'Every state the run is seen in is entered by exactly one event chained from the previous event',
    rules: ['LEDGER-EVERY-TRANSITION'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const c of CASES) {
      const { token } = await t.flows.createRun(c.script ? { script: c.script } : {});
      const polled: AgentTaskRun[] = [];
      await t.flows.advanceUntil(
        token,
        (run) => {
          polled.push(run);
          return isAtRest(run);
        },
        { stepMs: 250, maxSteps: 200 },
      );
      const events = (await t.api.ledger(token)).body.state_history ?? [];
      t.assertTrue('LEDGER-EVERY-TRANSITION', `${c.name}: the ledger has events`, events.length > 0, { expected: 'events', observed: events.length });

      const chainProblems = verifyLedgerChain(events).filter((p) => p.rule === 'LEDGER-EVERY-TRANSITION');
      t.assertEqual('LEDGER-EVERY-TRANSITION', `${c.name}: events whose from_state is not the previous event's to_state`, chainProblems, []);

      // A state change the ledger missed shows up as a state the run was seen in but never entered by an event.
      const seen = polled.map((run) => run.state as string).filter((state, i, all) => i === 0 || all[i - 1] !== state);
      const trail = stateTrail(events);
      t.assertTrue('LEDGER-EVERY-TRANSITION', `${c.name}: states read at each clock step appear, in order, among the states the ledger records entering`, isSubsequence(seen, trail), {
        expected: `a subsequence of ${trail.join(' → ')}`,
        observed: seen.join(' → '),
      });
    }
  },
);
