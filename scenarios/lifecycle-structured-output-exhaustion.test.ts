import type { TestScript } from '../generated/types.js';
import { creditDeltaSum, outcomeRowsAfter, stateTrail } from '../src/harness/checks/run-facts.js';
import { reservedRun } from '../src/harness/checks/reservations.js';
import { runtimeAgentTask } from '../src/harness/checks/runtime-contract.js';
import { scenario } from '../src/harness/index.js';
import { digest } from '../src/jcs.js';

const RULE = 'LIFECYCLE-STRUCTURED-FAILURE';
const SUBTYPE = 'error_max_structured_output_retries';

interface Case {
  name: string;
  /** Units the run meters, from its reservation R. */
  metered: (reserved: number) => number;
  /** Whether the run has a callback URL (only when the host supports callbacks). */
  callback: boolean;
}

const CASES: readonly Case[] = [
  { name: 'metered below the reservation, with a callback URL', metered: (r) => r - 1, callback: true },
  { name: 'metered above the reservation', metered: (r) => r + 2, callback: false },
  { name: 'nothing metered', metered: () => 0, callback: false },
];

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

scenario(
  {
    id: 'lifecycle-structured-output-exhaustion',
    title: 'More invalid structured outputs than maxValidationRetries package a failure result, settle credits and fail the run; exactly that many do not',
    rules: [RULE, 'RECEIPT-DEBIT-BOUNDED', 'ATTESTATION-DIGEST'],
    requires: ['agent_runtime', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const maxRetries = runtimeAgentTask(t.caps.agent_runtime.contract)?.structuredOutput?.maxValidationRetries;
    t.ensure('RUNTIME-STRUCTURED-OUTPUT-BOUNDED', 'the runtime contract publishes an integer structuredOutput.maxValidationRetries', Number.isInteger(maxRetries), {
      expected: 'an integer in [0, 10]',
      observed: maxRetries,
    });
    if (maxRetries === undefined) return;
    const exhausting: TestScript['structured_output'] = { invalid_attempts: maxRetries + 1 };

    for (const c of CASES) {
      const withCallback = c.callback && t.caps.callbacks.supported;
      const { run: created, reserved } = t.need(
        await reservedRun(t, (reserved) => ({ structured_output: exhausting, metered_units: c.metered(reserved) }), { callback: withCallback }),
      );
      const metered = c.metered(reserved);
      const debited = Math.min(metered, reserved);
      const released = reserved - debited;
      const run = await t.flows.runToRest(created.token);
      const events = run.state_history ?? [];
      const where = `${c.name} (${maxRetries + 1} invalid outputs, limit ${maxRetries}, R ${reserved}, metered ${metered})`;

      // The run ends failed from tool execution (SPEC.md §4.2, §15.3).
      t.assertEqual(RULE, `${where}: state and canonical_lifecycle_state`, [run.state, run.canonical_lifecycle_state], ['failed', 'failed']);
      t.assertEqual(RULE, `${where}: states the run entered`, stateTrail(events), ['run_created', 'queued', 'evidence_review', 'tool_execution', 'failed']);

      // After tool_execution_started: debit, release, usage receipt, all in tool_execution, then run_failed (§4.4).
      const started = events.some((e) => e.event_type === 'tool_execution_started');
      t.assertTrue(RULE, `${where}: tool_execution_started is recorded`, started, { expected: 'a tool_execution_started event', observed: events.map((e) => e.event_type) });
      const stay = { from_state: 'tool_execution', to_state: 'tool_execution' };
      t.assertEqual(RULE, `${where}: events after tool_execution_started (credit, result, receipt, callback and state changes)`, outcomeRowsAfter(events, 'tool_execution_started'), [
        ...(debited > 0 ? [{ event_type: 'credits_debited', ...stay, credit_delta: debited }] : []),
        ...(released > 0 ? [{ event_type: 'credits_released', ...stay, credit_delta: released }] : []),
        { event_type: 'usage_receipt_issued', ...stay },
        { event_type: 'run_failed', from_state: 'tool_execution', to_state: 'failed' },
      ]);
      const runFailed = events.find((e) => e.event_type === 'run_failed');
      // An event's links are as applicable (SPEC.md §4.4, §5.1): a link the host gives names the run's result.
      const resultLink = runFailed?.links?.['result_url'];
      t.assertTrue(RULE, `${where}: links.result_url of the run_failed event, when given`, resultLink === undefined || resultLink === run.result_url, {
        expected: `absent, or ${run.result_url}`,
        observed: resultLink,
      });

      // The reservation is resolved once: min(metered, R) debited, the rest released, nothing left reserved (§7.3).
      const balances = (await t.api.entitlement(created.entitlement.entitlementId)).body;
      t.assertEqual(
        'RECEIPT-DEBIT-BOUNDED',
        `${where}: debits and releases of the ledger, the run record and the entitlement`,
        {
          ledger: { debited: creditDeltaSum(events, 'credits_debited'), released: creditDeltaSum(events, 'credits_released') },
          run: { credits_reserved: run.credits_reserved, credits_debited: run.credits_debited },
          entitlement: { credits_reserved: balances.credits_reserved, credits_debited: balances.credits_debited },
        },
        {
          ledger: { debited, released },
          run: { credits_reserved: 0, credits_debited: debited },
          entitlement: { credits_reserved: 0, credits_debited: debited },
        },
      );

      // The failure result: a package with empty outputs and the failure subtype (§6.2, §15.3).
      const path = `/api/agents/tasks/${encodeURIComponent(created.token)}`;
      const resultExchange = await t.http.request('GET', `${path}/result`);
      t.assertStatus(RULE, resultExchange, 200);
      const resultPackage = asRecord(resultExchange.json);
      const agentTaskResult = resultPackage['agent_task_result'];
      t.assertEqual(
        RULE,
        `${where}: failure result package (outputs, result_subtype, subtype of its lime.agent-task-result.v1 document when present)`,
        { outputs: resultPackage['outputs'], result_subtype: resultPackage['result_subtype'], agent_task_result_subtype: asRecord(agentTaskResult)['subtype'] },
        { outputs: {}, result_subtype: SUBTYPE, agent_task_result_subtype: agentTaskResult === undefined ? undefined : SUBTYPE },
      );

      const attestationExchange = await t.http.request('GET', `${path}/attestation`);
      t.assertStatus(RULE, attestationExchange, 200);
      const attestation = asRecord(attestationExchange.json);
      t.assertEqual(RULE, `${where}: attestation result_status and result_url`, [attestation['result_status'], attestation['result_url']], ['failed', run.result_url]);
      t.assertEqual('ATTESTATION-DIGEST', `${where}: attestation result_package_hash vs the kit's digest of the failure result`, attestation['result_package_hash'], digest(resultExchange.json));

      const contract = (await t.api.resultContract(created.token)).body;
      t.assertEqual(
        RULE,
        `${where}: result contract lifecycle_state, result_status and machine_result`,
        {
          lifecycle_state: contract.lifecycle_state,
          result_status: contract.result_status,
          machine_result_status: contract.machine_result.result_status,
          machine_result_subtype: contract.machine_result['result_subtype'],
        },
        { lifecycle_state: 'failed', result_status: 'failed', machine_result_status: 'failed', machine_result_subtype: SUBTYPE },
      );

      // The usage receipt is issued before run_failed and records a failed result (§7.4).
      t.assertTrue(RULE, `${where}: usage_receipt_url of the failed run`, typeof run.usage_receipt_url === 'string', { expected: 'the URL of its usage receipt', observed: run.usage_receipt_url });
      const receiptExchange = await t.http.request('GET', String(run.usage_receipt_url));
      t.assertStatus(RULE, receiptExchange, 200);
      const receipt = asRecord(receiptExchange.json);
      t.assertEqual(RULE, `${where}: usage receipt result_status and credits_debited`, [receipt['result_status'], receipt['credits_debited']], ['failed', debited]);

      // Never a success: no callback payload is fixed and nothing is delivered (§8.1, §8.2).
      const payload = await t.http.request('GET', `${path}/callback-payload`);
      t.assertProblem(RULE, payload, 409, 'result-not-ready');
      t.assertEqual(
        RULE,
        `${where}: callback_status of the failed run and callbacks the kit received`,
        [run.callback_status, created.mailbox?.deliveries().length ?? 0],
        [withCallback ? 'failed' : 'not_required', 0],
      );
    }

    // At the limit the last retry produces a valid output: the run packages normally and closes.
    const withinLimit = await t.flows.createRun({ script: { structured_output: { invalid_attempts: maxRetries } }, callback: false });
    const closed = await t.flows.runToRest(withinLimit.token);
    t.assertEqual(RULE, `state after ${maxRetries} invalid outputs (limit ${maxRetries})`, closed.state, 'closed');
    const attestation = asRecord((await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(withinLimit.token)}/attestation`)).json);
    t.assertEqual(RULE, `attestation result_status after ${maxRetries} invalid outputs`, attestation['result_status'], 'ready');
  },
);
