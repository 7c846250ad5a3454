import type { AgentTaskRun, TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

interface Case {
  name: string;
  script: TestScript;
}

const CASES: readonly Case[] = [
  { name: 'happy run', script: {} },
  { name: 'stall in tool execution', script: { stall_at: 'tool_execution' } },
  { name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 } },
  { name: 'failure while packaging', script: { fail_at: 'result_packaged', units_before_failure: 1 } },
];
const STEP_MS = 250;
const MAX_STEPS = 60;

scenario(
  {
    id: 'attestation-not-before-result',
    title: 'Until the ledger records the packaged result, the attestation URL answers 409 result-not-ready',
    rules: ['ATTESTATION-NOT-BEFORE-RESULT'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    let refusals = 0;
    for (const c of CASES) {
      const { token } = await t.flows.createRun({ script: c.script, callback: false });
      // The ledger and the attestation are read at one host instant (no advance between them): while the
      // ledger shows no packaged result, none exists, and the attestation must say so. Answers whether it does.
      const judge = async (ledger: AgentTaskRun): Promise<boolean> => {
        const attestation = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/attestation`);
        const packaged = ledger.state_history?.some((e) => e.event_type === 'result_package_ready') ?? false;
        if (!packaged) {
          t.assertProblem('ATTESTATION-NOT-BEFORE-RESULT', attestation, 409, 'result-not-ready');
          refusals += 1;
        }
        return packaged;
      };

      await t.flows.stepThrough(token, judge, { stepMs: STEP_MS, maxSteps: MAX_STEPS });
      // Long after the run came to a halt there is still no result to attest.
      await t.clock.advance(3_600_000);
      await judge((await t.api.ledger(token)).body);
    }
    t.assertTrue('ATTESTATION-NOT-BEFORE-RESULT', 'reads made before a result existed', refusals >= 10, {
      expected: 'at least 10 reads before packaging',
      observed: refusals,
    });
  },
);
