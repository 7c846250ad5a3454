import type { AgentTaskRun, TestScript } from '../generated/types.js';
import { creditDeltaSum, outcomeRowsAfter } from '../src/harness/checks/run-facts.js';
import type { CreatedRun, ScenarioContext } from '../src/harness/index.js';
import { advertisedRunsInFlight, scenario } from '../src/harness/index.js';

const RULE = 'SEAMS-SCRIPT-HONOURED';

interface Case {
  name: string;
  script: (reserved: number) => TestScript;
  /** Judges the run at rest against its script. */
  judge: (t: ScenarioContext, run: AgentTaskRun, token: string, reserved: number) => Promise<void>;
}

const exceptionFrom = (run: AgentTaskRun): string | null | undefined =>
  run.state_history?.find((e) => e.event_type === 'exception_opened')?.from_state;

const CASES: readonly Case[] = [
  {
    name: 'partial evidence and a custom result package',
    script: () => ({ evidence_status: 'partial', result_package: { verdict: 'scripted', scores: [3, 1, 2], nested: { ok: true } } }),
    async judge(t, run, token) {
      const result = (await t.api.result(token)).body;
      t.assertEqual(RULE, 'evidence status of run, evidence event and result package', [run.evidence_status, run.state_history?.find((e) => e.event_type === 'evidence_status_changed')?.evidence_status, result.evidence_status], ['partial', 'partial', 'partial']);
      t.assertEqual(RULE, 'result package outputs', result.outputs, { verdict: 'scripted', scores: [3, 1, 2], nested: { ok: true } });
    },
  },
  {
    name: 'metered units above the reservation',
    script: (r) => ({ metered_units: r + 2 }),
    async judge(t, run, _token, reserved) {
      t.assertEqual(RULE, 'units metered and credits debited', [run.metered_units, creditDeltaSum(run.state_history ?? [], 'credits_debited')], [reserved + 2, reserved]);
    },
  },
  {
    name: 'metered units below the reservation',
    script: (r) => ({ metered_units: r - 1 }),
    async judge(t, run, _token, reserved) {
      t.assertEqual(RULE, 'units metered and credits debited', [run.metered_units, creditDeltaSum(run.state_history ?? [], 'credits_debited')], [reserved - 1, reserved - 1]);
    },
  },
  {
    name: 'insufficient evidence with missing items',
    script: () => ({ evidence_status: 'insufficient', missing_items: ['invoice_2026_q2', 'ledger_export'] }),
    async judge(t, run, token) {
      const ticket = (await t.api.exceptions(token)).body.items.at(-1);
      t.assertEqual(RULE, 'run and ticket after insufficient evidence', [run.state, exceptionFrom(run), ticket?.exception_type, ticket?.missing_items], ['paused', 'evidence_review', 'evidence_gap', ['invoice_2026_q2', 'ledger_export']]);
    },
  },
  ...(['evidence_review', 'tool_execution'] as const).map(
    (step): Case => ({
      name: `failure at ${step}`,
      script: () => ({ fail_at: step, units_before_failure: 1 }),
      async judge(t, run, token) {
        const ticket = (await t.api.exceptions(token)).body.items.at(-1);
        t.assertEqual(RULE, `run and ticket after a failure at ${step}`, [run.state, exceptionFrom(run), ticket?.exception_type], ['paused', step, 'tool_execution_pause']);
        t.assertEqual(RULE, 'credits debited at the failure', creditDeltaSum(run.state_history ?? [], 'credits_debited'), 1);
      },
    }),
  ),
  {
    // SPEC.md §4.4: the package and its attestation exist; the debit of u, then the run pauses from result_packaged.
    name: 'failure while packaging',
    script: () => ({ fail_at: 'result_packaged', units_before_failure: 1 }),
    async judge(t, run, token) {
      const ticket = (await t.api.exceptions(token)).body.items.at(-1);
      t.assertEqual(RULE, 'run and ticket after a failure at result_packaged', [run.state, exceptionFrom(run), ticket?.exception_type], ['paused', 'result_packaged', 'tool_execution_pause']);
      t.assertEqual(RULE, 'events from result_package_ready on (credit, result, receipt, callback and state changes)', [run.state_history?.some((e) => e.event_type === 'result_package_ready'), outcomeRowsAfter(run.state_history ?? [], 'result_package_ready')], [
        true,
        [
          { event_type: 'credits_debited', from_state: 'result_packaged', to_state: 'result_packaged', credit_delta: 1 },
          { event_type: 'exception_opened', from_state: 'result_packaged', to_state: 'paused' },
        ],
      ]);
      const path = `/api/agents/tasks/${encodeURIComponent(token)}`;
      t.assertStatus(RULE, await t.http.request('GET', `${path}/result`), 200);
      t.assertStatus(RULE, await t.http.request('GET', `${path}/attestation`), 200);
    },
  },
  ...(['recorded', 'unrecorded'] as const).map(
    (sideEffects): Case => ({
      name: `failure with ${sideEffects} side effects`,
      script: () => ({ fail_at: 'tool_execution', side_effects: sideEffects }),
      async judge(t, _run, token) {
        const ticket = (await t.api.exceptions(token)).body.items.at(-1);
        // A ticket silent about safe_to_replay breaks REPLAY-SAFETY-FROM-SIDE-EFFECTS, which the document oracle
        // reports; here only a value that contradicts the script is judged.
        if (ticket?.safe_to_replay === undefined) return;
        t.assertEqual(RULE, `safe_to_replay of the ticket after ${sideEffects} side effects`, ticket.safe_to_replay, sideEffects === 'recorded');
      },
    }),
  ),
  {
    name: 'five-second steps',
    script: () => ({ step_duration_ms: 5000 }),
    async judge(t, run) {
      // SPEC.md §13.3: the events of one phase share its time and hosts group events into phases as they
      // choose; what holds is that each phase comes no sooner than step_duration_ms after the one before.
      const phaseTimes = [...new Set((run.state_history ?? []).map((e) => Date.parse(e.occurred_at)))];
      const gaps = phaseTimes.slice(1).map((ms, i) => ms - phaseTimes[i]!);
      t.assertTrue(RULE, 'host time between the phases of a closed run with step_duration_ms 5000', run.state === 'closed' && gaps.length > 0 && gaps.every((gap) => gap >= 5000), {
        expected: 'a closed run with at least one phase after creation, each phase at least 5000 ms after the previous one',
        observed: { state: run.state, gaps_ms: gaps },
      });
    },
  },
  // Stalls last: a stall shows only after a quiet horizon of host time, which may outlast the host's retention
  // of the ended runs judged before it (SPEC.md §4.6); a stalled run never ends, so is never forgotten.
  ...(['queued', 'evidence_review', 'tool_execution'] as const).map(
    (step): Case => ({
      name: `stall in ${step}`,
      script: () => ({ stall_at: step }),
      async judge(t, run) {
        t.assertEqual(RULE, `state of a run stalled in ${step}, long after`, run.state, step);
      },
    }),
  ),
];

