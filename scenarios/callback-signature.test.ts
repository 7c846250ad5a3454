import { scenario } from '../src/harness/index.js';
import { verifyCallback } from '../src/webhooks.js';

const SIGNATURE_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

scenario(
  {
    id: 'callback-signature',
    title: 'Every callback attempt carries Standard Webhooks headers and a v1 signature over the exact bytes sent',
    rules: ['CALLBACK-SIGNATURE'],
    requires: ['callbacks'],
  },
  async (t) => {
    // The first attempt is refused so the retry is checked too: every attempt must be signed.
    const run = await t.flows.createRun({ callback: [{ status: 500 }] });
    await t.flows.runToRest(run.token);
    const deliveries = (await run.mailbox?.waitFor(2)) ?? [];
    t.assertTrue('CALLBACK-SIGNATURE', 'callback attempts received (one refused, one accepted)', deliveries.length >= 2, {
      expected: 'at least 2 deliveries',
      observed: deliveries.length,
    });
    const nowSeconds = Math.floor((await t.clock.now()).now_ms / 1000);
    for (const [i, delivery] of deliveries.entries()) {
      const missing = SIGNATURE_HEADERS.filter((name) => !delivery.headers[name]);
      t.assertEqual('CALLBACK-SIGNATURE', `delivery ${i + 1} webhook headers missing`, missing, []);
      const verdict = verifyCallback({ secrets: run.secret, headers: delivery.headers, body: delivery.raw, nowSeconds });
      t.assertTrue('CALLBACK-SIGNATURE', `delivery ${i + 1} signature verifies over the exact body bytes with the run's secret`, verdict.ok, {
        expected: 'a v1 HMAC-SHA256 of {webhook-id}.{webhook-timestamp}.{body} keyed by the run secret',
        observed: {
          verdict,
          host_now_seconds: nowSeconds,
          'webhook-id': delivery.headers['webhook-id'],
          'webhook-timestamp': delivery.headers['webhook-timestamp'],
          'webhook-signature': delivery.headers['webhook-signature'],
          body_bytes: delivery.raw.length,
        },
      });
    }
  },
);
