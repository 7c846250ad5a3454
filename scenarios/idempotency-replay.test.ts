import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { reshapedJson } from '../src/harness/checks/json-forms.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';
import { surelyBefore } from '../src/harness/real-time.js';

scenario(
  {
    id: 'idempotency-replay',
    title: 'A keyed request repeated with the same body returns the stored status and body and creates or funds nothing more',
    rules: ['IDEMPOTENCY-REPLAY'],
    requires: ['idempotency'],
    edges: [
      'quote, settlement and run creation repeated byte for byte',
      'the same JSON repeated with members in another order and other whitespace',
      'a settlement repeat that funds nothing more',
    ],
  },
  async (t) => {
    const same = (label: string, repeat: { status: number; headers: Record<string, string>; json: unknown }, first: typeof repeat) =>
      t.assertEqual('IDEMPOTENCY-REPLAY', `${label}: repeated request answer (status, content type, body)`, {
        status: repeat.status,
        content_type: repeat.headers['content-type'],
        body: repeat.json,
      }, { status: first.status, content_type: first.headers['content-type'], body: first.json });
    // The same JSON value as other bytes (SPEC.md §12: the fingerprint is the digest of the JSON value).
    const reshaped = (path: string, body: unknown, key: string) =>
      t.http.request('POST', path, { rawBody: reshapedJson(body), headers: { 'content-type': 'application/json' }, idempotencyKey: key });

    // Quote (key optional, honoured when sent).
    const quoteBody = { request_type: 'agent_quote_request', requested_tool: t.caps.tools[0], requested_capability: 'idempotency_check', estimate_basis: { records_count: 10, files_count: 1, needs_callback: false } };
    const quoteKey = randomUUID();
    const quote = await t.http.request('POST', '/api/agents/quote', { body: quoteBody, idempotencyKey: quoteKey });
    t.ensure('LIFECYCLE-DOCUMENTS-VALID', 'POST /quote for a listed tool answers 201', quote.status === 201, { expected: '201', observed: quote.status });
    same('POST /quote', await t.http.request('POST', '/api/agents/quote', { body: quoteBody, idempotencyKey: quoteKey }), quote);
    same('POST /quote, members reordered and whitespace added', await reshaped('/api/agents/quote', quoteBody, quoteKey), quote);

    // Settlement: the stored 201 comes back, not the 200 of a provider-reference repeat, and nothing is funded twice.
    const funded = await t.flows.fundedTenantEntitlement();
    const settlementBody = topUpRequestFor(funded, 7);
    const settlementKey = randomUUID();
    const settlement = await t.http.request('POST', '/api/agents/settlements', { body: settlementBody, idempotencyKey: settlementKey });
    t.ensure('LIFECYCLE-DOCUMENTS-VALID', 'POST /settlements topping up the entitlement with a new provider reference answers 201', settlement.status === 201, {
      expected: '201',
      observed: settlement.status,
    });
    const fundedOnce = (await t.api.entitlement(funded.entitlementId)).body;
    same('POST /settlements', await t.http.request('POST', '/api/agents/settlements', { body: settlementBody, idempotencyKey: settlementKey }), settlement);
    same('POST /settlements, members reordered and whitespace added', await reshaped('/api/agents/settlements', settlementBody, settlementKey), settlement);
    t.assertEqual('IDEMPOTENCY-REPLAY', 'entitlement after the repeated settlement', (await t.api.entitlement(funded.entitlementId)).body, fundedOnce);

    // Run creation: same run, same secret, one reservation.
    const runBody = runRequestFor(funded, { workflow_context: { purpose: 'idempotency replay' } });
    const runKey = randomUUID();
    const sentAtMs = Date.now();
    const created = await t.http.request('POST', '/api/agents/run', { body: runBody, idempotencyKey: runKey });
    t.ensure('LIFECYCLE-RUN-CREATED-LINKS', 'POST /run of a funded run request answers 201', created.status === 201, { expected: '201', observed: created.status });
    const token = (created.json as { status_token?: string }).status_token ?? '';
    // A host moving in real time moves the run between two reads: it is compared at rest, and the repeats are
    // judged only where they were answered surely within the key's lifetime (SPEC.md §13.7).
    const realTime = t.clock.mode === 'real_time';
    if (realTime) await t.flows.runToRest(token);
    const reservedOnce = (await t.api.entitlement(funded.entitlementId)).body;
    const ledgerOnce = jcs((await t.api.ledger(token)).body);
    const repeated = await t.http.request('POST', '/api/agents/run', { body: runBody, idempotencyKey: runKey });
    const reshapedRepeat = await reshaped('/api/agents/run', runBody, runKey);
    if (realTime && !surelyBefore(sentAtMs + (t.caps.idempotency.key_lifetime_ms ?? 0))) return;
    same('POST /run', repeated, created);
    same('POST /run, members reordered and whitespace added', reshapedRepeat, created);
    t.assertEqual('IDEMPOTENCY-REPLAY', 'entitlement after the repeated run creation (one reservation)', (await t.api.entitlement(funded.entitlementId)).body, reservedOnce);
    t.assertEqual('IDEMPOTENCY-REPLAY', 'ledger of the created run after the repeat (JCS)', jcs((await t.api.ledger(token)).body), ledgerOnce);
  },
);
