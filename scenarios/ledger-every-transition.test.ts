import { HAPPY_RUN, INSUFFICIENT_EVIDENCE, TOOL_FAILURE, caseRunOptions, statesSeen } from '../src/harness/checks/run-cases.js';
import { stateTrail } from '../src/harness/checks/run-facts.js';
import { scenario } from '../src/harness/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';

const CASES = [HAPPY_RUN, INSUFFICIENT_EVIDENCE, TOOL_FAILURE];

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
  },
  async (t) => {
    for (const c of t.cases(CASES)) {
      const { token } = await t.flows.createRun(caseRunOptions(c));
      const { seen } = await statesSeen(t.flows, token);
      const events = (await t.api.ledger(token)).body.state_history ?? [];
      t.assertTrue('LEDGER-EVERY-TRANSITION', `${c.name}: the ledger has events`, events.length > 0, { expected: 'events', observed: events.length });

      const chainProblems = verifyLedgerChain(events).filter((p) => p.rule === 'LEDGER-EVERY-TRANSITION');
      t.assertEqual('LEDGER-EVERY-TRANSITION', `${c.name}: events whose from_state is not the previous event's to_state`, chainProblems, []);

      // A state change the ledger missed shows up as a state the run was seen in but never entered by an event.
      const trail = stateTrail(events);
      t.assertTrue('LEDGER-EVERY-TRANSITION', `${c.name}: states read at each clock step appear, in order, among the states the ledger records entering`, isSubsequence(seen, trail), {
        expected: `a subsequence of ${trail.join(' → ')}`,
        observed: seen.join(' → '),
      });
    }
  },
);
