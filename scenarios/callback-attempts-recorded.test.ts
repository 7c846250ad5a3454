import type { Answer } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { advanceTo, bracketed, firstArrival } from '../src/harness/checks/callback-steps.js';

interface Expectation {
  answer: Answer;
  trigger: 'scheduled' | 'manual';
  outcome: 'delivered' | 'failed';
  http_status: number | null;
  error: string | null;
}

const AUTOMATIC: readonly Expectation[] = [
  { answer: { status: 500 }, trigger: 'scheduled', outcome: 'failed', http_status: 500, error: 'http_error' },
  { answer: { reset: true }, trigger: 'scheduled', outcome: 'failed', http_status: null, error: 'connection_error' },
];
const MANUAL: Expectation = { answer: { status: 200 }, trigger: 'manual', outcome: 'delivered', http_status: 200, error: null };

scenario(
  {
    id: 'callback-attempts-recorded',
    title: 'Every callback attempt is recorded with its number, time, id, timestamp, HTTP status or error and next retry time',
    rules: ['CALLBACK-ATTEMPTS-RECORDED'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    const { run, mailbox, policy, plan } = t.need(await callbackRun(t, (policy) => {
      const plan = [...AUTOMATIC.slice(0, Math.min(AUTOMATIC.length, automaticAttempts(policy))), MANUAL];
      return { plan, answers: plan.map((p) => p.answer) };
    }));

    const before = (await t.api.callbackAttempts(run.token)).body;
    t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', 'attempts recorded before the run reaches callback_ready', before.attempts, []);

    let seen: unknown[] = [];
    let nextRetryAt: string | null | undefined;
    for (const [i, expected] of plan.entries()) {
      const n = i + 1;
      let fromMs: number;
      let toMs: number;
      if (n === 1) {
        ({ fromMs, toMs } = t.need(bracketed(await firstArrival(t.clock, mailbox), 'the first callback attempt')));
      } else if (expected.trigger === 'scheduled') {
        // Go to 1 ms before the recorded next retry time, then to it: the attempt must be made exactly then.
        const dueMs = Date.parse(nextRetryAt ?? '');
        t.ensure('CALLBACK-ATTEMPTS-RECORDED', `attempt ${n - 1} records the due time of the automatic attempt planned after it`, !Number.isNaN(dueMs), {
          expected: 'a next_retry_at date-time',
          observed: nextRetryAt,
        });
        fromMs = await advanceTo(t.clock, dueMs - 1);
        t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `attempts received 1 ms before attempt ${n - 1}'s next_retry_at`, mailbox.deliveries().length, n - 1);
        toMs = await advanceTo(t.clock, dueMs);
      } else {
        toMs = (await t.clock.now()).now_ms;
        fromMs = toMs - 1;
        await t.api.command(run.token, { action: 'retry_callback' });
      }
      const deliveries = await mailbox.waitFor(n);
      t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `attempts received after attempt ${n}`, deliveries.length, n);
      const delivery = deliveries[n - 1]!;

      const record = (await t.api.callbackAttempts(run.token)).body;
      t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `attempts recorded after attempt ${n}`, record.attempts.length, n);
      t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `earlier attempt records unchanged after attempt ${n}`, record.attempts.slice(0, n - 1), seen);
      const attempt = record.attempts[n - 1]!;
      t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `attempt ${n}: what was sent and answered`, {
        attempt_number: attempt.attempt_number,
        webhook_id: attempt.webhook_id,
        webhook_timestamp: attempt.webhook_timestamp,
        trigger: attempt.trigger,
        outcome: attempt.outcome,
        http_status: attempt.http_status ?? null,
        error: attempt.error ?? null,
      }, {
        attempt_number: n,
        webhook_id: delivery.headers['webhook-id'],
        webhook_timestamp: Number(delivery.headers['webhook-timestamp']),
        trigger: expected.trigger,
        outcome: expected.outcome,
        http_status: expected.http_status,
        error: expected.error,
      });
      const attemptedMs = Date.parse(attempt.attempted_at);
      t.assertTrue('CALLBACK-ATTEMPTS-RECORDED', `attempt ${n}: attempted_at is the host time of the attempt`, attemptedMs > fromMs && attemptedMs <= toMs, {
        expected: `from ${new Date(fromMs + 1).toISOString()} to ${new Date(toMs).toISOString()}`,
        observed: attempt.attempted_at,
      });

      nextRetryAt = attempt.next_retry_at;
      const window = attemptWindow(policy, n + 1);
      if (expected.outcome === 'failed' && expected.trigger === 'scheduled' && window !== undefined) {
        const gapMs = Date.parse(nextRetryAt ?? '') - attemptedMs;
        t.assertTrue('CALLBACK-ATTEMPTS-RECORDED', `attempt ${n}: next_retry_at within the advertised delay`, gapMs >= window.earliestMs && gapMs <= window.latestMs, {
          expected: `${window.earliestMs}..${window.latestMs} ms after ${attempt.attempted_at}`,
          observed: nextRetryAt,
        });
      } else if (expected.outcome === 'delivered') {
        t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `attempt ${n} (delivered): next_retry_at`, nextRetryAt ?? null, null);
      }
      seen = record.attempts;
    }
  },
);
