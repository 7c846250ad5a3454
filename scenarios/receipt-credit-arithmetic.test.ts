import { randomUUID } from 'node:crypto';
import type { AgentTaskRun, TestScript } from '../generated/types.js';
import type { CapabilityPath, CreatedRun } from '../src/harness/index.js';
import { isAtRest, scenario } from '../src/harness/index.js';
import { checkCreditArithmetic } from '../src/protocol/index.js';

const STEP_MS = 250;
const MAX_STEPS = 200;

interface Case {
  name: string;
  script: (reserved: number) => TestScript;
  needs?: CapabilityPath;
}

const CASES: readonly Case[] = [
  { name: 'metered below the reservation', script: (r) => ({ metered_units: r - 1 }) },
  { name: 'partial evidence, metered above the reservation', script: (r) => ({ evidence_status: 'partial', metered_units: r + 4, step_duration_ms: 700 }) },
  { name: 'failure in tool execution', script: () => ({ fail_at: 'tool_execution', units_before_failure: 1 }) },
  { name: 'insufficient evidence', script: () => ({ evidence_status: 'insufficient', step_duration_ms: 1300 }) },
  { name: 'structured output failure', script: () => ({ structured_output: { invalid_attempts: 11 } }), needs: 'agent_runtime' },
];
/** Natural runs sharing the entitlement when the host cannot script them. */
const NATURAL_RUNS = 4;

scenario(
  {
    id: 'receipt-credit-arithmetic',
    title: 'At every clock step (or poll) of several runs sharing an entitlement, funded = reserved + debited + remaining',
    rules: ['RECEIPT-CREDIT-ARITHMETIC'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const reserved = entitlement.quote.credits_quoted;
    const cases = t.cases(CASES);
    if (cases.length > 0 && reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the scenario needs at least 2`);
    const scripts: Array<TestScript | undefined> = cases.length > 0 ? cases.map((c) => c.script(reserved)) : Array.from({ length: NATURAL_RUNS }, () => undefined);
    // Top the entitlement up to one reservation per run plus an odd credit.
    const topUp = await t.api.settle({
      request_type: 'agent_settlement_request',
      quote_id: entitlement.quote.quote_id,
      settlement_provider: 'manual_invoice',
      provider_transaction_ref: `atk-${randomUUID()}`,
      credits: reserved * scripts.length,
      credit_entitlement_id: entitlement.entitlementId,
    });
    const fundedTotal = entitlement.settlementReceipt.credits_funded + topUp.body.credits_funded;

    let checks = 0;
    const check = async (when: string): Promise<void> => {
      const { body } = await t.api.entitlement(entitlement.entitlementId);
      const position = { funded: body.credits_funded, reserved: body.credits_reserved, debited: body.credits_debited, remaining: body.remaining_credits };
      t.assertEqual('RECEIPT-CREDIT-ARITHMETIC', `${when}: arithmetic problems of ${JSON.stringify(position)}`, checkCreditArithmetic(position), []);
      t.assertEqual('RECEIPT-CREDIT-ARITHMETIC', `${when}: credits_funded vs the kit's settlements`, body.credits_funded, fundedTotal);
      checks += 1;
    };

    await check('after funding');
    const runs: CreatedRun[] = [];
    for (const script of scripts) {
      runs.push(await t.flows.createRun({ ...(script ? { script } : {}), callback: false, entitlement }));
      await check(`after creating run ${runs.length}`);
    }
    const readRuns = (): Promise<AgentTaskRun[]> => Promise.all(runs.map(async (run) => (await t.api.status(run.token)).body));
    let states = await readRuns();
    for (let step = 0; step < MAX_STEPS && !states.every(isAtRest); step += 1) {
      // One document judged at each read holds its equation at any instant, so real time reads as the runs move;
      // the test clock stops at every instant one of the runs has work due (or every STEP_MS without next_due_at).
      if (t.clock.mode === 'real_time') await t.clock.poll('waiting for the runs to come to rest');
      else await t.clock.advanceStep(STEP_MS);
      await check(`step ${step}`);
      states = await readRuns();
    }
    if (!states.every(isAtRest)) {
      // How a host groups a run's work into phases is its choice (SPEC.md §13.3): runs still moving are driven on
      // until nothing more falls due, with the arithmetic checked after each.
      for (const [index, run] of runs.entries()) {
        await t.flows.runToRest(run.token);
        await check(`after driving run ${index + 1} to rest`);
      }
      states = await readRuns();
    }
    for (const [index, run] of states.entries()) {
      const script = scripts[index];
      t.ensure(script ? 'SEAMS-SCRIPT-HONOURED' : 'LIFECYCLE-HAPPY-PATH', `the run ${script ? `scripted ${JSON.stringify(script)}` : `${index + 1} (natural)`} comes to rest`, isAtRest(run), {
        expected: 'closed, failed or paused',
        observed: { state: run.state, callback_status: run.callback_status },
      });
    }
    // The entitlement's totals are the sums over the runs that spent from it.
    const { body } = await t.api.entitlement(entitlement.entitlementId);
    t.assertEqual(
      'RECEIPT-CREDIT-ARITHMETIC',
      'entitlement reserved and debited vs the sums over its runs’ records',
      { credits_reserved: body.credits_reserved, credits_debited: body.credits_debited },
      {
        credits_reserved: states.reduce((sum, run) => sum + (run.credits_reserved ?? Number.NaN), 0),
        credits_debited: states.reduce((sum, run) => sum + (run.credits_debited ?? Number.NaN), 0),
      },
    );
    // In real time how many reads fall while the runs move is the host's pace; the test clock steps through them.
    if (t.clock.mode === 'test_clock') {
      t.assertTrue('RECEIPT-CREDIT-ARITHMETIC', 'entitlement checks made', checks >= 10, { expected: 'at least 10 checks', observed: checks });
    }
  },
);
