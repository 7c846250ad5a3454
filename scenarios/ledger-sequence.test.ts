import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

interface Case {
  name: string;
  script?: TestScript;
}

const CASES: readonly Case[] = [
  { name: 'happy run' },
  { name: 'insufficient evidence', script: { evidence_status: 'insufficient' } },
  { name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 } },
];
const STEP_MS = 500;
const MAX_STEPS = 100;

scenario(
  {
    id: 'ledger-sequence',
    title: 'Ledger sequences run 1, 2, 3, … with no gap or repeat at every read',
    rules: ['LEDGER-SEQUENCE'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const c of CASES) {
      const { token } = await t.flows.createRun(c.script ? { script: c.script } : {});
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
        { stepMs: STEP_MS, maxSteps: MAX_STEPS },
      );
    }
  },
);
