import type { Answer } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { firstArrival } from '../src/harness/checks/callback-steps.js';

const REDIRECTS: readonly Answer[] = [{ redirect: 307 }, { redirect: 308 }, { redirect: 301 }];

scenario(
  {
    id: 'callback-no-redirect',
    title: 'A callback answered with a redirect is a failed attempt and the redirect target is never called',
    rules: ['CALLBACK-NO-REDIRECT', 'CALLBACK-2XX-ONLY'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // Each redirect points at another path of the same mailbox, so a followed redirect would be seen there.
    const { run, mailbox, policy, answers: redirects } = t.need(await callbackRun(t, (policy) => ({
      answers: REDIRECTS.slice(0, Math.max(1, Math.min(REDIRECTS.length, automaticAttempts(policy) - 1))),
    })));
    const callbackPath = new URL(mailbox.url).pathname;

    t.need(await firstArrival(t.clock, mailbox));
    for (let n = 2; n <= redirects.length; n += 1) await t.clock.advance(attemptWindow(policy, n)!.latestMs);

    const deliveries = mailbox.deliveries();
    t.assertTrue('CALLBACK-NO-REDIRECT', 'callback attempts received', deliveries.length >= redirects.length, {
      expected: `at least ${redirects.length}`,
      observed: deliveries.length,
    });
    t.assertEqual(
      'CALLBACK-NO-REDIRECT',
      'paths the host called (a followed redirect would add …/redirected)',
      deliveries.map((d) => d.path),
      deliveries.map(() => callbackPath),
    );
    const record = (await t.api.callbackAttempts(run.token)).body;
    for (const [i, answer] of redirects.entries()) {
      t.assertEqual('CALLBACK-2XX-ONLY', `attempt ${i + 1} answered ${JSON.stringify(answer)}: recorded outcome`, record.attempts[i]?.outcome, 'failed');
    }
    const status = (await t.api.status(run.token)).body;
    t.assertTrue('CALLBACK-2XX-ONLY', 'callback_status after redirect answers only', status.callback_status !== 'delivered', {
      expected: 'not delivered',
      observed: status.callback_status,
    });
  },
);
