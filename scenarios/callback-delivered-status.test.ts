import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { scheduleSpanMs } from '../src/harness/checks/callback-schedule.js';
import { firstAttempt } from '../src/harness/checks/callback-steps.js';
import type { Answer } from '../src/harness/index.js';

/**
 * The mailbox's answers (then its default 200) and the attempts up to the 2xx; `manual`: the 2xx answers a
 * retry_callback command, not the schedule.
 */
const CASES: readonly { name: string; answers: readonly Answer[]; attempts: number; manual: boolean }[] = [
  { name: 'automatic retry answered 200 after a 500', answers: [{ status: 500 }], attempts: 2, manual: false },
  { name: 'manual retry answered 200 while an automatic retry is scheduled', answers: [{ status: 500 }], attempts: 2, manual: true },
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
      const prepared = await callbackRun(t, () => ({ answers: c.answers }));
      if (!prepared.ok) return t.blocked(prepared.reason);
      const { run, mailbox, policy } = prepared.value;
      if (c.manual) {
        // The first attempt fails and schedules a retry; the manual attempt's 2xx must cancel it.
        await firstAttempt(t.clock, mailbox);
        const retrying = (await t.api.status(run.token)).body;
        if (retrying.callback_status !== 'retrying') return t.blocked(`${c.name}: after a refused first attempt callback_status is ${String(retrying.callback_status)}`);
        await t.api.command(run.token, { action: 'retry_callback' });
      }
      const rested = await t.flows.runToRest(run.token);
      const delivered = mailbox.deliveries().length;
      if (delivered !== c.attempts) return t.blocked(`${c.name}: ${delivered} attempt(s) received, expected ${c.attempts} up to the 2xx`);
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: callback_status after the 2xx`, rested.callback_status, 'delivered');

      await t.clock.advance(2 * scheduleSpanMs(policy) + 60_000);
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: attempts received long after the 2xx`, mailbox.deliveries().length, delivered);
      const record = (await t.api.callbackAttempts(run.token)).body;
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: attempts recorded long after the 2xx`, record.attempts.length, delivered);
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: next automatic attempt planned`, record.next_retry_at ?? null, null);
      const later = (await t.api.status(run.token)).body;
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `${c.name}: callback_status long after the 2xx`, later.callback_status, 'delivered');
    }
  },
);
