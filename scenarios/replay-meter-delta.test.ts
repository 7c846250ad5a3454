import { scenario } from '../src/harness/index.js';
import { pausedRun, recoverRun, replayRequest } from '../src/harness/checks/recovery.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';

scenario(
  {
    id: 'replay-meter-delta',
    title: 'Units debited before a failure are not debited again by the replay: the run is debited its metered units exactly once',
    rules: ['REPLAY-METER-DELTA'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
    edges: [
      'part metered before a failure in tool execution',
      'all metered before the failure',
      'metered exactly the reservation across the replay',
      'metered above the reservation across the replay',
      'failure after packaging',
      'failure in evidence review before any unit',
    ],
  },
  async (t) => {
    const probe = await t.flows.fundedTenantEntitlement();
    const quoted = probe.quote.credits_quoted;
    if (quoted < 2) return t.inapplicable(`the default quote is ${quoted} credit(s); two are needed to split units around a failure`);
    const partly = Math.max(1, Math.floor(quoted / 3));
    const cases = [
      { label: 'part metered before the failure', failAt: 'tool_execution', unitsBeforeFailure: partly, meteredUnits: Math.max(partly + 1, quoted - 1) },
      { label: 'all metered before the failure', failAt: 'tool_execution', unitsBeforeFailure: quoted - 1, meteredUnits: quoted - 1 },
      { label: 'metered exactly the reservation', failAt: 'tool_execution', unitsBeforeFailure: partly, meteredUnits: quoted },
      { label: 'metered above the reservation', failAt: 'tool_execution', unitsBeforeFailure: partly, meteredUnits: quoted + 3 },
      { label: 'failure after packaging', failAt: 'result_packaged', unitsBeforeFailure: partly, meteredUnits: quoted },
      { label: 'failure in evidence review before any unit', failAt: 'evidence_review', unitsBeforeFailure: 0, meteredUnits: quoted - 1 },
    ] as const;

    for (const { label, failAt, unitsBeforeFailure, meteredUnits } of cases) {
      // Units above the reservation are metered but never billed (SPEC.md §7.3).
      const billed = Math.min(meteredUnits, quoted);
      // Each case on its own entitlement, so the entitlement's debits are this run's alone.
      const entitlement = await t.flows.fundedTenantEntitlement();
      const script = { fail_at: failAt, units_before_failure: unitsBeforeFailure, metered_units: meteredUnits };
      const paused = t.need(await pausedRun(t, script, { entitlement }));
      const { run, replayPackage } = t.need(await recoverRun(t, paused));
      const beforeReplay = (await t.api.ledger(run.token)).body.state_history ?? [];
      t.assertEqual('REPLAY-METER-DELTA', `${label}: credits debited at the failure`, creditDeltaSum(beforeReplay, 'credits_debited'), unitsBeforeFailure);

      await t.api.replay(run.token, replayRequest(replayPackage));
      const rested = await t.flows.runToRest(run.token);
      t.ensure('SEAMS-SCRIPT-HONOURED', `${label}: the run scripted ${JSON.stringify(script)} comes to rest closed after its replay`, rested.state === 'closed', {
        expected: '"closed"',
        observed: rested.state,
      });
      const events = rested.state_history ?? [];
      t.assertEqual('REPLAY-METER-DELTA', `${label}: credits debited by the replay`, creditDeltaSum(events.slice(beforeReplay.length), 'credits_debited'), billed - unitsBeforeFailure);
      t.assertEqual('REPLAY-METER-DELTA', `${label}: credits debited across the run (ledger, run record)`, {
        ledger: creditDeltaSum(events, 'credits_debited'),
        run: rested.credits_debited,
      }, { ledger: billed, run: billed });

      const receiptId = rested.usage_receipt_url?.split('/').pop() ?? '';
      const receipt = (await t.api.usageReceipt(decodeURIComponent(receiptId))).body;
      const position = (await t.api.entitlement(entitlement.entitlementId)).body;
      t.assertEqual('REPLAY-METER-DELTA', `${label}: usage receipt and entitlement debits`, {
        usage_receipt: receipt.credits_debited,
        entitlement: position.credits_debited,
      }, { usage_receipt: billed, entitlement: billed });
    }
  },
);
