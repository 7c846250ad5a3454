import { randomUUID } from 'node:crypto';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import { scenario } from '../src/harness/index.js';

const CAPACITY_RUNS = 5;
const CONCURRENT_REQUESTS = 20;

scenario(
  {
    id: 'receipt-concurrent-runs',
    title: '20 concurrent run creations on an entitlement funded for 5 reserve at most 5 runs and debit each once',
    rules: ['RECEIPT-CONCURRENT-RUNS'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const reserved = entitlement.quote.credits_quoted;
    if (reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the scenario needs at least 2`);
    await t.api.settle({
      request_type: 'agent_settlement_request',
      quote_id: entitlement.quote.quote_id,
      settlement_provider: 'manual_invoice',
      provider_transaction_ref: `atk-${randomUUID()}`,
      credits: CAPACITY_RUNS * reserved - 1,
      credit_entitlement_id: entitlement.entitlementId,
    });
    const funded = CAPACITY_RUNS * reserved;
    const metered = reserved - 1;
    const body = {
      trust_profile_id: entitlement.trustProfileId,
      quote_id: entitlement.quote.quote_id,
      credit_entitlement_id: entitlement.entitlementId,
      requested_tool: entitlement.quote.requested_tool,
      requested_capability: entitlement.quote.requested_capability,
      test_script: { metered_units: metered },
    };

    const answers = await Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, () => t.http.request('POST', '/api/agents/run', { body, idempotencyKey: randomUUID() })),
    );
    const accepted = answers.filter((answer) => answer.status === 201);
    for (const refused of answers.filter((answer) => answer.status !== 201)) {
      t.assertProblem('RECEIPT-CONCURRENT-RUNS', refused, 402, 'insufficient-credits');
    }
    t.assertTrue('RECEIPT-CONCURRENT-RUNS', `runs accepted out of ${CONCURRENT_REQUESTS} on credits for ${CAPACITY_RUNS}`, accepted.length >= 1 && accepted.length <= CAPACITY_RUNS, {
      expected: `1 to ${CAPACITY_RUNS} answers 201, the rest 402`,
      observed: answers.map((answer) => answer.status),
    });
    const held = (await t.api.entitlement(entitlement.entitlementId)).body;
    t.assertEqual(
      'RECEIPT-CONCURRENT-RUNS',
      `entitlement after ${accepted.length} accepted runs`,
      { credits_funded: held.credits_funded, credits_reserved: held.credits_reserved, remaining_credits: held.remaining_credits },
      { credits_funded: funded, credits_reserved: accepted.length * reserved, remaining_credits: funded - accepted.length * reserved },
    );

    // Completing the accepted runs debits each one once.
    const tokens = accepted.map((answer) => (answer.json as { status_token: string }).status_token);
    for (const token of tokens) {
      const run = await t.flows.runToRest(token);
      const events = run.state_history ?? [];
      t.assertEqual(
        'RECEIPT-CONCURRENT-RUNS',
        `run ${run.agent_task_run_id}: reservations and debits recorded`,
        {
          credit_reserved_events: events.filter((e) => e.event_type === 'credit_reserved').length,
          credits_debited_events: events.filter((e) => e.event_type === 'credits_debited').length,
          debited: creditDeltaSum(events, 'credits_debited'),
        },
        { credit_reserved_events: 1, credits_debited_events: 1, debited: metered },
      );
    }
    const settled = (await t.api.entitlement(entitlement.entitlementId)).body;
    t.assertEqual(
      'RECEIPT-CONCURRENT-RUNS',
      'entitlement once every accepted run closed',
      { credits_reserved: settled.credits_reserved, credits_debited: settled.credits_debited, remaining_credits: settled.remaining_credits },
      { credits_reserved: 0, credits_debited: tokens.length * metered, remaining_credits: funded - tokens.length * metered },
    );
  },
);
