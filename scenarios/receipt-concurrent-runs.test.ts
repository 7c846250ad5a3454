import { randomUUID } from 'node:crypto';
import type { AgentTaskRun } from '../generated/types.js';
import { lastSegment } from '../src/harness/checks/endpoints.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import { advertisedInFlightLimit, scenario } from '../src/harness/index.js';
import { parseRetryAfter } from '../src/protocol/index.js';

const CAPACITY_RUNS = 5;
const CONCURRENT_REQUESTS = 20;

scenario(
  {
    id: 'receipt-concurrent-runs',
    title: '20 concurrent run creations on an entitlement funded for 5 runs never reserve more than it holds, and each run is debited once',
    rules: ['RECEIPT-CONCURRENT-RUNS'],
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
    // Scripted runs judged at one host instant; without them, natural runs that may end (and release credits)
    // while later creations are still being answered.
    const [scripted] = t.cases([{ name: 'runs scripted to meter one unit below the reservation', script: { metered_units: metered }, needs: 'seams.test_clock' as const }]);
    const body = {
      trust_profile_id: entitlement.trustProfileId,
      quote_id: entitlement.quote.quote_id,
      credit_entitlement_id: entitlement.entitlementId,
      requested_tool: entitlement.quote.requested_tool,
      requested_capability: entitlement.quote.requested_capability,
      ...(scripted ? { test_script: scripted.script } : {}),
    };
    /** What the run is debited once: its scripted units, or a natural run's metered units (its usage receipt's), up to the reservation (SPEC.md §7.3). */
    const billed = async (run: AgentTaskRun): Promise<number> => {
      if (scripted) return metered;
      t.ensure('LIFECYCLE-HAPPY-PATH', `run ${run.agent_task_run_id} comes to rest closed`, run.state === 'closed', { expected: '"closed"', observed: run.state });
      const receiptId = lastSegment(run.usage_receipt_url ?? run.receipt_url);
      t.ensure('RECEIPT-LINKS-BOTH-WAYS', `run ${run.agent_task_run_id} links its usage receipt`, receiptId !== undefined, {
        expected: 'a usage_receipt_url',
        observed: { usage_receipt_url: run.usage_receipt_url, receipt_url: run.receipt_url },
      });
      return Math.min((await t.api.usageReceipt(receiptId!)).body.meter_units, reserved);
    };

    const answers = await Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, () => t.http.request('POST', '/api/agents/run', { body, idempotencyKey: randomUUID(), acceptTooManyRequests: true })),
    );
    const accepted = answers.filter((answer) => answer.status === 201);
    // A host bounding a tenant's runs in flight below the credits' capacity refuses the rest with 429 (SPEC.md §4.6).
    const allowedAtOnce = advertisedInFlightLimit(t.caps) ?? Number.POSITIVE_INFINITY;
    const mostAccepted = Math.min(CAPACITY_RUNS, allowedAtOnce);
    for (const refused of answers.filter((answer) => answer.status !== 201)) {
      // A 429 is the bound's once the tenant holds that many runs; before it, only a rate limit the kit could not
      // wait out (SPEC.md §11.3) explains one, and the answer to the request is unknown.
      if (refused.status === 429 && accepted.length < allowedAtOnce && parseRetryAfter(refused.headers['retry-after'], Date.now()) !== undefined) {
        return t.blocked(`run creations refused with 429 while the tenant held ${accepted.length} runs, fewer than its bound: a rate limit the kit could not wait out`);
      }
      if (refused.status === 429 && accepted.length >= allowedAtOnce) t.assertProblem('RECEIPT-CONCURRENT-RUNS', refused, 429, 'too-many-requests');
      else t.assertProblem('RECEIPT-CONCURRENT-RUNS', refused, 402, 'insufficient-credits');
    }
    if (scripted) {
      t.assertTrue('RECEIPT-CONCURRENT-RUNS', `runs accepted out of ${CONCURRENT_REQUESTS} on credits for ${CAPACITY_RUNS}`, accepted.length >= 1 && accepted.length <= mostAccepted, {
        expected: `1 to ${mostAccepted} answers 201, the rest 402${mostAccepted < CAPACITY_RUNS ? ' or 429' : ''}`,
        observed: answers.map((answer) => answer.status),
      });
      const held = (await t.api.entitlement(entitlement.entitlementId)).body;
      t.assertEqual(
        'RECEIPT-CONCURRENT-RUNS',
        `entitlement after ${accepted.length} accepted runs`,
        { credits_funded: held.credits_funded, credits_reserved: held.credits_reserved, remaining_credits: held.remaining_credits },
        { credits_funded: funded, credits_reserved: accepted.length * reserved, remaining_credits: funded - accepted.length * reserved },
      );
    }

    // Completing the accepted runs debits each one once.
    const tokens = accepted.map((answer) => (answer.json as { status_token: string }).status_token);
    let debited = 0;
    let released = 0;
    for (const token of tokens) {
      const run = await t.flows.runToRest(token);
      const events = run.state_history ?? [];
      const once = await billed(run);
      t.assertEqual(
        'RECEIPT-CONCURRENT-RUNS',
        `run ${run.agent_task_run_id}: reservations and debits recorded`,
        {
          credit_reserved_events: events.filter((e) => e.event_type === 'credit_reserved').length,
          credits_debited_events: events.filter((e) => e.event_type === 'credits_debited').length,
          debited: creditDeltaSum(events, 'credits_debited'),
        },
        { credit_reserved_events: 1, credits_debited_events: 1, debited: once },
      );
      debited += once;
      released += creditDeltaSum(events, 'credits_released');
    }
    if (!scripted) {
      // Only a release gives credits back: what the burst reserved is bounded by the funding plus every release.
      t.assertTrue('RECEIPT-CONCURRENT-RUNS', `credits reserved by ${accepted.length} of ${CONCURRENT_REQUESTS} runs on credits for ${CAPACITY_RUNS}`, accepted.length >= 1 && accepted.length * reserved <= funded + released, {
        expected: `at least one run, reserving at most ${funded} credits plus the ${released} its runs released`,
        observed: { statuses: answers.map((answer) => answer.status), reserved: accepted.length * reserved },
      });
    }
    const settled = (await t.api.entitlement(entitlement.entitlementId)).body;
    t.assertEqual(
      'RECEIPT-CONCURRENT-RUNS',
      'entitlement once every accepted run closed',
      { credits_reserved: settled.credits_reserved, credits_debited: settled.credits_debited, remaining_credits: settled.remaining_credits },
      { credits_reserved: 0, credits_debited: debited, remaining_credits: funded - debited },
    );
  },
);
