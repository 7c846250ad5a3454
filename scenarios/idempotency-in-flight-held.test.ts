import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { arrivalOf, FIRST_ATTEMPT_STEPS } from '../src/harness/checks/callback-steps.js';

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
    const { run, mailbox } = t.need(await callbackRun(t, () => ({ answers: [{ status: 500 }, { hang: true }] })));
    t.need(await arrivalOf(t.clock, mailbox, 1, FIRST_ATTEMPT_STEPS, 'LIFECYCLE-HAPPY-PATH', 'the first callback attempt'));

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
      const answer = await held;
      // The attempt came after the kit stopped waiting for it: the command was in flight, unseen.
      if (mailbox.deliveries().length >= 2) return t.blocked('the manual retry\'s callback attempt reached the mailbox only after the kit had stopped waiting for it');
      if (answer.status === 201) {
        t.ensure('CALLBACK-MANUAL-RETRY', 'the accepted retry_callback makes its callback attempt before it answers', false, { expected: '2 deliveries', observed: mailbox.deliveries().length });
      }
      // retry_callback is allowed while the callback is retrying or failed, which a refused first attempt leaves it.
      const refusedRun = (await t.api.status(run.token)).body;
      const placed = refusedRun.callback_status === 'retrying' || refusedRun.callback_status === 'failed';
      t.ensure(placed ? 'QUEUE-COMMAND-STATES' : 'CALLBACK-2XX-ONLY', placed
        ? `retry_callback on the run ${run.token}, whose callback is ${refusedRun.callback_status}, is accepted`
        : `the callback of the run ${run.token}, whose first attempt was answered 500, is retrying or failed`, false, {
        expected: placed ? '201' : 'callback_status "retrying" or "failed"',
        observed: placed ? answer.status : refusedRun.callback_status,
      });
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
