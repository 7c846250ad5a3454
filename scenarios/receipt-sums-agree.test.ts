import type { TestScript } from '../generated/types.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import { reservedRun } from '../src/harness/checks/reservations.js';
import { scenario } from '../src/harness/index.js';

interface Case {
  name: string;
  script: (reserved: number) => TestScript;
  /** Credits the kit expects the whole run to be debited. */
  debited: (reserved: number) => number;
  /** Recovery needed before the run can close. */
  replay?: 'retry_step';
}

const CASES: readonly Case[] = [
  { name: 'metered below the reservation', script: (r) => ({ metered_units: r - 1 }), debited: (r) => r - 1 },
  { name: 'metered above the reservation', script: (r) => ({ metered_units: r + 3 }), debited: (r) => r },
  {
    name: 'failure after one unit, then replayed',
    script: (r) => ({ fail_at: 'tool_execution', units_before_failure: 1, metered_units: r }),
    debited: (r) => r,
    replay: 'retry_step',
  },
];

scenario(
  {
    id: 'receipt-sums-agree',
    title: "A usage receipt's credits_debited equals the run record's and the sum of the run's credits_debited events",
    rules: ['RECEIPT-SUMS-AGREE'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const c of CASES) {
      if (c.replay !== undefined && !t.caps.replay.supported) continue;
      const prepared = await reservedRun(t, c.script);
      if (!prepared.ok) return t.blocked(prepared.reason);
      const { run: created, reserved } = prepared.value;
      const { token } = created;
      let run = await t.flows.runToRest(token);
      if (c.replay !== undefined) {
        if (run.state !== 'paused') return t.blocked(`${c.name}: the run came to rest in ${run.state}, not paused`);
        const recovered = await recoverPaused(t, created, run, c.replay);
        if (!recovered.ok) return t.blocked(`${c.name}: ${recovered.reason}`);
        await t.api.replay(token, replayRequest(recovered.value.replayPackage));
        run = await t.flows.runToRest(token);
      }
      const receiptUrl = run.usage_receipt_url ?? run.receipt_url;
      if (run.state !== 'closed' || receiptUrl === undefined) return t.blocked(`${c.name}: the run came to rest in ${run.state} without a usage receipt`);

      const receipt = await t.http.request('GET', receiptUrl);
      t.assertStatus('RECEIPT-SUMS-AGREE', receipt, 200);
      const expected = c.debited(reserved);
      t.assertEqual(
        'RECEIPT-SUMS-AGREE',
        `${c.name}: credits debited per usage receipt, run record and credits_debited events (kit expects ${expected})`,
        {
          usage_receipt: (receipt.json as { credits_debited?: unknown } | undefined)?.credits_debited,
          run_record: run.credits_debited,
          ledger_events: creditDeltaSum(run.state_history ?? [], 'credits_debited'),
        },
        { usage_receipt: expected, run_record: expected, ledger_events: expected },
      );
    }
  },
);
