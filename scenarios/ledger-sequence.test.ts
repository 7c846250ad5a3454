import { FINE_STEPS, HAPPY_RUN, INSUFFICIENT_EVIDENCE, TOOL_FAILURE, caseRunOptions } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';

const CASES = [HAPPY_RUN, INSUFFICIENT_EVIDENCE, TOOL_FAILURE];

scenario(
  {
    id: 'ledger-sequence',
    title: 'Ledger sequences run 1, 2, 3, … with no gap or repeat at every read',
    rules: ['LEDGER-SEQUENCE'],
  },
  async (t) => {
    for (const c of t.cases(CASES)) {
      const { token } = await t.flows.createRun(caseRunOptions(c));
      await t.flows.stepThrough(
        token,
        async (ledger, step) => {
          const sequences = (ledger.state_history ?? []).map((event) => event.sequence);
          t.assertTrue('LEDGER-SEQUENCE', `${c.name}, step ${step}: the ledger has events`, sequences.length > 0, {
            expected: 'at least the run_created event',
            observed: sequences.length,
          });
          t.assertEqual('LEDGER-SEQUENCE', `${c.name}, step ${step}: sequence numbers`, sequences, sequences.map((_, i) => i + 1));
          return false;
        },
        { ...FINE_STEPS, recordOnly: true },
      );
    }
  },
);
