import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { scheduleSpanMs } from '../src/harness/checks/callback-schedule.js';

scenario(
  {
    id: 'callback-delivered-status',
    title: 'After a 2xx the callback is delivered and no further attempt is made, even with a retry pending before it',
    rules: ['CALLBACK-DELIVERED-STATUS'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // A refusal first puts a retry on the schedule; the retry's 200 must end it.
    const prepared = await callbackRun(t, () => ({ answers: [{ status: 500 }] }));
    if (!prepared.ok) return t.blocked(prepared.reason);
    const { run, mailbox, policy } = prepared.value;
    const rested = await t.flows.runToRest(run.token);
    const delivered = mailbox.deliveries().length;
    if (delivered < 2) return t.blocked(`the refused attempt was not retried (received ${delivered})`);
    t.assertEqual('CALLBACK-DELIVERED-STATUS', 'callback_status after the 2xx', rested.callback_status, 'delivered');

    await t.clock.advance(2 * scheduleSpanMs(policy) + 60_000);
    t.assertEqual('CALLBACK-DELIVERED-STATUS', 'attempts received long after the 2xx', mailbox.deliveries().length, delivered);
    const record = (await t.api.callbackAttempts(run.token)).body;
    t.assertEqual('CALLBACK-DELIVERED-STATUS', 'attempts recorded long after the 2xx', record.attempts.length, delivered);
    t.assertEqual('CALLBACK-DELIVERED-STATUS', 'next automatic attempt planned', record.next_retry_at ?? null, null);
    const later = (await t.api.status(run.token)).body;
    t.assertEqual('CALLBACK-DELIVERED-STATUS', 'callback_status long after the 2xx', later.callback_status, 'delivered');
  },
);
