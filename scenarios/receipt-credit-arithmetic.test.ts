import { randomUUID } from 'node:crypto';
import type { AgentTaskRun, TestScript } from '../generated/types.js';
import type { CreatedRun } from '../src/harness/index.js';
import { isAtRest, scenario } from '../src/harness/index.js';
import { checkCreditArithmetic } from '../src/protocol/index.js';

const STEP_MS = 250;
const MAX_STEPS = 200;

scenario(
  {
    id: 'receipt-credit-arithmetic',
    title: 'At every clock step of several runs sharing an entitlement, funded = reserved + debited + remaining',
    rules: ['RECEIPT-CREDIT-ARITHMETIC'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const reserved = entitlement.quote.credits_quoted;
    if (reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the scenario needs at least 2`);
    const scripts: TestScript[] = [
      { metered_units: reserved - 1 },
      { evidence_status: 'partial', metered_units: reserved + 4, step_duration_ms: 700 },
      { fail_at: 'tool_execution', units_before_failure: 1 },
      { evidence_status: 'insufficient', step_duration_ms: 1300 },
    ];
    if (t.caps.agent_runtime.supported) scripts.push({ structured_output: { invalid_attempts: 11 } });
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
      runs.push(await t.flows.createRun({ script, callback: false, entitlement }));
      await check(`after creating run ${runs.length}`);
    }
    const readRuns = (): Promise<AgentTaskRun[]> => Promise.all(runs.map(async (run) => (await t.api.status(run.token)).body));
    let states = await readRuns();
    for (let step = 0; step < MAX_STEPS && !states.every(isAtRest); step += 1) {
      await t.clock.advance(STEP_MS);
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
      t.ensure('SEAMS-SCRIPT-HONOURED', `the run scripted ${JSON.stringify(scripts[index])} comes to rest`, isAtRest(run), {
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
    t.assertTrue('RECEIPT-CREDIT-ARITHMETIC', 'entitlement checks made', checks >= 10, { expected: 'at least 10 checks', observed: checks });
  },
);
