import type { AgentTaskRun } from '../generated/types.js';
import { FINE_STEPS, HAPPY_RUN, INSUFFICIENT_EVIDENCE, TOOL_FAILURE, caseRunOptions } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';

/** Fields both answers describe (SPEC.md §4.5): state, labels, credits and URLs. */
const SHARED_FIELDS = [
  'agent_task_run_id',
  'state',
  'canonical_lifecycle_state',
  'evidence_status',
  'callback_status',
  'credits_reserved',
  'credits_debited',
  'remaining_credits',
  'status_url',
  'ledger_url',
  'result_url',
  'result_attestation_url',
  'receipt_url',
  'usage_receipt_url',
  'settlement_receipt_url',
  'agent_result_contract_url',
  'run_contract_url',
] as const;

const CASES = [HAPPY_RUN, INSUFFICIENT_EVIDENCE, TOOL_FAILURE];

function shared(run: AgentTaskRun): Record<string, unknown> {
  return Object.fromEntries(SHARED_FIELDS.map((field) => [field, run[field] ?? null]));
}

scenario(
  {
    id: 'lifecycle-status-matches-ledger',
    title: 'At every clock step the status and ledger answers agree, and the last event leads to the current state',
    rules: ['LIFECYCLE-STATUS-MATCHES-LEDGER'],
  },
  async (t) => {
    let compared = 0;
    const cases = t.cases(CASES);
    for (const c of cases) {
      const { token } = await t.flows.createRun(caseRunOptions(c));
      await t.flows.stepThrough(
        token,
        async (ledger, step) => {
          // No advance between the two reads: they describe the same host instant.
          const status = (await t.api.status(token)).body;
          const events = ledger.state_history ?? [];
          // In real time the host may move between the reads: compare only when the ledger read again after the
          // status shows no new event and the same shared fields, so that all three describe one moment.
          if (t.clock.mode === 'real_time') {
            const after = (await t.api.ledger(token)).body;
            const moved = after.state_history?.length !== events.length || JSON.stringify(shared(after)) !== JSON.stringify(shared(ledger));
            if (moved) return false;
          }
          t.assertEqual('LIFECYCLE-STATUS-MATCHES-LEDGER', `${c.name}, step ${step}: status vs ledger run record`, shared(status), shared(ledger));
          t.assertEqual(
            'LIFECYCLE-STATUS-MATCHES-LEDGER',
            `${c.name}, step ${step}: to_state of the last of ${events.length} ledger events vs the run's state`,
            events.at(-1)?.to_state,
            status.state,
          );
          compared += 1;
          return false;
        },
        { ...FINE_STEPS, recordOnly: true },
      );
    }
    // In real time a run may pass every phase between two reads, but it stands still at rest.
    const least = cases.length * (t.clock.mode === 'test_clock' ? 3 : 1);
    t.assertTrue('LIFECYCLE-STATUS-MATCHES-LEDGER', 'status and ledger pairs compared', compared >= least, {
      expected: `at least ${least} comparisons`,
      observed: compared,
    });
  },
);
