import { isAtRest, quietHorizonMs, scenario } from '../src/harness/index.js';

const MAX_STEPS = 50;

scenario(
  {
    id: 'seams-clock-to-next-due',
    title: 'An advance to_next_due stops right after the work due at the first due time it reaches',
    rules: ['SEAMS-CLOCK-ADVANCE'],
    requires: ['seams.test_clock'],
  },
  async (t) => {
    if (t.caps.seams.test_clock?.advance_to_next_due !== true) {
      return t.inapplicable('the host does not declare seams.test_clock.advance_to_next_due (a protocol 1.1 addition)');
    }
    // A run under way always has work due within the quiet horizon: each advance must stop short of its end.
    const horizonMs = quietHorizonMs(t.caps, 1000);
    const { token } = await t.flows.createRun({ callback: false });
    let run = (await t.api.ledger(token)).body;
    let fromMs = (await t.clock.now()).now_ms;
    let steps = 0;
    for (; steps < MAX_STEPS && !isAtRest(run); steps += 1) {
      const eventsBefore = run.state_history?.length ?? 0;
      const state = await t.clock.advance(horizonMs, { toNextDue: true });
      run = (await t.api.ledger(token)).body;
      // Every event the step recorded is work of the one due time it stopped at.
      const recorded = (run.state_history ?? []).slice(eventsBefore);
      t.assertTrue('SEAMS-CLOCK-ADVANCE', `step ${steps + 1}: the events it recorded happened at the time it stopped at`, recorded.every((event) => Date.parse(event.occurred_at) === state.now_ms), {
        expected: `every new occurred_at equal to ${state.now}`,
        observed: recorded.map((event) => `${event.event_type} at ${event.occurred_at}`),
      });
      t.assertTrue('SEAMS-CLOCK-ADVANCE', `step ${steps + 1}: the advance stops at the first due time, before the end of its ${horizonMs} ms`, state.now_ms < fromMs + horizonMs, {
        expected: `now before ${new Date(fromMs + horizonMs).toISOString()} while run ${token} is under way (state ${run.state})`,
        observed: state.now,
      });
      const later = (run.state_history ?? []).filter((event) => Date.parse(event.occurred_at) > state.now_ms);
      t.assertTrue('SEAMS-CLOCK-ADVANCE', `step ${steps + 1}: no event of run ${token} falls after the time the advance stopped at`, later.length === 0, {
        expected: `every occurred_at at or before ${state.now}`,
        observed: later.map((event) => `${event.event_type} at ${event.occurred_at}`),
      });
      fromMs = state.now_ms;
    }
    t.assertTrue('SEAMS-CLOCK-ADVANCE', `run ${token} comes to rest one due time at a time`, isAtRest(run) && steps > 1, {
      expected: 'the run at rest after more than one advance',
      observed: { state: run.state, advances: steps },
    });
  },
);
