import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { firstAttempt } from '../src/harness/checks/callback-steps.js';

scenario(
  {
    id: 'idempotency-in-flight-held',
    title: 'While a keyed retry_callback command waits on a receiver that does not answer, the same request is refused with 409 idempotency-key-in-flight',
    rules: ['IDEMPOTENCY-IN-FLIGHT'],
    requires: ['idempotency', 'callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // Attempt 1 is refused (the callback is retrying); the manual retry's attempt is held open by the receiver
    // until the host's request timeout, which keeps the command in flight for that long (real time).
    const prepared = await callbackRun(t, () => ({ answers: [{ status: 500 }, { hang: true }] }));
    if (!prepared.ok) return t.blocked(prepared.reason);
    const { run, mailbox } = prepared.value;
    const first = await firstAttempt(t.clock, mailbox);
    if (!first.arrived) return t.blocked(`no callback attempt reached the mailbox: ${JSON.stringify(first)}`);

    const path = `/api/agents/tasks/${encodeURIComponent(run.token)}/commands`;
    const body = { action: 'retry_callback', reason: 'conformance: held manual retry' };
    const key = randomUUID();
    let settled = false;
    const held = t.http.request('POST', path, { body, idempotencyKey: key }).finally(() => {
      settled = true;
    });
    // Awaited below; marked handled so an early end of the scenario leaves no unhandled rejection behind.
    held.catch(() => undefined);
    const arrived = await mailbox.waitFor(2);
    if (arrived.length < 2) {
      await held;
      return t.blocked('the manual retry made no callback attempt, so the command was never observably in flight');
    }
    // The host holds the command for request_timeout_ms of real time; a kit slower than that has nothing to test.
    if (settled) return t.blocked('the held command had already been answered when the kit could repeat it');
    // The command is now waiting on the held attempt.
    const during = await t.http.request('POST', path, { body, idempotencyKey: key });
    t.assertProblem('IDEMPOTENCY-IN-FLIGHT', during, 409, 'idempotency-key-in-flight');

    const finished = await held;
    t.assertEqual('IDEMPOTENCY-IN-FLIGHT', 'callback attempts made: the refused request made none of its own', mailbox.deliveries().length, 2);
    const after = await t.http.request('POST', path, { body, idempotencyKey: key });
    t.assertEqual('IDEMPOTENCY-IN-FLIGHT', 'the same request once the first completed (stored answer)', { status: after.status, body: after.json }, {
      status: finished.status,
      body: finished.json,
    });
  },
);
