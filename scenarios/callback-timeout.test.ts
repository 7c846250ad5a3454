import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow } from '../src/harness/checks/callback-schedule.js';
import { advanceTo, firstAttempt } from '../src/harness/checks/callback-steps.js';

// Real milliseconds the host may take beyond request_timeout_ms to abandon the attempt and end the clock
// step, however loaded the machine.
const LATE_MARGIN_MS = 5000;

scenario(
  {
    id: 'callback-timeout',
    title: 'A callback receiver that never answers is abandoned after request_timeout_ms, recorded as a failed, timed-out attempt, and the schedule goes on',
    rules: ['CALLBACK-TIMEOUT'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // The one real wait of the suite: the receiver holds the first attempt open, so the clock step that
    // makes it lasts until the host gives up, about request_timeout_ms of real time.
    const prepared = await callbackRun(t, () => ({ answers: [{ hang: true }] }));
    if (!prepared.ok) return t.blocked(prepared.reason);
    const { run, mailbox, policy } = prepared.value;
    const timeoutMs = policy.requestTimeoutMs;
    const stepping = firstAttempt(t.clock, mailbox);
    stepping.catch(() => undefined);
    const arrived = await mailbox.waitFor(1);
    if (arrived.length === 0) return t.blocked(`no callback attempt reached the mailbox: ${JSON.stringify(await stepping)}`);

    // Bounded: the step must end (the host gave up) within the timeout and a margin of the attempt's arrival.
    // A second delivery never comes, so the wait below is that bound, not a sleep.
    const step = await Promise.race([stepping, mailbox.waitFor(2, timeoutMs + LATE_MARGIN_MS).then(() => null)]);
    t.assertTrue('CALLBACK-TIMEOUT', 'the host gave up the unanswered attempt (its clock step ended)', step !== null && step.arrived, {
      expected: `the clock step answered within ${timeoutMs + LATE_MARGIN_MS} ms of the attempt's arrival (request_timeout_ms ${timeoutMs} + ${LATE_MARGIN_MS})`,
      observed: step === null ? `still waiting after ${timeoutMs + LATE_MARGIN_MS} ms` : step,
    });
    // The step began before the host could start the attempt, so it lasted at least as long as the host held
    // it: a generous lower bound that only a host giving up far too early can miss.
    const stepMs = step !== null && step.arrived ? step.endedAt - step.startedAt : Number.NaN;
    t.assertTrue('CALLBACK-TIMEOUT', 'real time of the clock step that held the unanswered attempt', stepMs >= timeoutMs / 2, {
      expected: `at least half of request_timeout_ms (${timeoutMs / 2} ms): the attempt was not abandoned at once`,
      observed: `${stepMs} ms`,
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
