import { scenario } from '../src/harness/index.js';
import { callbackRun, refusals } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts, scheduleSpanMs } from '../src/harness/checks/callback-schedule.js';
import { advanceTo, bracketed, firstArrival } from '../src/harness/checks/callback-steps.js';

scenario(
  {
    id: 'callback-schedule-followed',
    title: 'Each callback retry is made no earlier than the advertised delay and no later than the delay times (1 + jitter)',
    rules: ['CALLBACK-SCHEDULE'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // Up to four refusals; the attempt after them (when the schedule has one) is answered 200.
    const { run, mailbox, policy, failing } = t.need(await callbackRun(t, (policy) => {
      const failing = Math.min(4, automaticAttempts(policy));
      return { failing, answers: refusals(failing, 503) };
    }));
    const total = automaticAttempts(policy);
    const checked = Math.min(failing + 1, total);

    const first = t.need(bracketed(await firstArrival(t.clock, mailbox), 'the first callback attempt'));
    let attempts = (await t.api.callbackAttempts(run.token)).body.attempts;
    let previousMs = Date.parse(attempts[0]?.attempted_at ?? '');
    // The recorded time of attempt 1 anchors the windows, so it must lie in the clock step that produced it.
    t.assertTrue('CALLBACK-SCHEDULE', 'attempt 1 attempted_at lies in the clock step in which it arrived', previousMs > first.fromMs && previousMs <= first.toMs, {
      expected: `host time in (${first.fromMs}, ${first.toMs}] ms`,
      observed: attempts[0]?.attempted_at,
    });

    for (let n = 2; n <= checked; n += 1) {
      const window = attemptWindow(policy, n)!;
      if (window.earliestMs > 0) {
        const nowMs = await advanceTo(t.clock, previousMs + window.earliestMs - 1);
        t.assertEqual('CALLBACK-SCHEDULE', `attempts received by host time ${nowMs} (1 ms before attempt ${n} may be made)`, mailbox.deliveries().length, n - 1);
      }
      const dueByMs = await advanceTo(t.clock, previousMs + window.latestMs);
      t.assertEqual('CALLBACK-SCHEDULE', `attempts received by host time ${dueByMs} (the latest time for attempt ${n})`, mailbox.deliveries().length, n);
      attempts = (await t.api.callbackAttempts(run.token)).body.attempts;
      const attemptMs = Date.parse(attempts[n - 1]?.attempted_at ?? '');
      t.assertTrue('CALLBACK-SCHEDULE', `attempt ${n} made ${window.earliestMs}..${window.latestMs} ms after attempt ${n - 1}`, attemptMs - previousMs >= window.earliestMs && attemptMs - previousMs <= window.latestMs, {
        expected: `attempted_at from ${new Date(previousMs + window.earliestMs).toISOString()} to ${new Date(previousMs + window.latestMs).toISOString()}`,
        observed: attempts[n - 1]?.attempted_at,
      });
      previousMs = attemptMs;
    }

    if (checked === failing) {
      // Every advertised attempt was refused: the schedule is exhausted and nothing more is sent.
      await t.clock.advance(scheduleSpanMs(policy) + 60_000);
      t.assertEqual('CALLBACK-SCHEDULE', 'attempts after the schedule is exhausted', mailbox.deliveries().length, total);
    }
  },
);
