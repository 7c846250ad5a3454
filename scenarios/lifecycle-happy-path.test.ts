import { stateTrail } from '../src/harness/checks/run-facts.js';
import { statesSeen } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { HAPPY_PATH_STATES } from '../src/protocol/index.js';

scenario(
  {
    id: 'lifecycle-happy-path',
    title: 'A run with sufficient evidence and a callback URL enters every state from queued to closed, in order',
    rules: ['LIFECYCLE-HAPPY-PATH'],
    requires: ['callbacks'],
  },
  async (t) => {
    const { token, mailbox } = await t.flows.createRun({ callback: [] });
    const { atRest, seen } = await statesSeen(t.flows, token);
    t.assertEqual('LIFECYCLE-HAPPY-PATH', 'state once the run is at rest', atRest.state, 'closed');

    const positions = seen.map((state) => (HAPPY_PATH_STATES as readonly string[]).indexOf(state));
    t.assertTrue(
      'LIFECYCLE-HAPPY-PATH',
      'states read at each clock step follow the happy path forward',
      positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1]!)),
      { expected: `states in the order ${HAPPY_PATH_STATES.join(' → ')}`, observed: seen },
    );

    const ledger = await t.api.ledger(token);
    t.assertEqual(
      'LIFECYCLE-HAPPY-PATH',
      'states the ledger records the run entering, in order',
      stateTrail(ledger.body.state_history ?? []),
      HAPPY_PATH_STATES,
    );
    const deliveries = mailbox?.deliveries() ?? [];
    t.assertTrue('LIFECYCLE-HAPPY-PATH', 'the callback the run reports delivered reached the callback URL', deliveries.length >= 1, {
      expected: 'at least one delivery to the run’s callback_url',
      observed: `${deliveries.length} deliveries`,
    });
  },
);
