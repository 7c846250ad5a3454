import { scenario } from '../src/harness/index.js';
import { callbackRun, refusals } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { firstArrival } from '../src/harness/checks/callback-steps.js';
import { verifyCallback } from '../src/webhooks.js';

scenario(
  {
    id: 'callback-webhook-id-stable',
    title: 'Failed automatic attempts, their retries and a manual retry of one callback all carry the same signed webhook-id',
    rules: ['CALLBACK-ID-STABLE'],
    requires: ['callbacks'],
  },
  async (t) => {
    // Up to three automatic attempts are refused; a manual retry then gets the mailbox's default 200.
    const { run, mailbox, policy, automatic } = t.need(await callbackRun(t, (policy) => {
      const automatic = Math.min(3, automaticAttempts(policy));
      return { automatic, answers: refusals(automatic) };
    }));

    t.need(await firstArrival(t.clock, mailbox));
    for (let n = 2; n <= automatic; n += 1) {
      await t.clock.advance(attemptWindow(policy, n)!.latestMs);
    }
    await t.api.command(run.token, { action: 'retry_callback', reason: 'conformance: manual redelivery' });
    const deliveries = await mailbox.waitFor(automatic + 1);
    t.assertEqual('CALLBACK-ID-STABLE', 'attempts received: the automatic ones and the manual retry', deliveries.length, automatic + 1);

    const webhookId = deliveries[0]!.headers['webhook-id'];
    t.assertTrue('CALLBACK-ID-STABLE', 'first attempt carries a webhook-id', typeof webhookId === 'string' && webhookId.length > 0, {
      expected: 'a non-empty webhook-id header',
      observed: webhookId,
    });
    for (const [i, delivery] of deliveries.entries()) {
      const kind = i === deliveries.length - 1 ? 'manual retry' : `automatic attempt ${i + 1}`;
      t.assertEqual('CALLBACK-ID-STABLE', `${kind}: webhook-id header`, delivery.headers['webhook-id'], webhookId);
      // The id the signature covers must be the stable one too, not just the header text.
      const verdict = verifyCallback({
        secrets: run.secret,
        headers: delivery.headers,
        body: delivery.raw,
        nowSeconds: Number(delivery.headers['webhook-timestamp']),
      });
      t.assertTrue('CALLBACK-ID-STABLE', `${kind}: signature verifies over the stable webhook-id`, verdict.ok, {
        expected: 'a v1 signature over {webhook-id}.{webhook-timestamp}.{body} with the run secret',
        observed: { verdict, 'webhook-id': delivery.headers['webhook-id'], 'webhook-signature': delivery.headers['webhook-signature'] },
      });
    }

    const record = (await t.api.callbackAttempts(run.token)).body;
    t.assertEqual('CALLBACK-ID-STABLE', 'delivery record webhook_id', record.webhook_id, webhookId);
    t.assertEqual(
      'CALLBACK-ID-STABLE',
      'webhook_id of every recorded attempt',
      record.attempts.map((a) => a.webhook_id),
      deliveries.map(() => webhookId),
    );
  },
);
