import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { callbackFleet } from '../src/harness/checks/callback-fleet.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { advanceTo } from '../src/harness/checks/callback-steps.js';

scenario(
  {
    id: 'callback-manual-retry-paths',
    title: 'A retry_callback command after a 410 or while retries are scheduled makes one attempt with the original webhook-id; a refused manual attempt leaves a failed callback failed and a retrying one on its schedule; a delivered callback refuses the command',
    rules: ['CALLBACK-MANUAL-RETRY', 'QUEUE-COMMAND-STATES'],
    requires: ['callbacks', 'queue_monitor', 'seams.test_clock'],
    edges: [
      'CALLBACK-MANUAL-RETRY: a manual retry answered 2xx after a 410',
      'CALLBACK-MANUAL-RETRY: a manual retry refused after a 410 (the callback stays failed, nothing automatic follows)',
      'CALLBACK-MANUAL-RETRY: a manual retry refused while an automatic retry is scheduled (the schedule goes on)',
      'QUEUE-COMMAND-STATES: retry_callback on a delivered callback',
    ],
  },
  async (t) => {
    // Four runs whose first attempts fall due together: the answers after the first one answer the manual attempt.
    const { runs, policy } = t.need(await callbackFleet(t, [
      [{ status: 410 }],
      [{ status: 410 }, { status: 500 }],
      [{ status: 500 }, { status: 500 }],
      [],
    ]));
    const [goneThenDelivered, goneThenRefused, retryingThenRefused, delivered] = runs as [typeof runs[0], typeof runs[0], typeof runs[0], typeof runs[0]];
    if (automaticAttempts(policy) < 2) return t.inapplicable('the advertised schedule has a single attempt, so a kept schedule cannot be observed');
    const firstAttempt = (await t.api.callbackAttempts(retryingThenRefused.run.token)).body.attempts[0];
    const firstAtMs = Date.parse(firstAttempt?.attempted_at ?? '');
    t.ensure('CALLBACK-ATTEMPTS-RECORDED', 'the refused first attempt is recorded with its attempted_at', !Number.isNaN(firstAtMs), {
      expected: 'attempt 1 with an attempted_at date-time',
      observed: firstAttempt ?? null,
    });

    const retry = (token: string) =>
      t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(token)}/commands`, {
        body: { action: 'retry_callback', reason: 'conformance: manual redelivery' },
        idempotencyKey: randomUUID(),
      });

    for (const [label, fleetRun, outcome] of [
      ['after a 410, answered 200', goneThenDelivered, 'delivered'],
      ['after a 410, answered 500', goneThenRefused, 'failed'],
      ['while a retry is scheduled, answered 500', retryingThenRefused, 'failed'],
    ] as const) {
      t.assertStatus('CALLBACK-MANUAL-RETRY', await retry(fleetRun.run.token), 201);
      const deliveries = await fleetRun.mailbox.waitFor(2);
      const record = (await t.api.callbackAttempts(fleetRun.run.token)).body;
      t.assertEqual('CALLBACK-MANUAL-RETRY', `manual retry ${label}: attempt received and recorded`, {
        received: deliveries.length,
        webhook_id: deliveries[1]?.headers['webhook-id'],
        same_body: deliveries[1]?.raw.equals(deliveries[0]!.raw) ?? false,
        recorded: record.attempts.length,
        trigger: record.attempts[1]?.trigger,
        outcome: record.attempts[1]?.outcome,
      }, {
        received: 2,
        webhook_id: deliveries[0]!.headers['webhook-id'],
        same_body: true,
        recorded: 2,
        trigger: 'manual',
        outcome,
      });
    }

    const closed = await t.flows.runToRest(goneThenDelivered.run.token);
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'after a 410, a manual retry answered 200: run and callback', [closed.state, closed.callback_status], ['closed', 'delivered']);
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'after a 410, a manual retry answered 500: callback_status', (await t.api.status(goneThenRefused.run.token)).body.callback_status, 'failed');
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'a manual retry answered 500 while a retry is scheduled: callback_status', (await t.api.status(retryingThenRefused.run.token)).body.callback_status, 'retrying');

    const refused = await retry(delivered.run.token);
    t.assertProblem('QUEUE-COMMAND-STATES', refused, 409, 'invalid-state');

    // Past the latest time of the second automatic attempt: only the retrying callback gets one.
    await advanceTo(t.clock, firstAtMs + attemptWindow(policy, 2)!.latestMs);
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'attempts received past the next scheduled time (410 then manual 500; retrying then manual 500)', [
      goneThenRefused.mailbox.deliveries().length,
      retryingThenRefused.mailbox.deliveries().length,
    ], [2, 3]);
    t.assertEqual('QUEUE-COMMAND-STATES', 'attempts received by the delivered callback after the refused command', delivered.mailbox.deliveries().length, 1);
  },
);
