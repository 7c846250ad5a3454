import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { validate } from '../src/validate.js';
import { runRequestFor } from '../src/harness/checks/requests.js';

const CONCURRENT = 4;
const IN_FLIGHT_TYPE = 'urn:agent-task:problem:idempotency-key-in-flight';

scenario(
  {
    id: 'idempotency-in-flight',
    title: 'Identical keyed requests sent at once are processed once: every other answer is 409 in-flight or the replayed first answer',
    rules: ['IDEMPOTENCY-IN-FLIGHT'],
    requires: ['idempotency'],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    const before = (await t.api.entitlement(funded.entitlementId)).body;
    const runBody = runRequestFor(funded);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: CONCURRENT }, () => t.http.request('POST', '/api/agents/run', { body: runBody, idempotencyKey: key })),
    );

    const created = answers.filter((a) => a.status === 201);
    const inFlight = answers.filter((a) => a.status === 409 && validate('problem-details', a.json).ok && (a.json as { type?: unknown }).type === IN_FLIGHT_TYPE);
    t.assertEqual('IDEMPOTENCY-IN-FLIGHT', `answers to ${CONCURRENT} identical concurrent requests: each 201 or 409 idempotency-key-in-flight`, {
      created: created.length,
      in_flight: inFlight.length,
      other: answers.filter((a) => !created.includes(a) && !inFlight.includes(a)).map((a) => ({ status: a.status, body: a.json })),
    }, { created: created.length, in_flight: CONCURRENT - created.length, other: [] });
    t.assertTrue('IDEMPOTENCY-IN-FLIGHT', 'one of the requests was processed', created.length >= 1, {
      expected: 'at least one 201',
      observed: answers.map((a) => a.status),
    });
    // Several 201s are allowed only as replays of one answer: the same run, not several.
    t.assertEqual('IDEMPOTENCY-IN-FLIGHT', 'distinct run-created answers', new Set(created.map((a) => jcs(a.json ?? null))).size, 1);

    const after = (await t.api.entitlement(funded.entitlementId)).body;
    t.assertEqual('IDEMPOTENCY-IN-FLIGHT', 'credits reserved by the concurrent requests', after.credits_reserved - before.credits_reserved, funded.quote.credits_quoted);
  },
);
