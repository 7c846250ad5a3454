import { scenario } from '../src/harness/index.js';
import { retryPolicy } from '../src/harness/checks/callback-schedule.js';
import { stepUntilDeliveries } from '../src/harness/checks/callback-steps.js';

// Kit-side scheduling noise tolerated around the host's abort (real milliseconds).
const EARLY_TOLERANCE_MS = 100;
const LATE_TOLERANCE_MS = 5000;

scenario(
  {
    id: 'callback-timeout',
    title: 'A callback receiver that never answers is abandoned after request_timeout_ms and recorded as a failed, timed-out attempt',
    rules: ['CALLBACK-TIMEOUT'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    const found = retryPolicy(t.caps);
    if (!found.ok) return t.blocked(found.reason);
    const timeoutMs = found.policy.requestTimeoutMs;
    // The one real wait of the suite: the receiver holds the first attempt open, so the clock step that
    // makes it lasts until the host gives up, about request_timeout_ms of real time.
    const run = await t.flows.createRun({ callback: [{ hang: true }] });
    const mailbox = run.mailbox;
    if (mailbox === undefined) return t.blocked('the run was created without a callback mailbox');
    const stepping = stepUntilDeliveries(t.clock, mailbox, 1, { stepMs: 1000, maxSteps: 120 });
    stepping.catch(() => undefined);
    const arrived = await mailbox.waitFor(1);
    if (arrived.length === 0) {
      const outcome = await stepping;
      return t.blocked(`no callback attempt reached the mailbox: ${JSON.stringify(outcome)}`);
    }
    // Bounded: the clock step must end (the host gave up) within the timeout plus tolerance. A second
    // delivery never comes, so the wait below is that bound, not a sleep.
    const heldUntil = await Promise.race([
      stepping.then(() => Date.now()),
      mailbox.waitFor(2, timeoutMs + LATE_TOLERANCE_MS).then(() => null),
    ]);
    const heldMs = heldUntil === null ? null : heldUntil - arrived[0]!.arrivedAt;
    t.assertTrue('CALLBACK-TIMEOUT', 'real time the host held the unanswered attempt', heldMs !== null && heldMs >= timeoutMs - EARLY_TOLERANCE_MS && heldMs <= timeoutMs + LATE_TOLERANCE_MS, {
      expected: `about request_timeout_ms = ${timeoutMs} ms (${timeoutMs - EARLY_TOLERANCE_MS}..${timeoutMs + LATE_TOLERANCE_MS})`,
      observed: heldMs === null ? `still waiting after ${timeoutMs + LATE_TOLERANCE_MS} ms` : `${heldMs} ms`,
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
  },
);
