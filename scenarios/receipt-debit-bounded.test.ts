import type { TestScript } from '../generated/types.js';
import type { CapabilityPath } from '../src/harness/index.js';
import { naturalRun, reservedRun } from '../src/harness/checks/reservations.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import { closedIfOffered } from '../src/harness/checks/close-exception.js';
import { scenario } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';

interface Case {
  name: string;
  /** None: a natural run, which meters what the host decides. */
  script?: (reserved: number) => TestScript;
  /** How the run comes to its end after resting: closing a paused run's exception fails it for good. */
  end?: 'close_exception';
  /** The rule that promises the run ends, when not the script's (SEAMS-SCRIPT-HONOURED). */
  endsBy?: RuleId;
  needs?: CapabilityPath;
}

const CASES: readonly Case[] = [
  { name: 'metered 5 units above the reservation', script: (r) => ({ metered_units: r + 5 }) },
  { name: 'metered exactly the reservation', script: (r) => ({ metered_units: r }) },
  { name: 'metered below the reservation', script: (r) => ({ metered_units: r - 1 }) },
  { name: 'metered nothing', script: () => ({ metered_units: 0 }) },
  { name: 'structured output failure', script: () => ({ structured_output: { invalid_attempts: 11 } }), endsBy: 'LIFECYCLE-STRUCTURED-FAILURE', needs: 'agent_runtime' },
  {
    name: 'failure after more units than reserved, exception closed',
    script: (r) => ({ fail_at: 'tool_execution', units_before_failure: r + 5 }),
    end: 'close_exception',
    endsBy: 'QUEUE-COMMAND-STATES',
    needs: 'queue_monitor',
  },
  { name: 'failure after one unit, exception closed', script: () => ({ fail_at: 'tool_execution', units_before_failure: 1 }), end: 'close_exception', endsBy: 'QUEUE-COMMAND-STATES', needs: 'queue_monitor' },
];
const NATURAL_RUN: Case = { name: 'natural run', endsBy: 'LIFECYCLE-HAPPY-PATH' };

scenario(
  {
    id: 'receipt-debit-bounded',
    title: 'No run is debited more than it reserved, and each reservation is resolved exactly once when the run ends',
    rules: ['RECEIPT-DEBIT-BOUNDED'],
    edges: [
      'metered above the reservation',
      'metered exactly the reservation',
      'metered below the reservation',
      'metered nothing',
      'structured output failure',
      'failure after more units than reserved, exception closed',
      'failure after one unit, exception closed',
    ],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const { run: created, reserved, script } = c.script ? t.need(await reservedRun(t, c.script)) : await naturalRun(t);
      const { token } = created;
      let run = await t.flows.runToRest(token);

      if (c.end === 'close_exception') {
        // While paused the run keeps its unused reservation (a replay would need it).
        const expectedDebit = Math.min(script?.units_before_failure ?? 0, reserved);
        t.assertEqual(
          'RECEIPT-DEBIT-BOUNDED',
          `${c.name}: paused run's credits (${script?.units_before_failure ?? 0} units on a ${reserved}-credit reservation, nothing released yet)`,
          {
            debited: creditDeltaSum(run.state_history ?? [], 'credits_debited'),
            released: creditDeltaSum(run.state_history ?? [], 'credits_released'),
            credits_reserved: run.credits_reserved,
          },
          { debited: expectedDebit, released: 0, credits_reserved: reserved - expectedDebit },
        );
        if (!(await closedIfOffered(t, token))) continue;
        run = await t.flows.runToRest(token);
      }
      t.ensure(c.endsBy ?? 'SEAMS-SCRIPT-HONOURED', `${c.name}: the run${script ? ` scripted ${JSON.stringify(script)}` : ''} ends (closed or failed)`, run.state === 'closed' || run.state === 'failed', {
        expected: '"closed" or "failed"',
        observed: run.state,
      });

      const events = run.state_history ?? [];
      const debited = creditDeltaSum(events, 'credits_debited');
      const released = creditDeltaSum(events, 'credits_released');
      t.assertTrue('RECEIPT-DEBIT-BOUNDED', `${c.name}: credits debited (${debited}) within the reservation (${reserved})`, debited <= reserved && run.credits_debited === debited, {
        expected: `at most ${reserved}, equal on the run record`,
        observed: { events: debited, run_record: run.credits_debited },
      });
      t.assertEqual(
        'RECEIPT-DEBIT-BOUNDED',
        `${c.name}: the ended run's reservation resolved once (debited + released = ${reserved}, at most one release, nothing still held)`,
        { resolved: debited + released, releases: events.filter((e) => e.event_type === 'credits_released').length <= 1, credits_reserved: run.credits_reserved },
        { resolved: reserved, releases: true, credits_reserved: 0 },
      );
      const balances = (await t.api.entitlement(created.entitlement.entitlementId)).body;
      t.assertEqual('RECEIPT-DEBIT-BOUNDED', `${c.name}: entitlement debited and still reserved once the run ended`, [balances.credits_debited, balances.credits_reserved], [debited, 0]);
    }
  },
);