scenario(
  {
    id: 'seams-script-honoured',
    title: 'Scripted runs follow their script: evidence, package, metering, failures, stalls, side effects and step time',
    rules: [RULE],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement({ runs: CASES.length });
    const reserved = entitlement.quote.credits_quoted;
    if (reserved < 2) return t.inapplicable(`the quote reserves ${reserved} credit; the cases need at least 2`);
    // The runs of a group are all made before any is judged. One group, unless the host bounds a tenant's runs in
    // flight below their number (SPEC.md §4.6, at least 10): then each run is made alone when the one before it is
    // judged, but the stalls together, last, before their quiet horizon lets the quote expire. The paused and
    // stalled runs stay in flight: ten in all.
    const bound = advertisedRunsInFlight(t.caps);
    const stalls = (c: Case) => c.script(reserved).stall_at !== undefined;
    const groups = bound === null || bound >= CASES.length ? [CASES] : [...CASES.filter((c) => !stalls(c)).map((c) => [c]), CASES.filter(stalls)];
    for (const group of groups) {
      const runs: CreatedRun[] = [];
      for (const c of group) runs.push(await t.flows.createRun({ script: c.script(reserved), callback: false, entitlement }));
      for (const [i, c] of group.entries()) {
        const run = await t.flows.runToRest(runs[i]!.token);
        await c.judge(t, run, runs[i]!.token, reserved);
      }
    }
  },
);
