import { isAtRest, scenario } from '../src/harness/index.js';
import { untilNextDueMs } from '../src/harness/clock.js';

const MAX_JUMPS = 50;

scenario(
  {
    id: 'seams-clock-next-due',
    title: 'No work but heartbeat pulses falls before the next_due_at the clock state reports',
    rules: ['SEAMS-CLOCK-ADVANCE'],
    requires: ['seams.test_clock'],
  },
  async (t) => {
    if ((await t.clock.now()).next_due_at === undefined) return t.inapplicable('the clock state carries no next_due_at (a protocol 1.1 addition)');

    // Jump by jump through a natural run until it rests: one millisecond short of each reported due time nothing
    // has happened. Past its end the next work due may be forgetting it (SPEC.md §4.6).
    const { token } = await t.flows.createRun({ callback: false });
    let run = (await t.api.ledger(token)).body;
    let state = await t.clock.now();
    let jumps = 0;
    for (let gapMs = untilNextDueMs(state); gapMs !== undefined && jumps < MAX_JUMPS && !isAtRest(run); gapMs = untilNextDueMs(state)) {
      jumps += 1;
      const events = run.state_history?.length ?? 0;
      if (gapMs > 1) {
        await t.clock.advance(gapMs - 1);
        const short = (await t.api.ledger(token)).body.state_history?.length ?? 0;
        t.assertEqual('SEAMS-CLOCK-ADVANCE', `jump ${jumps}: events 1 ms before the reported next_due_at ${state.next_due_at}`, short, events);
      }
      state = await t.clock.advance(1);
      run = (await t.api.ledger(token)).body;
    }
    // A run under way has work pending: a clock state that reports none (or none later than now) hides it.
    t.assertTrue('SEAMS-CLOCK-ADVANCE', `next_due_at reported a later time while run ${token} was under way`, jumps > 0 && (isAtRest(run) || jumps === MAX_JUMPS), {
      expected: 'a next_due_at after the clock time at every jump until the run rests',
      observed: { jumps, state: run.state, next_due_at: state.next_due_at ?? null, now: state.now },
    });
    const rested = await t.flows.runToRest(token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `run ${token} comes to rest closed`, rested.state === 'closed', { expected: '"closed"', observed: rested.state });
  },
);
