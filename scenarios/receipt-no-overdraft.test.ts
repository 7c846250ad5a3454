import { randomUUID } from 'node:crypto';
import type { FundedEntitlement } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'receipt-no-overdraft',
    title: 'A run needing more than the remaining credits is refused with 402 and reserves nothing',
    rules: ['RECEIPT-NO-OVERDRAFT'],
  },
  async (t) => {
    // Fund one credit, then top up to exactly one reservation.
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const reserved = entitlement.quote.credits_quoted;
    if (reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the scenario needs at least 2`);
    const runRequest = (e: FundedEntitlement) => ({
      trust_profile_id: e.trustProfileId,
      quote_id: e.quote.quote_id,
      credit_entitlement_id: e.entitlementId,
      requested_tool: e.quote.requested_tool,
      requested_capability: e.quote.requested_capability,
    });
    const refusedRun = async (when: string): Promise<void> => {
      const before = (await t.api.entitlement(entitlement.entitlementId)).body;
      const refused = await t.http.request('POST', '/api/agents/run', { body: runRequest(entitlement), idempotencyKey: randomUUID() });
      t.assertProblem('RECEIPT-NO-OVERDRAFT', refused, 402, 'insufficient-credits');
      t.assertEqual('RECEIPT-NO-OVERDRAFT', `entitlement after the refused run ${when}`, (await t.api.entitlement(entitlement.entitlementId)).body, before);
    };

    await refusedRun(`(1 credit remaining, ${reserved} needed)`);
    const topUp = (credits: number) =>
      t.api.settle({
        request_type: 'agent_settlement_request',
        quote_id: entitlement.quote.quote_id,
        settlement_provider: 'manual_invoice',
        provider_transaction_ref: `atk-${randomUUID()}`,
        credits,
        credit_entitlement_id: entitlement.entitlementId,
      });
    await topUp(reserved - 1);

    // A run that moves credits while the kit reads the entitlement around a refusal needs a script and host time
    // frozen: without them the refusal is judged where nothing else moves, then the run at exactly the reservation.
    const [giveBack] = t.cases([{ name: 'a run that gives one credit back', script: { metered_units: reserved - 1 }, needs: 'seams.test_clock' as const, runsAtOnce: 2 }]);
    if (giveBack) {
      const accepted = await t.flows.createRun({ entitlement, callback: false, script: giveBack.script });
      await refusedRun('(everything reserved by a running run)');
      // The first run gives one credit back: still one short of a reservation.
      await t.flows.runToRest(accepted.token);
      const afterRun = (await t.api.entitlement(entitlement.entitlementId)).body;
      t.assertEqual('RECEIPT-NO-OVERDRAFT', 'remaining credits once the first run released its unused credit', afterRun.remaining_credits, 1);
      await refusedRun(`(1 credit remaining, ${reserved} needed, after a run)`);
      await topUp(reserved - 1);
    }
    const exchange = await t.http.request('POST', '/api/agents/run', { body: runRequest(entitlement), idempotencyKey: randomUUID() });
    t.assertStatus('RECEIPT-NO-OVERDRAFT', exchange, 201);
  },
);
