import type { TestScript } from '../generated/types.js';
import type { CapabilityPath } from '../src/harness/index.js';
import { naturalRun, reservedRun } from '../src/harness/checks/reservations.js';
import { creditDeltaSum } from '../src/harness/checks/run-facts.js';
import { scenario } from '../src/harness/index.js';

interface Case {
  name: string;
  /** None: a natural run, which meters what the host decides. */
  script?: (reserved: number) => TestScript;
  /** Credits the kit expects debited and released, from the script and the reservation R. */
  expect?: (reserved: number) => { debited: number; released: number };
  needs?: CapabilityPath;
}

const CASES: readonly Case[] = [
  { name: 'metered one unit below the reservation', script: (r) => ({ metered_units: r - 1 }), expect: (r) => ({ debited: r - 1, released: 1 }) },
  { name: 'metered exactly the reservation', script: (r) => ({ metered_units: r }), expect: (r) => ({ debited: r, released: 0 }) },
  // A paused run keeps what it has not yet used reserved: no release.
  { name: 'failure in tool execution after one unit', script: () => ({ fail_at: 'tool_execution', units_before_failure: 1 }), expect: () => ({ debited: 1, released: 0 }) },
  // The tool ran before its structured output failed for good: its metered units are debited, the rest
  // released (SPEC.md §7.3, §15.3). More than 10 invalid outputs exceed any published maxValidationRetries.
  {
    name: 'structured output failure',
    script: (r) => ({ structured_output: { invalid_attempts: 11 }, metered_units: r - 1 }),
    expect: (r) => ({ debited: r - 1, released: 1 }),
    needs: 'agent_runtime',
  },
];
const NATURAL_RUN: Case = { name: 'natural run' };

scenario(
  {
    id: 'ledger-credit-events',
    title: 'Reservation, debits and release each appear as credit events whose integer deltas are the amounts the kit expects',
    rules: ['LEDGER-CREDIT-EVENTS'],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const { run: created, reserved } = c.script ? t.need(await reservedRun(t, c.script)) : await naturalRun(t);
      const run = await t.flows.runToRest(created.token);
      const events = run.state_history ?? [];
      const credit = events.filter((e) => e.event_type === 'credit_reserved' || e.event_type === 'credits_debited' || e.event_type === 'credits_released');

      t.assertTrue('LEDGER-CREDIT-EVENTS', `${c.name}: every credit event carries an integer credit_delta ≥ 0`, credit.length > 0 && credit.every((e) => Number.isSafeInteger(e.credit_delta) && (e.credit_delta as number) >= 0), {
        expected: 'integer credit_delta on each credit event',
        observed: credit.map((e) => ({ event_type: e.event_type, credit_delta: e.credit_delta })),
      });
      // A natural run moves what the host metered: the entitlement, which only this run spends from, shows it.
      const expected = c.expect?.(reserved) ?? { debited: creditDeltaSum(events, 'credits_debited'), released: creditDeltaSum(events, 'credits_released') };
      t.assertEqual(
        'LEDGER-CREDIT-EVENTS',
        `${c.name}: credits moved by the run's credit events (reservation ${reserved})`,
        {
          credit_reserved_events: events.filter((e) => e.event_type === 'credit_reserved').length,
          reserved: creditDeltaSum(events, 'credit_reserved'),
          debited: creditDeltaSum(events, 'credits_debited'),
          released: creditDeltaSum(events, 'credits_released'),
        },
        { credit_reserved_events: 1, reserved, ...expected },
      );
      // The entitlement serves this run only: its balances must be what the events moved.
      const balances = (await t.api.entitlement(created.entitlement.entitlementId)).body;
      t.assertEqual(
        'LEDGER-CREDIT-EVENTS',
        `${c.name}: entitlement reserved and debited vs the run's credit events`,
        { credits_reserved: balances.credits_reserved, credits_debited: balances.credits_debited },
        { credits_reserved: reserved - expected.debited - expected.released, credits_debited: expected.debited },
      );
    }
  },
);
