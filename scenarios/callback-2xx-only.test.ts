import type { Answer } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { deliveredBy, firstArrival } from '../src/harness/checks/callback-steps.js';

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
    const { run, mailbox, policy } = t.need(await callbackRun(t, () => ({ answers: ANSWERS.map((a) => a.answer) })));

    for (const [i, { label, delivered }] of ANSWERS.entries()) {
      const n = i + 1;
      if (n === 1) {
        t.need(await firstArrival(t.clock, mailbox));
      } else if (n <= automaticAttempts(policy)) {
        await t.clock.advance(attemptWindow(policy, n)!.latestMs);
        t.need(await deliveredBy(t.clock, mailbox, n, 'CALLBACK-SCHEDULE', `automatic attempt ${n}`));
      } else {
        // The schedule is shorter than the list of answers: a manual retry makes the next attempt.
        await t.api.command(run.token, { action: 'retry_callback' });
        t.need(await deliveredBy(t.clock, mailbox, n, 'CALLBACK-MANUAL-RETRY', `attempt ${n}, which a retry_callback command makes before it answers,`));
      }

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
