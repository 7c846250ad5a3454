import { scenario } from '../src/harness/index.js';
import { recoveredRun, replayRequest } from '../src/harness/checks/recovery.js';

/** The event that starts each step that has one (SPEC.md §4.4). */
const START_EVENT: Readonly<Record<string, string>> = {
  evidence_review: 'evidence_review_started',
  tool_execution: 'tool_execution_started',
};

scenario(
  {
    id: 'replay-no-rerun',
    title: 'A replay does not rerun the steps its package lists as completed: their start events appear once',
    rules: ['REPLAY-NO-RERUN'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    // Packaging fails, so evidence review and tool execution are both complete before the replay.
    const { run, replayPackage } = t.need(await recoveredRun(t, { fail_at: 'result_packaged', units_before_failure: 1 }));
    const startedSteps = replayPackage.completed_steps.filter((step) => START_EVENT[step] !== undefined);
    t.ensure('REPLAY-PACKAGE', 'the package of a run failed at result_packaged lists a completed step that has a start event', startedSteps.length > 0, {
      expected: 'evidence_review or tool_execution in completed_steps',
      observed: replayPackage.completed_steps,
    });
    const before = (await t.api.ledger(run.token)).body.state_history ?? [];
    await t.api.replay(run.token, replayRequest(replayPackage));
    const rested = await t.flows.runToRest(run.token);
    t.assertEqual('REPLAY-NO-RERUN', 'run state after the replay (the replay went through)', rested.state, 'closed');

    const added = (rested.state_history ?? []).slice(before.length).map((event) => event.event_type);
    for (const step of startedSteps) {
      const startEvent = START_EVENT[step]!;
      t.assertEqual('REPLAY-NO-RERUN', `${startEvent} events recorded after the replay started (${step} was completed)`, added.filter((type) => type === startEvent).length, 0);
      t.assertEqual('REPLAY-NO-RERUN', `${startEvent} events in the whole ledger`, (rested.state_history ?? []).filter((event) => event.event_type === startEvent).length, 1);
    }
  },
);
