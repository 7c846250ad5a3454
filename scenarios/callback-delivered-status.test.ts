import { scenario } from '../src/harness/index.js';
import { formatDuration } from '../src/harness/real-time.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { automaticAttempts, scheduleSpanMs } from '../src/harness/checks/callback-schedule.js';
import { firstArrival } from '../src/harness/checks/callback-steps.js';
import type { Answer } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';

/**
 * The mailbox's answers (then its default 200) and the attempts up to the 2xx; `manual`: the 2xx answers a
 * retry_callback command, not the schedule. `secondBy`: the rule that makes the host send attempt 2.
 */
const CASES: readonly { name: string; answers: readonly Answer[]; attempts: number; manual: boolean; secondBy?: RuleId }[] = [
  { name: 'automatic retry answered 200 after a 500', answers: [{ status: 500 }], attempts: 2, manual: false, secondBy: 'CALLBACK-SCHEDULE' },
  { name: 'manual retry answered 200 while an automatic retry is scheduled', answers: [{ status: 500 }], attempts: 2, manual: true, secondBy: 'CALLBACK-MANUAL-RETRY' },
  { name: 'first attempt answered 200 with a Retry-After header', answers: [{ status: 200, retryAfter: '120' }], attempts: 1, manual: false },
];

scenario(
  {
    id: 'callback-delivered-status',
    title: 'After a 2xx the callback is delivered and no further attempt is made, even with a retry pending before it',
    rules: ['CALLBACK-DELIVERED-STATUS'],
    requires: ['callbacks', 'seams.test_clock'],
    edges: [
      'an automatic retry answered 2xx after a refusal',
      'a manual retry answered 2xx while an automatic retry is scheduled',
      'a 2xx carrying Retry-After',
    ],
  },
  async (t) => {
    for (const c of CASES) {
      const { run, mailbox, policy } = t.need(await callbackRun(t, () => ({ answers: c.answers })));
      // A single-attempt schedule (SPEC.md §8.5 allows it) plans no retry after a refusal: nothing to cancel.
      if (c.attempts > 1 && automaticAttempts(policy) < 2) continue;
      t.need(await firstArrival(t.clock, mailbox, `${c.name}: the first callback attempt`));
      if (c.secondBy !== undefined) {
        const retrying = (await t.api.status(run.token)).body;
        // A refusal counted as a delivery breaks CALLBACK-2XX-ONLY; giving up with attempts left, CALLBACK-SCHEDULE.
        const rule = retrying.callback_status === 'delivered' ? 'CALLBACK-2XX-ONLY' : 'CALLBACK-SCHEDULE';
        t.ensure(rule, `${c.name}: a refused first attempt leaves the callback retrying`, retrying.callback_status === 'retrying', {
          expected: '"retrying"',
          observed: retrying.callback_status,
        });
      }
      // The manual attempt's 2xx must cancel the retry the refused first attempt scheduled.
      if (c.manual) await t.api.command(run.token, { action: 'retry_callback' });
      const rested = await t.flows.runToRest(run.token);
      const delivered = mailbox.deliveries().length;
      if (c.secondBy !== undefined) {
        t.ensure(c.secondBy, `${c.name}: attempt 2 is made`, delivered >= 2, { expected: `${c.attempts} attempts up to the 2xx`, observed: delivered });
      }
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: attempts received up to the 2xx and the run at rest`, delivered, c.attempts);
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: callback_status after the 2xx`, rested.callback_status, 'delivered');

      // The host's documents are read as late as it keeps the run (SPEC.md §4.6); the mailbox is watched the whole span.
      const longAfterMs = 2 * scheduleSpanMs(policy) + 60_000;
      const readAfterMs = await t.flows.letTimePass(longAfterMs, [run.token]);
      const record = (await t.api.callbackAttempts(run.token)).body;
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: attempts recorded ${formatDuration(readAfterMs)} after the 2xx`, record.attempts.length, delivered);
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: next automatic attempt planned`, record.next_retry_at ?? null, null);
      const later = (await t.api.status(run.token)).body;
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: callback_status ${formatDuration(readAfterMs)} after the 2xx`, later.callback_status, 'delivered');
      if (readAfterMs < longAfterMs) await t.clock.advance(longAfterMs - readAfterMs);
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: attempts received ${formatDuration(longAfterMs)} after the 2xx`, mailbox.deliveries().length, delivered);
    }
  },
);
