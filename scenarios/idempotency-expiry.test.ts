import { randomUUID } from 'node:crypto';
import { HarnessError, scenario } from '../src/harness/index.js';
import { advanceTo } from '../src/harness/checks/callback-steps.js';
import { runRequestFor } from '../src/harness/checks/requests.js';
import { surelyBefore } from '../src/harness/real-time.js';

scenario(
  {
    id: 'idempotency-expiry',
    title: 'A key is kept for the advertised key_lifetime_ms of host time and may be used for a new request afterwards',
    rules: ['IDEMPOTENCY-EXPIRY', 'IDEMPOTENCY-REPLAY'],
    requires: ['idempotency'],
  },
  async (t) => {
    const lifetimeMs = t.caps.idempotency.key_lifetime_ms;
    // host-capabilities requires it once idempotency is supported, and discovery validated the document.
    if (lifetimeMs === undefined) throw new HarnessError('a validated capabilities document lacks idempotency.key_lifetime_ms');
    const funded = await t.flows.fundedTenantEntitlement();
    const request = (quoteId: string) => runRequestFor(funded, { quote_id: quoteId });
    const key = randomUUID();
    const storedAtMs = (await t.clock.now()).now_ms;
    const first = await t.http.request('POST', '/api/agents/run', { body: request(funded.quote.quote_id), idempotencyKey: key });
    t.ensure('LIFECYCLE-RUN-CREATED-LINKS', 'POST /run of a funded run request answers 201', first.status === 201, { expected: '201', observed: first.status });

    // In real time the kit's clock stands for the host's within the allowance (SPEC.md §13.7): the key is repeated
    // at once, judged only if answered surely within its lifetime, and reused once surely past it.
    const realTime = t.clock.mode === 'real_time';
    const storedByMs = realTime ? Date.now() : storedAtMs;
    if (!realTime) await advanceTo(t.clock, storedAtMs + lifetimeMs - 1);
    const kept = await t.http.request('POST', '/api/agents/run', { body: request(funded.quote.quote_id), idempotencyKey: key });
    if (realTime && !surelyBefore(storedAtMs + lifetimeMs)) {
      return t.inapplicable(`key_lifetime_ms ${lifetimeMs} left no time to repeat the request surely within it (SPEC.md §13.7 allowance)`);
    }
    t.assertEqual('IDEMPOTENCY-REPLAY', `${realTime ? 'within the key lifetime' : '1 ms before the key lifetime ends'}: the repeated request replays the first answer`, {
      status: kept.status,
      body: kept.json,
    }, { status: first.status, body: first.json });

    await advanceTo(t.clock, storedByMs + lifetimeMs + 1);
    // A fresh quote (the first may have expired with the time that passed) makes a different request body.
    const quote = (await t.api.quote({
      request_type: 'agent_quote_request',
      requested_tool: funded.quote.requested_tool,
      requested_capability: funded.quote.requested_capability,
      trust_profile_id: funded.trustProfileId,
      estimate_basis: funded.quote.estimate_basis,
    })).body;
    const reused = await t.http.request('POST', '/api/agents/run', { body: request(quote.quote_id), idempotencyKey: key });
    t.assertStatus('IDEMPOTENCY-EXPIRY', reused, 201);
    t.assertTrue('IDEMPOTENCY-EXPIRY', 'the expired key created a new run', (reused.json as { agent_task_run_id?: string } | undefined)?.agent_task_run_id !== (first.json as { agent_task_run_id?: string }).agent_task_run_id, {
      expected: 'an agent_task_run_id other than the first run',
      observed: (reused.json as { agent_task_run_id?: string } | undefined)?.agent_task_run_id,
    });
  },
);
