import { scenario } from '../src/harness/index.js';
import { pausedRun, recoverRun, replayRequest } from '../src/harness/checks/recovery.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';

scenario(
  {
    id: 'replay-meter-delta',
    title: 'Units debited before a failure are not debited again by the replay: the run is debited its metered units exactly once',
    rules: ['REPLAY-METER-DELTA'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const probe = await t.flows.fundedTenantEntitlement();
    const quoted = probe.quote.credits_quoted;
    if (quoted < 2) return t.blocked(`the default quote is ${quoted} credit(s); two are needed to split units around a failure`);
    const partly = Math.max(1, Math.floor(quoted / 3));
    const cases = [
      { label: 'part metered before the failure', unitsBeforeFailure: partly, meteredUnits: Math.max(partly + 1, quoted - 1) },
      { label: 'all metered before the failure', unitsBeforeFailure: quoted - 1, meteredUnits: quoted - 1 },
    ];

    for (const { label, unitsBeforeFailure, meteredUnits } of cases) {
      // Each case on its own entitlement, so the entitlement's debits are this run's alone.
      const entitlement = await t.flows.fundedTenantEntitlement();
      const paused = await pausedRun(t, { fail_at: 'tool_execution', units_before_failure: unitsBeforeFailure, metered_units: meteredUnits }, { entitlement });
      if (!paused.ok) return t.blocked(paused.reason);
      const recovered = await recoverRun(t, paused.value);
      if (!recovered.ok) return t.blocked(recovered.reason);
      const { run, replayPackage } = recovered.value;
      const beforeReplay = (await t.api.ledger(run.token)).body.state_history ?? [];
      t.assertEqual('REPLAY-METER-DELTA', `${label}: credits debited at the failure`, creditDeltaSum(beforeReplay, 'credits_debited'), unitsBeforeFailure);

      await t.api.replay(run.token, replayRequest(replayPackage));
      const rested = await t.flows.runToRest(run.token);
      if (rested.state !== 'closed') return t.blocked(`${label}: the replayed run came to rest ${rested.state}, not closed`);
      const events = rested.state_history ?? [];
      t.assertEqual('REPLAY-METER-DELTA', `${label}: credits debited by the replay`, creditDeltaSum(events.slice(beforeReplay.length), 'credits_debited'), meteredUnits - unitsBeforeFailure);
      t.assertEqual('REPLAY-METER-DELTA', `${label}: credits debited across the run (ledger, run record)`, {
        ledger: creditDeltaSum(events, 'credits_debited'),
        run: rested.credits_debited,
      }, { ledger: meteredUnits, run: meteredUnits });

      const receiptId = rested.usage_receipt_url?.split('/').pop() ?? '';
      const receipt = (await t.api.usageReceipt(decodeURIComponent(receiptId))).body;
      const position = (await t.api.entitlement(entitlement.entitlementId)).body;
      t.assertEqual('REPLAY-METER-DELTA', `${label}: usage receipt and entitlement debits`, {
        usage_receipt: receipt.credits_debited,
        entitlement: position.credits_debited,
      }, { usage_receipt: meteredUnits, entitlement: meteredUnits });
    }
  },
);
