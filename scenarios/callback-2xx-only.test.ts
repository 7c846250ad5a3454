import type { Answer } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { firstAttempt } from '../src/harness/checks/callback-steps.js';

// 3xx answers are checked with CALLBACK-NO-REDIRECT (callback-no-redirect), where a followed redirect
// cannot shift the receiver's scripted answers under this scenario's feet.
const ANSWERS: readonly { label: string; answer: Answer; delivered: boolean }[] = [
  { label: '500', answer: { status: 500 }, delivered: false },
  { label: '404', answer: { status: 404 }, delivered: false },
  { label: '429', answer: { status: 429 }, delivered: false },
  { label: 'reset connection', answer: { reset: true }, delivered: false },
  { label: '202', answer: { status: 202 }, delivered: true },
];

scenario(
  {
    id: 'callback-2xx-only',
    title: 'A 5xx, 4xx, 429 or reset connection is a failed callback attempt; a 2xx (here 202) is a delivery',
    rules: ['CALLBACK-2XX-ONLY'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    const prepared = await callbackRun(t, () => ({ answers: ANSWERS.map((a) => a.answer) }));
    if (!prepared.ok) return t.blocked(prepared.reason);
    const { run, mailbox, policy } = prepared.value;

    for (const [i, { label, delivered }] of ANSWERS.entries()) {
      const n = i + 1;
      if (n === 1) {
        await firstAttempt(t.clock, mailbox);
      } else if (n <= automaticAttempts(policy)) {
        await t.clock.advance(attemptWindow(policy, n)!.latestMs);
      } else {
        // The schedule is shorter than the list of answers: a manual retry makes the next attempt.
        await t.api.command(run.token, { action: 'retry_callback' });
      }
      const deliveries = await mailbox.waitFor(n);
      // Whether retries come on time is CALLBACK-SCHEDULE's business; here a missing attempt only blocks.
      if (deliveries.length !== n) return t.blocked(`attempt ${n} did not arrive (received ${deliveries.length})`);

      const record = (await t.api.callbackAttempts(run.token)).body;
      const status = (await t.api.status(run.token)).body;
      t.assertEqual('CALLBACK-2XX-ONLY', `attempt ${n} answered ${label}: recorded outcome`, record.attempts[n - 1]?.outcome, delivered ? 'delivered' : 'failed');
      if (delivered) {
        t.assertEqual('CALLBACK-2XX-ONLY', `after a ${label}: run callback_status`, status.callback_status, 'delivered');
      } else {
        // Failed but not given up: only a 410 or an exhausted schedule ends automatic delivery.
        const expected = n < automaticAttempts(policy) ? ['retrying'] : ['retrying', 'failed'];
        t.assertTrue('CALLBACK-2XX-ONLY', `after a ${label}: run callback_status`, expected.includes(status.callback_status ?? ''), {
          expected: expected.join(' or '),
          observed: status.callback_status,
        });
      }
    }
  },
);
