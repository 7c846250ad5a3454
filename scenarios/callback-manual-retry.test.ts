import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { refusedThroughSchedule } from '../src/harness/checks/callback-runs.js';
import { deliveredBy } from '../src/harness/checks/callback-steps.js';

scenario(
  {
    id: 'callback-manual-retry',
    title: 'After exhaustion, a retry_callback command makes one more attempt with the original webhook-id, records it and moves the run on',
    rules: ['CALLBACK-MANUAL-RETRY'],
    requires: ['callbacks'],
  },
  async (t) => {
    const { run, mailbox, attempts: total } = t.need(await refusedThroughSchedule(t));
    t.need(await deliveredBy(t.clock, mailbox, total, 'CALLBACK-SCHEDULE', `automatic attempt ${total}, the last of the schedule,`));
    t.ensure('CALLBACK-SCHEDULE', `no automatic attempt beyond the ${total} of the schedule`, mailbox.deliveries().length === total, {
      expected: `${total} deliveries`,
      observed: mailbox.deliveries().length,
    });
    const exhausted = (await t.api.status(run.token)).body;
    t.ensure('CALLBACK-EXHAUSTION', `callback_status once all ${total} automatic attempts were refused`, exhausted.callback_status === 'failed', {
      expected: '"failed"',
      observed: exhausted.callback_status,
    });
    const recordBefore = (await t.api.callbackAttempts(run.token)).body;
    const eventsBefore = (await t.api.ledger(run.token)).body.state_history ?? [];

    const command = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(run.token)}/commands`, {
      body: { action: 'retry_callback', reason: 'conformance: redeliver after exhaustion' },
      idempotencyKey: randomUUID(),
    });
    t.assertStatus('CALLBACK-MANUAL-RETRY', command, 201);
    const deliveries = await mailbox.waitFor(total + 1);
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'attempts received after the command', deliveries.length, total + 1);
    const manual = deliveries[total]!;
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'manual attempt webhook-id', manual.headers['webhook-id'], deliveries[0]!.headers['webhook-id']);
    t.assertTrue('CALLBACK-MANUAL-RETRY', 'manual attempt sends the same body bytes', manual.raw.equals(deliveries[0]!.raw), {
      expected: `the ${deliveries[0]!.raw.length} bytes of the automatic attempts`,
      observed: manual.text.slice(0, 500),
    });

    const record = (await t.api.callbackAttempts(run.token)).body;
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'automatic attempt records kept as they were', record.attempts.slice(0, total), recordBefore.attempts);
    const appended = record.attempts[total];
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'appended attempt record', {
      attempts: record.attempts.length,
      attempt_number: appended?.attempt_number,
      webhook_id: appended?.webhook_id,
      trigger: appended?.trigger,
      outcome: appended?.outcome,
    }, {
      attempts: total + 1,
      attempt_number: total + 1,
      webhook_id: recordBefore.webhook_id,
      trigger: 'manual',
      outcome: 'delivered',
    });

    const rested = await t.flows.runToRest(run.token);
    t.assertEqual('CALLBACK-MANUAL-RETRY', 'callback_status after the manual delivery', rested.callback_status, 'delivered');
    const added = (rested.state_history ?? []).slice(eventsBefore.length).map((e) => e.event_type);
    t.assertTrue('CALLBACK-MANUAL-RETRY', 'ledger records callback_delivered after the command', added.includes('callback_delivered'), {
      expected: 'a callback_delivered event appended',
      observed: added,
    });
    t.assertTrue('CALLBACK-MANUAL-RETRY', 'run state after the manual delivery', rested.state === 'callback_delivered' || rested.state === 'closed', {
      expected: 'callback_delivered or closed',
      observed: rested.state,
    });
  },
);
