import { FINE_STEPS, HAPPY_RUN, INSUFFICIENT_EVIDENCE, STRUCTURED_OUTPUT_FAILURE, caseRunOptions } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { isRunState, isTerminal } from '../src/protocol/index.js';

const CASES = [HAPPY_RUN, INSUFFICIENT_EVIDENCE, STRUCTURED_OUTPUT_FAILURE];

/** Milliseconds of an RFC 3339 time, NaN when absent or unparseable. */
function ms(value: unknown): number {
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}

/** Both are times and name the same instant (formats may differ in trailing zeros). */
function sameInstant(a: unknown, b: unknown): boolean {
  return Number.isFinite(ms(a)) && ms(a) === ms(b);
}

scenario(
  {
    id: 'lifecycle-timestamps',
    title: 'created_at, updated_at and closed_at are the times of the first, latest and terminal events at every step',
    rules: ['LIFECYCLE-TIMESTAMPS'],
  },
  async (t) => {
    let terminalRuns = 0;
    for (const c of t.cases(CASES)) {
      const { token } = await t.flows.createRun(caseRunOptions(c));
      await t.flows.stepThrough(
        token,
        async (ledger, step) => {
          const events = ledger.state_history ?? [];
          const where = `${c.name}, step ${step}`;
          t.assertTrue('LIFECYCLE-TIMESTAMPS', `${where}: updated_at is present and not before created_at`, ms(ledger.updated_at) >= ms(ledger.created_at), {
            expected: `updated_at ≥ created_at (${ledger.created_at})`,
            observed: ledger.updated_at,
          });
          t.assertTrue('LIFECYCLE-TIMESTAMPS', `${where}: created_at is the time of the first event`, sameInstant(ledger.created_at, events[0]?.occurred_at), {
            expected: `occurred_at of event 1: ${String(events[0]?.occurred_at)}`,
            observed: ledger.created_at,
          });
          t.assertTrue('LIFECYCLE-TIMESTAMPS', `${where}: updated_at is the time of the latest event`, sameInstant(ledger.updated_at, events.at(-1)?.occurred_at), {
            expected: `occurred_at of event ${events.length}: ${String(events.at(-1)?.occurred_at)}`,
            observed: ledger.updated_at,
          });
          if (isRunState(ledger.state) && isTerminal(ledger.state)) {
            const terminalEvent = events.find((e) => e.to_state === ledger.state);
            t.assertTrue('LIFECYCLE-TIMESTAMPS', `${where}: the ${ledger.state} run carries closed_at, the time of its terminal event`, sameInstant(ledger.closed_at, terminalEvent?.occurred_at), {
              expected: `occurred_at of the event entering ${ledger.state}: ${String(terminalEvent?.occurred_at)}`,
              observed: ledger.closed_at,
            });
            terminalRuns += 1;
          }
          return false;
        },
        { ...FINE_STEPS, recordOnly: true },
      );
      // Steps stop where events happen; a read between events shows a timestamp that follows the clock instead.
      await t.flows.letTimePass(1, [token]);
      const later = (await t.api.ledger(token)).body;
      const last = later.state_history?.at(-1)?.occurred_at;
      t.assertTrue('LIFECYCLE-TIMESTAMPS', `${c.name}: updated_at is still the time of the latest event once host time has passed`, sameInstant(later.updated_at, last), {
        expected: `occurred_at of the latest event: ${String(last)}`,
        observed: later.updated_at,
      });
    }
    t.assertTrue('LIFECYCLE-TIMESTAMPS', 'terminal runs checked for closed_at', terminalRuns >= 1, {
      expected: 'at least one run read in a terminal state',
      observed: terminalRuns,
    });
  },
);
