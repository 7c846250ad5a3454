import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

const FUNDING_FIELDS = ['credits_funded', 'settlement_status'];

interface Case {
  name: string;
  /** None: a natural run, which meters what the host decides. */
  script?: (reserved: number) => TestScript;
}

const CASES: readonly Case[] = [
  { name: 'metered below the reservation', script: (reserved) => ({ metered_units: reserved - 1 }) },
  { name: 'metered above the reservation', script: (reserved) => ({ metered_units: reserved + 2 }) },
];
const NATURAL_RUN: Case = { name: 'natural run' };

scenario(
  {
    id: 'receipt-usage-consumes-only',
    title: "A usage receipt records one run's integer consumption, as the kit scripted it or the host metered it, and no funding",
    rules: ['RECEIPT-USAGE-CONSUMES-ONLY'],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const entitlement = await t.flows.fundedTenantEntitlement();
      const reserved = entitlement.quote.credits_quoted;
      const funded = entitlement.settlementReceipt.credits_funded;
      if (c.script && reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the cases need at least 2`);
      const script = c.script?.(reserved);
      const { token, created } = await t.flows.createRun({ ...(script ? { script } : {}), callback: false, entitlement });
      const run = await t.flows.runToRest(token);
      t.ensure(script ? 'SEAMS-SCRIPT-HONOURED' : 'LIFECYCLE-HAPPY-PATH', `${c.name}: the run ${token}${script ? ` scripted to meter ${script.metered_units} units` : ''} comes to rest closed`, run.state === 'closed', {
        expected: '"closed"',
        observed: run.state,
      });
      const receiptUrl = run.usage_receipt_url ?? run.receipt_url;
      t.ensure('RECEIPT-LINKS-BOTH-WAYS', `${c.name}: the closed run ${token} links its usage receipt`, receiptUrl !== undefined, {
        expected: 'a usage_receipt_url',
        observed: { usage_receipt_url: run.usage_receipt_url, receipt_url: run.receipt_url },
      });

      const receipt = await t.http.request('GET', receiptUrl!);
      t.assertStatus('RECEIPT-USAGE-CONSUMES-ONLY', receipt, 200);
      const document = (receipt.json ?? {}) as Record<string, unknown>;
      // A natural run meters what the host decides: the receipt's meter_units, billed up to the reservation (SPEC.md §7.3).
      const units = script?.metered_units ?? document['meter_units'];
      const debited = Number.isSafeInteger(units) ? Math.min(units as number, reserved) : Number.NaN;
      // One run on a fresh entitlement: what remains is what was funded minus what this run consumed.
      t.assertEqual(
        'RECEIPT-USAGE-CONSUMES-ONLY',
        `${c.name}: consumption recorded for ${units} metered units on a ${reserved}-credit reservation`,
        {
          agent_task_run_id: document['agent_task_run_id'],
          credits_debited: document['credits_debited'],
          meter_units: document['meter_units'],
          remaining_credits: document['remaining_credits'],
        },
        { agent_task_run_id: created.agent_task_run_id, credits_debited: debited, meter_units: units, remaining_credits: funded - debited },
      );
      t.assertEqual('RECEIPT-USAGE-CONSUMES-ONLY', `${c.name}: funding fields present on the usage receipt`, FUNDING_FIELDS.filter((field) => field in document), []);
    }
  },
);
