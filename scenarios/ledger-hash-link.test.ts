import { scenario } from '../src/harness/index.js';
import { digest } from '../src/jcs.js';

scenario(
  {
    id: 'ledger-hash-link',
    title: 'Each ledger event links to the digest of the one before, recomputed by the kit',
    rules: ['LEDGER-HASH-LINK'],
    requires: [],
  },
  async (t) => {
    const run = await t.flows.completedRun();
    const ledger = await t.api.ledger(run.token);
    const events = ledger.body.state_history ?? [];
    t.assertTrue('LEDGER-HASH-LINK', 'the ledger of a closed run has events to link', events.length > 0, {
      expected: 'at least one event',
      observed: events.length,
    });
    for (const [i, event] of events.entries()) {
      const expected = i === 0 ? null : digest(events[i - 1]);
      t.assertEqual('LEDGER-HASH-LINK', `event at position ${i + 1} (sequence ${event.sequence}) prev_event_hash`, event.prev_event_hash, expected);
    }
  },
);
