import type { AgentTaskRun } from '../generated/types.js';
import { stateTrail } from '../src/harness/checks/run-facts.js';
import { isAtRest, scenario } from '../src/harness/index.js';

/** SPEC.md §4.4, happy run with a callback. */
const HAPPY_STATES = [
  'run_created',
  'queued',
  'evidence_review',
  'tool_execution',
  'result_packaged',
  'receipt_issued',
  'callback_ready',
  'callback_delivered',
  'closed',
];

scenario(
  {
    id: 'lifecycle-happy-path',
    title: 'A run with sufficient evidence and a callback URL enters every state from queued to closed, in order',
    rules: ['LIFECYCLE-HAPPY-PATH'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    const { token, mailbox } = await t.flows.createRun({ callback: [] });
    // Quarter steps so that each runner step is observed on its own.
    const polled: AgentTaskRun[] = [];
    const atRest = await t.flows.advanceUntil(
      token,
      (run) => {
        polled.push(run);
        return isAtRest(run);
      },
      { stepMs: 250, maxSteps: 200 },
    );
    t.assertEqual('LIFECYCLE-HAPPY-PATH', 'state once the run is at rest', atRest.state, 'closed');

    const seen = polled.map((run) => run.state).filter((state, i, all) => i === 0 || all[i - 1] !== state);
    const positions = seen.map((state) => HAPPY_STATES.indexOf(state));
    t.assertTrue(
      'LIFECYCLE-HAPPY-PATH',
      'states read at each clock step follow the happy path forward',
      positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]!)),
      { expected: `states in the order ${HAPPY_STATES.join(' → ')}`, observed: seen },
    );

    const ledger = await t.api.ledger(token);
    t.assertEqual(
      'LIFECYCLE-HAPPY-PATH',
      'states the ledger records the run entering, in order',
      stateTrail(ledger.body.state_history ?? []),
      HAPPY_STATES,
    );
    const deliveries = mailbox?.deliveries() ?? [];
    t.assertTrue('LIFECYCLE-HAPPY-PATH', 'the callback the run reports delivered reached the callback URL', deliveries.length >= 1, {
      expected: 'at least one delivery to the run’s callback_url',
      observed: `${deliveries.length} deliveries`,
    });
  },
);
