import { scenario } from '../src/harness/index.js';

const FUNDING_FIELDS = ['credits_funded', 'settlement_status'];

scenario(
  {
    id: 'receipt-usage-consumes-only',
    title: "A usage receipt records one run's integer consumption, as the kit scripted it, and no funding",
    rules: ['RECEIPT-USAGE-CONSUMES-ONLY'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const cases = [
      { name: 'metered below the reservation', units: (reserved: number) => reserved - 1 },
      { name: 'metered above the reservation', units: (reserved: number) => reserved + 2 },
    ];
    for (const c of cases) {
      const entitlement = await t.flows.fundedTenantEntitlement();
      const reserved = entitlement.quote.credits_quoted;
      const funded = entitlement.settlementReceipt.credits_funded;
      if (reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the cases need at least 2`);
      const units = c.units(reserved);
      const { token, created } = await t.flows.createRun({ script: { metered_units: units }, callback: false, entitlement });
      const run = await t.flows.runToRest(token);
      t.ensure('SEAMS-SCRIPT-HONOURED', `${c.name}: the run ${token} scripted to meter ${units} units comes to rest closed`, run.state === 'closed', {
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
      const debited = Math.min(units, reserved);
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
