import type { AgentRunStateEvent, TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { recoverRun, pausedRun } from '../src/harness/checks/recovery.js';

/**
 * Events that record a step's completion (SPEC.md §9.3): its step_completed, the start of the next step, or
 * the step's own closing event (the evidence verdict that lets the run go on).
 */
const COMPLETES: Readonly<Record<string, (event: AgentRunStateEvent) => boolean>> = {
  evidence_review: (e) =>
    (e.event_type === 'step_completed' && e.step === 'evidence_review') ||
    e.event_type === 'tool_execution_started' ||
    (e.event_type === 'evidence_status_changed' && e.step === 'evidence_review' && e.evidence_status !== 'insufficient'),
  tool_execution: (e) => (e.event_type === 'step_completed' && e.step === 'tool_execution') || e.event_type === 'result_package_ready',
};

const CASES: readonly { script: TestScript; completed: string[] }[] = [
  { script: { fail_at: 'evidence_review' }, completed: [] },
  { script: { fail_at: 'tool_execution', units_before_failure: 1 }, completed: ['evidence_review'] },
  { script: { fail_at: 'result_packaged', units_before_failure: 1 }, completed: ['evidence_review', 'tool_execution'] },
];

scenario(
  {
    id: 'replay-package-contents',
    title: 'A replay package names the run, its exception, the steps completed before the failure, safe_to_replay and meter_delta_only',
    rules: ['REPLAY-PACKAGE'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    for (const { script, completed } of CASES) {
      const label = `fail_at ${String(script.fail_at)}`;
      const paused = t.need(await pausedRun(t, script));
      const { run, ticket, replayPackage: pkg } = t.need(await recoverRun(t, paused));
      const status = (await t.api.status(run.token)).body;
      const events = (await t.api.ledger(run.token)).body.state_history ?? [];

      t.assertEqual('REPLAY-PACKAGE', `${label}: what the package names`, {
        agent_task_run_id: pkg.agent_task_run_id,
        task_token: pkg.task_token,
        exception_id: pkg.exception_id,
        state: pkg.state,
        completed_steps: pkg.completed_steps,
        safe_to_replay: pkg.safe_to_replay,
        credit_debit_policy: pkg.credit_debit_policy,
        credits_debited_so_far: pkg.credits_debited_so_far,
      }, {
        agent_task_run_id: run.created.agent_task_run_id,
        task_token: run.token,
        exception_id: ticket.exception_id,
        state: 'replay_ready',
        completed_steps: completed,
        safe_to_replay: true,
        credit_debit_policy: 'meter_delta_only',
        credits_debited_so_far: status.credits_debited,
      });

      const last = completed.at(-1);
      const pointed = events.find((event) => event.sequence === pkg.checkpoint.sequence);
      const recordsCheckpoint =
        last === undefined ? pointed?.to_state === 'queued' && pointed.from_state !== 'queued' : pointed !== undefined && COMPLETES[last]!(pointed);
      t.assertTrue('REPLAY-PACKAGE', `${label}: checkpoint names the last completed step and the event recording it`, pkg.checkpoint.step === (last ?? null) && recordsCheckpoint, {
        expected: last === undefined ? 'step null at the event that queued the run' : `step ${last} at an event recording its completion`,
        observed: { checkpoint: pkg.checkpoint, event: pointed },
      });
    }
  },
);
