import type { TestScript } from '../generated/types.js';
import type { Answer } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';

interface Case {
  name: string;
  script?: TestScript;
  callback?: readonly Answer[] | false;
  /** Where the run must come to rest; anything else means the case did not exercise its trail. */
  restsIn: string;
  needs?: 'callbacks' | 'agent_runtime';
}

const CASES: readonly Case[] = [
  { name: 'happy run with a callback', callback: [], restsIn: 'closed', needs: 'callbacks' },
  { name: 'run without a callback URL', callback: false, restsIn: 'closed' },
  { name: 'partial evidence', script: { evidence_status: 'partial' }, callback: false, restsIn: 'closed' },
  { name: 'insufficient evidence', script: { evidence_status: 'insufficient' }, callback: false, restsIn: 'paused' },
  { name: 'failure in evidence review', script: { fail_at: 'evidence_review' }, callback: false, restsIn: 'paused' },
  { name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 }, callback: false, restsIn: 'paused' },
  { name: 'failure while packaging', script: { fail_at: 'result_packaged', units_before_failure: 1 }, callback: false, restsIn: 'paused' },
  { name: 'stall in tool execution', script: { stall_at: 'tool_execution' }, callback: false, restsIn: 'tool_execution' },
  // More invalid outputs than any runtime may retry (the bound is at most 10).
  { name: 'structured output failure', script: { structured_output: { invalid_attempts: 11 } }, callback: false, restsIn: 'failed', needs: 'agent_runtime' },
  { name: 'callback refused with 410', callback: [{ status: 410 }], restsIn: 'callback_ready', needs: 'callbacks' },
];

scenario(
  {
    id: 'lifecycle-transitions-allowed',
    title: 'Every event of happy, partial, insufficient, failing, stalled and undeliverable runs is an allowed transition',
    rules: ['LIFECYCLE-TRANSITIONS'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const c of CASES) {
      if (c.needs !== undefined && !t.caps[c.needs].supported) continue;
      const { token } = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), ...(c.callback !== undefined ? { callback: c.callback } : {}) });
      const run = await t.flows.runToRest(token);
      if (run.state !== c.restsIn) return t.blocked(`${c.name}: the run came to rest in ${run.state}, not ${c.restsIn}`);

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
