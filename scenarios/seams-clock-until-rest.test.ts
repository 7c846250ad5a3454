import { quietHorizonMs, scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'seams-clock-until-rest',
    title: 'An advance until_at_rest stops right after the work that leaves the run at rest, and does nothing for a run at rest',
    rules: ['SEAMS-CLOCK-ADVANCE'],
    requires: ['seams.test_clock'],
  },
  async (t) => {
    if (t.caps.seams.test_clock?.advance_until_rest !== true) {
      return t.inapplicable('the host does not declare seams.test_clock.advance_until_rest (a protocol 1.1 addition)');
    }
    const { token } = await t.flows.createRun({ callback: false });
    const horizonMs = quietHorizonMs(t.caps, 1000);
    const stopped = await t.clock.advance(horizonMs, { untilAtRest: token });
    const run = (await t.api.ledger(token)).body;
    t.assertEqual('SEAMS-CLOCK-ADVANCE', 'run state after an advance until_at_rest', run.state, 'closed');
    t.assertEqual('SEAMS-CLOCK-ADVANCE', 'host time after an advance until_at_rest: the time of the event that left the run at rest', stopped.now, run.state_history?.at(-1)?.occurred_at);
    const again = await t.clock.advance(horizonMs, { untilAtRest: token });
    t.assertEqual('SEAMS-CLOCK-ADVANCE', 'host time after an advance until_at_rest of a run already at rest', again.now_ms, stopped.now_ms);
  },
);
