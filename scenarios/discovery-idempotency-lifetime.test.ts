import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { runRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'discovery-idempotency-lifetime',
    title: 'The advertised key lifetime is a positive integer and a key is still honoured just before it ends',
    rules: ['DISCOVERY-IDEMPOTENCY-LIFETIME'],
    requires: ['idempotency', 'seams.test_clock'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('DISCOVERY-IDEMPOTENCY-LIFETIME', exchange, 200);
    const lifetimeMs = ((exchange.json ?? {}) as { idempotency?: { key_lifetime_ms?: unknown } }).idempotency?.key_lifetime_ms;
    t.assertTrue('DISCOVERY-IDEMPOTENCY-LIFETIME', 'idempotency.key_lifetime_ms is a positive integer', Number.isSafeInteger(lifetimeMs) && (lifetimeMs as number) > 0, {
      expected: 'an integer number of ms > 0',
      observed: lifetimeMs,
    });
    const keptMs = (lifetimeMs as number) - 1;
    if (keptMs < 1) return t.inapplicable(`key_lifetime_ms ${String(lifetimeMs)} leaves no host time to test before expiry`);

    // The advertisement is only worth something if it is true: a key used once must still replay the
    // stored answer 1 ms before the advertised lifetime ends (host time).
    const funded = await t.flows.fundedTenantEntitlement();
    const key = randomUUID();
    const request = runRequestFor(funded);
    const startMs = (await t.clock.now()).now_ms;
    const first = await t.http.request('POST', '/api/agents/run', { body: request, idempotencyKey: key });
    t.ensure('LIFECYCLE-RUN-CREATED-LINKS', 'run creation with a valid request on a funded entitlement answers 201', first.status === 201, {
      expected: '201',
      observed: first.status,
    });

    await t.clock.advance(keptMs);
    const repeat = await t.http.request('POST', '/api/agents/run', { body: request, idempotencyKey: key });
    // A host clock shared with other activity may have moved further: then the key's age is unknown, and the
    // kit could not bracket it (blocked, not the host's doing).
    const elapsedMs = (await t.clock.now()).now_ms - startMs;
    if (elapsedMs > keptMs) return t.blocked(`the host clock moved ${elapsedMs} ms during the check, more than the ${keptMs} ms the kit advanced it`);
    t.assertStatus('DISCOVERY-IDEMPOTENCY-LIFETIME', repeat, 201);
    // The stored answer is the same document, in RFC 8785 form: a host may serialise it again (SPEC.md §12, §6.1).
    t.assertEqual('DISCOVERY-IDEMPOTENCY-LIFETIME', `answer to the same key ${keptMs} ms later (stored answer replayed)`, repeat.json ?? repeat.text, first.json ?? first.text);

    const entitlement = await t.api.entitlement(funded.entitlementId);
    t.assertEqual(
      'DISCOVERY-IDEMPOTENCY-LIFETIME',
      'credits taken from the entitlement (one run, not two)',
      entitlement.body.credits_funded - entitlement.body.remaining_credits,
      funded.quote.credits_quoted,
    );
  },
);
