import type { AgentTaskRun, TestScript } from '../generated/types.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import type { ScenarioContext } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';

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
    name: 'failure while packaging',
    script: () => ({ fail_at: 'result_packaged' }),
    async judge(t, run) {
      t.assertEqual(
        RULE,
        'run after a packaging failure (tool execution done, no package)',
        [run.state, exceptionFrom(run), run.state_history?.some((e) => e.event_type === 'result_package_ready')],
        ['paused', 'tool_execution', false],
      );
    },
  },
  ...(['queued', 'evidence_review', 'tool_execution'] as const).map(
    (step): Case => ({
      name: `stall in ${step}`,
      script: () => ({ stall_at: step }),
      async judge(t, run) {
        t.assertEqual(RULE, `state of a run stalled in ${step}, long after`, run.state, step);
      },
    }),
  ),
  ...(['recorded', 'unrecorded'] as const).map(
    (sideEffects): Case => ({
      name: `failure with ${sideEffects} side effects`,
      script: () => ({ fail_at: 'tool_execution', side_effects: sideEffects }),
      async judge(t, _run, token) {
        const ticket = (await t.api.exceptions(token)).body.items.at(-1);
        t.assertEqual(RULE, `safe_to_replay of the ticket after ${sideEffects} side effects`, ticket?.safe_to_replay, sideEffects === 'recorded');
      },
    }),
  ),
  {
    name: 'five-second steps',
    script: () => ({ step_duration_ms: 5000 }),
    async judge(t, run) {
      const times = (run.state_history ?? []).filter((e) => e.from_state !== e.to_state).map((e) => Date.parse(e.occurred_at));
      const gaps = times.slice(1).map((ms, i) => ms - times[i]!).filter((gap) => gap > 0);
      t.assertTrue(RULE, 'host time between the steps of a run with step_duration_ms 5000', gaps.length >= 4 && gaps.every((gap) => gap === 5000), {
        expected: 'every gap between transitions at different times equal to 5000 ms',
        observed: gaps,
      });
    },
  },
];

scenario(
  {
    id: 'seams-script-honoured',
    title: 'Scripted runs follow their script: evidence, package, metering, failures, stalls, side effects and step time',
    rules: [RULE],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: 1000 });
    const reserved = entitlement.quote.credits_quoted;
    if (reserved < 2) return t.blocked(`the quote reserves ${reserved} credit; the cases need at least 2`);
    const runs = [];
    for (const c of CASES) runs.push(await t.flows.createRun({ script: c.script(reserved), callback: false, entitlement }));
    for (const [i, c] of CASES.entries()) {
      const run = await t.flows.runToRest(runs[i]!.token);
      await c.judge(t, run, runs[i]!.token, reserved);
    }
  },
);
