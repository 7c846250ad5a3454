import type { TestScript } from '../generated/types.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import type { CapabilityPath } from '../src/harness/index.js';
import { isAtRest, scenario } from '../src/harness/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';

interface Case {
  name: string;
  /** None: a natural run, taken to rest as the host moves it. */
  script?: TestScript;
  needs?: CapabilityPath;
}

/** Scripted runs under uneven clock advances. */
const CASES: readonly Case[] = [
  { name: 'happy run, 1 s steps', script: {}, needs: 'seams.test_clock' },
  { name: 'happy run, 7 s steps', script: { step_duration_ms: 7000 }, needs: 'seams.test_clock' },
  { name: 'insufficient evidence', script: { evidence_status: 'insufficient', step_duration_ms: 3000 }, needs: 'seams.test_clock' },
];
const NATURAL_RUN: Case = { name: 'natural run' };
/** Uneven clock advances, so no event can borrow a neighbour's time by accident. */
const ADVANCES_MS = [333, 1, 5000, 1200, 17, 9000];
const MAX_STEPS = 120;

scenario(
  {
    id: 'ledger-timestamps-ordered',
    title: "Events' occurred_at never decreases along the sequence, across uneven clock steps, pauses and replays",
    rules: ['LEDGER-TIMESTAMPS-ORDERED'],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const created = await t.flows.createRun(c.script ? { script: c.script, callback: false } : {});
      const { token } = created;
      if (c.script === undefined) {
        // A natural run (with its callback, whose events the delivery path stamps) moves at the host's own pace.
        await t.flows.runToRest(token);
      } else {
        for (let step = 0; step < MAX_STEPS; step += 1) {
          if (isAtRest((await t.api.status(token)).body)) break;
          await t.clock.advance(ADVANCES_MS[step % ADVANCES_MS.length]!);
        }
      }
      // A replay after a long pause appends events much later than the ones before it.
      if (t.caps.replay.supported && c.script?.evidence_status === 'insufficient') {
        await t.clock.advance(3_600_000);
        const recovered = t.need(await recoverPaused(t, created, (await t.api.ledger(token)).body));
        await t.api.replay(token, replayRequest(recovered.replayPackage));
        await t.flows.runToRest(token);
      }

      const events = (await t.api.ledger(token)).body.state_history ?? [];
      t.assertTrue('LEDGER-TIMESTAMPS-ORDERED', `${c.name}: every event has a parseable occurred_at`, events.length > 0 && events.every((e) => Number.isFinite(Date.parse(e.occurred_at))), {
        expected: 'RFC 3339 times on every event',
        observed: events.map((e) => e.occurred_at),
      });
      const problems = verifyLedgerChain(events).filter((p) => p.rule === 'LEDGER-TIMESTAMPS-ORDERED');
      t.assertEqual('LEDGER-TIMESTAMPS-ORDERED', `${c.name}: events whose occurred_at is before the previous event's`, problems, []);
    }
  },
);
