import type { AgentRunStateEvent, TestScript } from '../generated/types.js';
import { isAtRest, scenario } from '../src/harness/index.js';

const SCRIPTS: readonly TestScript[] = [{ step_duration_ms: 700 }, { step_duration_ms: 1100, evidence_status: 'partial' }];
/** Long enough for every step of both scripts; each run closes well before it ends. */
const ONE_ADVANCE_MS = 20_000;

/** Each event as [event_type, ms after the run's first event]. */
function timeline(events: readonly AgentRunStateEvent[]): Array<[string, number]> {
  const start = Date.parse(events[0]?.occurred_at ?? '');
  return events.map((e) => [e.event_type, Date.parse(e.occurred_at) - start]);
}

scenario(
  {
    id: 'seams-clock-advance',
    title: 'One advance moves host time by ms and answers after every due step ran at its own due time',
    rules: ['SEAMS-CLOCK-ADVANCE'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    // Runs driven by one large advance...
    const jumped = [];
    for (const script of SCRIPTS) jumped.push(await t.flows.createRun({ script, callback: false }));
    const mailbox = t.caps.callbacks.supported ? (await t.flows.createRun({ script: { step_duration_ms: 900 }, callback: [] })).mailbox : undefined;
    const before = await t.clock.now();
    const after = await t.clock.advance(ONE_ADVANCE_MS);
    t.assertEqual('SEAMS-CLOCK-ADVANCE', 'now_ms answered by the advance', after.now_ms, before.now_ms + ONE_ADVANCE_MS);
    t.assertEqual('SEAMS-CLOCK-ADVANCE', 'now of the answer vs its now_ms', Date.parse(after.now), after.now_ms);
    t.assertEqual('SEAMS-CLOCK-ADVANCE', 'host time read after the advance', (await t.clock.now()).now_ms, after.now_ms);
    if (mailbox !== undefined) {
      // No waiting: the delivery due within the advance was made before it answered.
      t.assertTrue('SEAMS-CLOCK-ADVANCE', 'callback deliveries received when the advance answered', mailbox.deliveries().length >= 1, {
        expected: 'at least one delivery',
        observed: mailbox.deliveries().length,
      });
    }

    // ...must end exactly as the same runs driven in small steps.
    for (const [i, script] of SCRIPTS.entries()) {
      const jumpedLedger = (await t.api.ledger(jumped[i]!.token)).body;
      t.assertEqual('SEAMS-CLOCK-ADVANCE', `run with ${script.step_duration_ms} ms steps: state right after the advance answered`, jumpedLedger.state, 'closed');

      const stepped = await t.flows.createRun({ script, callback: false });
      await t.flows.advanceUntil(stepped.token, isAtRest, { stepMs: 100, maxSteps: 400 });
      const steppedLedger = (await t.api.ledger(stepped.token)).body;
      t.assertEqual(
        'SEAMS-CLOCK-ADVANCE',
        `run with ${script.step_duration_ms} ms steps: event times after creation, one ${ONE_ADVANCE_MS} ms advance vs 100 ms steps`,
        timeline(jumpedLedger.state_history ?? []),
        timeline(steppedLedger.state_history ?? []),
      );
    }
  },
);
