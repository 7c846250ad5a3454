import type { TestScript } from '../generated/types.js';
import type { CapabilityPath } from '../src/harness/index.js';
import { lastSegment } from '../src/harness/checks/endpoints.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import { naturalRun, reservedRun } from '../src/harness/checks/reservations.js';
import { closedIfOffered } from '../src/harness/checks/close-exception.js';
import { scenario } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';

interface Case {
  name: string;
  /** None: a natural run, which meters what the host decides. */
  script?: (reserved: number) => TestScript;
  /** How a paused run goes on to its end: a replay after recovery, or closing its exception (the run fails). */
  then?: 'replay' | 'close_exception';
  /** The state the run ends in. */
  ends: 'closed' | 'failed';
  /** The rule that promises that ending, when not the script's (SEAMS-SCRIPT-HONOURED). */
  endsBy?: RuleId;
  needs?: CapabilityPath;
}

const CASES: readonly Case[] = [
  { name: 'metered below the reservation', script: (r) => ({ metered_units: r - 1 }), ends: 'closed' },
  { name: 'metered exactly the reservation', script: (r) => ({ metered_units: r }), ends: 'closed' },
  { name: 'metered above the reservation', script: (r) => ({ metered_units: r + 3 }), ends: 'closed' },
  {
    name: 'failure after one unit, then replayed',
    script: (r) => ({ fail_at: 'tool_execution', units_before_failure: 1, metered_units: r }),
    then: 'replay',
    ends: 'closed',
    needs: 'replay',
  },
  {
    name: 'failure after packaging, replayed, metered above the reservation',
    script: (r) => ({ fail_at: 'result_packaged', units_before_failure: 1, metered_units: r + 2 }),
    then: 'replay',
    ends: 'closed',
    needs: 'replay',
  },
  {
    name: 'failure after one unit, exception closed',
    script: (r) => ({ fail_at: 'tool_execution', units_before_failure: 1, metered_units: r }),
    then: 'close_exception',
    ends: 'failed',
    endsBy: 'QUEUE-COMMAND-STATES',
    needs: 'queue_monitor',
  },
  {
    name: 'structured output failure',
    script: (r) => ({ structured_output: { invalid_attempts: 11 }, metered_units: r - 1 }),
    ends: 'failed',
    endsBy: 'LIFECYCLE-STRUCTURED-FAILURE',
    needs: 'agent_runtime',
  },
];
const NATURAL_RUN: Case = { name: 'natural run', ends: 'closed', endsBy: 'LIFECYCLE-HAPPY-PATH' };

scenario(
  {
    id: 'receipt-sums-agree',
    title: "A usage receipt's credits_debited equals the run record's and the sum of the run's credits_debited events",
    rules: ['RECEIPT-SUMS-AGREE'],
    edges: [
      'metered below the reservation',
      'metered exactly the reservation',
      'metered above the reservation',
      'failed in tool execution, recovered and replayed',
      'failed after packaging, replayed, metered above the reservation',
      'failed run (exception closed)',
      'failed run (structured output)',
    ],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const { run: created, reserved, script } = c.script ? t.need(await reservedRun(t, c.script)) : await naturalRun(t);
      const { token } = created;
      let run = await t.flows.runToRest(token);
      if (c.then !== undefined) {
        t.ensure('SEAMS-SCRIPT-HONOURED', `${c.name}: the run scripted ${JSON.stringify(script)} comes to rest paused on its exception`, run.state === 'paused', {
          expected: '"paused"',
          observed: run.state,
        });
        if (c.then === 'replay') {
          const recovered = t.need(await recoverPaused(t, created, run, 'retry_step'));
          await t.api.replay(token, replayRequest(recovered.replayPackage));
        } else {
          if (!(await closedIfOffered(t, token))) continue;
        }
        run = await t.flows.runToRest(token);
      }
      t.ensure(c.endsBy ?? 'SEAMS-SCRIPT-HONOURED', `${c.name}: the run${script ? ` scripted ${JSON.stringify(script)}` : ''} ends ${c.ends}`, run.state === c.ends, {
        expected: JSON.stringify(c.ends),
        observed: run.state,
      });
      const receiptId = lastSegment(run.usage_receipt_url ?? run.receipt_url);
      t.ensure('RECEIPT-LINKS-BOTH-WAYS', `${c.name}: the ended run links its usage receipt`, receiptId !== undefined, {
        expected: 'a usage_receipt_url',
        observed: { usage_receipt_url: run.usage_receipt_url, receipt_url: run.receipt_url },
      });

      // Through the typed API, so the receipt of a failed or replayed run is checked like any other document.
      const receipt = (await t.api.usageReceipt(receiptId!)).body;
      // The three sums must agree with each other; whether they stay within the reservation is
      // RECEIPT-DEBIT-BOUNDED's question, so an over-debit that every document reports alike passes here.
      const events = creditDeltaSum(run.state_history ?? [], 'credits_debited');
      t.assertEqual(
        'RECEIPT-SUMS-AGREE',
        `${c.name}: credits debited per usage receipt and run record against the sum of the credits_debited events (${events}) on a ${reserved}-credit reservation`,
        { usage_receipt: receipt.credits_debited, run_record: run.credits_debited },
        { usage_receipt: events, run_record: events },
      );
    }
  },
);
