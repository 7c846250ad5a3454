import type { AgentTaskRun, TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

interface Case {
  name: string;
  script?: TestScript;
}

const CASES: readonly Case[] = [
  { name: 'happy run', script: {} },
  { name: 'stall in tool execution', script: { stall_at: 'tool_execution' } },
  { name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 } },
  { name: 'failure while packaging', script: { fail_at: 'result_packaged', units_before_failure: 1 } },
];
/** Without scripts: a natural run, read until its result is packaged. */
const NATURAL_RUN: Case = { name: 'natural run' };
const STEP_MS = 250;
const MAX_STEPS = 60;

scenario(
  {
    id: 'attestation-not-before-result',
    title: 'Until the ledger records the packaged result, the attestation URL answers 409 result-not-ready',
    rules: ['ATTESTATION-NOT-BEFORE-RESULT'],
  },
  async (t) => {
    let refusals = 0;
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const { token } = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), callback: false });
      // The ledger and the attestation are read at one host instant (no advance between them): while the
      // ledger shows no packaged result, none exists, and the attestation must say so. In real time the ledger
      // is read again after the attestation: a result not packaged by then did not exist when it was read.
      // Answers whether the result is packaged.
      const judge = async (ledger: AgentTaskRun): Promise<boolean> => {
        const attestation = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/attestation`);
        const after = t.clock.mode === 'real_time' ? (await t.api.ledger(token)).body : ledger;
        const packaged = after.state_history?.some((e) => e.event_type === 'result_package_ready') ?? false;
        if (!packaged) {
          t.assertProblem('ATTESTATION-NOT-BEFORE-RESULT', attestation, 409, 'result-not-ready');
          refusals += 1;
        }
        return packaged;
      };

      const stepped = await t.flows.stepThrough(token, judge, { stepMs: STEP_MS, maxSteps: MAX_STEPS, recordOnly: true });
      // A packaged run has nothing more to show: real time, where waits are long, does not wait for it.
      if (t.clock.mode === 'real_time' && stepped.end === 'observed') continue;
      // Long after the run came to a halt there is still no result to attest.
      await t.flows.letTimePass(3_600_000, [token]);
      await judge((await t.api.ledger(token)).body);
    }
    if (t.clock.mode === 'real_time') {
      // A host moving on its own may package a result before the kit's first read: then nothing was observed.
      if (refusals === 0) t.blocked('every read of the attestation came after the result was packaged');
      return;
    }
    t.assertTrue('ATTESTATION-NOT-BEFORE-RESULT', 'reads made before a result existed', refusals >= 10, {
      expected: 'at least 10 reads before packaging',
      observed: refusals,
    });
  },
);
