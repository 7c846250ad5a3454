import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow } from '../src/harness/checks/callback-schedule.js';
import { advanceTo, firstAttempt } from '../src/harness/checks/callback-steps.js';
import { timeoutBounds } from '../src/harness/checks/callback-timeout.js';

scenario(
  {
    id: 'callback-timeout',
    title: 'A callback receiver that never answers is abandoned after request_timeout_ms, within the bounds SPEC.md states, recorded as a failed, timed-out attempt, and the schedule goes on',
    rules: ['CALLBACK-TIMEOUT'],
    requires: ['callbacks', 'seams.test_clock'],
    alone: 'it waits in real time for the host to abandon a silent receiver; other scenarios beside it would stretch that wait',
    edges: [
      'abandoned no earlier than request_timeout_ms less the stated tolerance',
      'abandoned no later than request_timeout_ms plus the stated tolerance',
      'the next scheduled attempt follows a timed-out one',
    ],
  },
  async (t) => {
    // The one real wait of the suite: the receiver holds the first attempt open, so the clock step that
    // makes it lasts until the host gives up, about request_timeout_ms of real time.
    const { run, mailbox, policy } = t.need(await callbackRun(t, () => ({ answers: [{ hang: true }] })));
    const timeoutMs = policy.requestTimeoutMs;
    const bounds = timeoutBounds(timeoutMs);
    const stepping = firstAttempt(t.clock, mailbox);
    stepping.catch(() => undefined);
    let arrived = await mailbox.waitFor(1);
    if (arrived.length === 0) {
      // Slower than the mailbox's wait: judged once the clock steps are over.
      const outcome = await stepping;
      t.ensure('LIFECYCLE-HAPPY-PATH', "the first callback attempt reaches the kit's mailbox within the clock steps", outcome.arrived, {
        expected: '1 delivery',
        observed: outcome,
      });
      arrived = mailbox.deliveries();
    }
    const arrivedAt = arrived[0]!.arrivedAt;

    // Late side (SPEC.md §8.4): the advance must end within request_timeout_ms + tolerance of the arrival. A
    // second delivery never comes, so the wait below is that bound, not a sleep.
    const step = await Promise.race([stepping, mailbox.waitFor(2, bounds.maxAfterArrivalMs).then(() => null)]);
    const afterArrivalMs = step !== null && step.arrived ? step.endedAt - arrivedAt : null;
    t.assertTrue('CALLBACK-TIMEOUT', "real time from the attempt's arrival to the end of the clock advance that made it", afterArrivalMs !== null && afterArrivalMs <= bounds.maxAfterArrivalMs, {
      expected: `at most ${bounds.maxAfterArrivalMs} ms (request_timeout_ms ${timeoutMs} + the tolerance of SPEC.md §8.4)`,
      observed: afterArrivalMs === null ? `still waiting after ${bounds.maxAfterArrivalMs} ms` : `${afterArrivalMs} ms`,
    });
    // Early side: the advance began before the host could send the attempt, so it lasted at least as long as
    // the host held it.
    const advanceMs = step !== null && step.arrived ? step.endedAt - step.startedAt : Number.NaN;
    t.assertTrue('CALLBACK-TIMEOUT', 'real time of the clock advance that held the unanswered attempt', advanceMs >= bounds.minAdvanceMs, {
      expected: `at least ${bounds.minAdvanceMs} ms (request_timeout_ms ${timeoutMs} less the tolerance of SPEC.md §8.4)`,
      observed: `${advanceMs} ms`,
    });

    const record = (await t.api.callbackAttempts(run.token)).body;
    const attempt = record.attempts[0];
    t.assertEqual('CALLBACK-TIMEOUT', 'attempt 1 (receiver never answered): outcome, error, http_status', {
      outcome: attempt?.outcome,
      error: attempt?.error,
      http_status: attempt?.http_status ?? null,
    }, { outcome: 'failed', error: 'timeout', http_status: null });
    const status = (await t.api.status(run.token)).body;
    t.assertTrue('CALLBACK-TIMEOUT', 'callback_status after the abandoned attempt', status.callback_status !== 'delivered', {
      expected: 'not delivered',
      observed: status.callback_status,
    });

    // Abandoned, not stuck: the next scheduled attempt follows (answered 200 by the mailbox).
    const next = attemptWindow(policy, 2);
    if (next !== undefined && step !== null && step.arrived) {
      await advanceTo(t.clock, step.toMs + next.latestMs);
      t.assertEqual('CALLBACK-TIMEOUT', `attempts received by the latest time of attempt 2 (${next.latestMs} ms after attempt 1)`, mailbox.deliveries().length, 2);
    }
  },
);
