import { afterEach, describe, expect, it } from 'vitest';
import { createReferenceHost } from '../../reference-host/index.js';
import { scriptedFetch, TestHost, quoteRequest, settlementRequest } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

describe('Idempotency-Key', () => {
  it('replays the stored answer for the same key and body and writes nothing more', async () => {
    host = new TestHost();
    const quote = await host.post('/quote', quoteRequest());
    const body = settlementRequest(quote.json.quote_id, 50);
    const first = await host.post('/settlements', body, { idem: 'k-1' });
    const second = await host.post('/settlements', body, { idem: 'k-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const entitlement = await host.get(`/entitlements/${first.json.credit_entitlement_id}`);
    expect(entitlement.json.credits_funded).toBe(50);
  });

  it('refuses a different body under a used key with 422, and the idempotency-no-422 fault replays instead', async () => {
    host = new TestHost();
    const quote = await host.post('/quote', quoteRequest());
    await host.post('/settlements', settlementRequest(quote.json.quote_id, 50, 'tx-a'), { idem: 'k-2' });
    const reused = await host.post('/settlements', settlementRequest(quote.json.quote_id, 60, 'tx-b'), { idem: 'k-2' });
    expect(reused.json).toMatchObject({ status: 422, type: 'urn:agent-task:problem:idempotency-key-reused' });
    await host.close();

    host = new TestHost({ faults: ['idempotency-no-422'] });
    const q2 = await host.post('/quote', quoteRequest());
    await host.post('/settlements', settlementRequest(q2.json.quote_id, 50, 'tx-a'), { idem: 'k-2' });
    const faulty = await host.post('/settlements', settlementRequest(q2.json.quote_id, 60, 'tx-b'), { idem: 'k-2' });
    expect(faulty.status).toBe(201);
  });

  it('requires a key on state-changing POSTs and records nothing without one', async () => {
    host = new TestHost();
    const quote = await host.post('/quote', quoteRequest());
    const missing = await host.post('/settlements', settlementRequest(quote.json.quote_id, 50, 'tx-x'), { idem: null });
    expect(missing.json).toMatchObject({ status: 400, type: 'urn:agent-task:problem:idempotency-key-missing' });
    const retried = await host.post('/settlements', settlementRequest(quote.json.quote_id, 50, 'tx-x'), { idem: 'k-3' });
    expect(retried.status).toBe(201);
  });

  it('refuses a malformed key with 400 invalid-request and treats a quoted key as the bare key', async () => {
    host = new TestHost();
    const malformed = await host.post('/quote', quoteRequest(), { idem: 'has space' });
    expect(malformed.json).toMatchObject({ status: 400, type: 'urn:agent-task:problem:invalid-request' });
    expect((await host.post('/quote', quoteRequest(), { idem: 'x'.repeat(256) })).status).toBe(400);
    const bare = await host.post('/quote', quoteRequest(), { idem: 'abc' });
    const quoted = await host.post('/quote', quoteRequest(), { idem: '"abc"' });
    expect(quoted.text).toBe(bare.text);
  });

  it('scopes keys per tenant', async () => {
    host = new TestHost();
    const other = host.host.createTenant().apiKey;
    const mine = await host.post('/quote', quoteRequest(), { idem: 'shared' });
    const theirs = await host.post('/quote', quoteRequest('packetops'), { idem: 'shared', key: other });
    expect(theirs.status).toBe(201);
    expect(theirs.json.quote_id).not.toBe(mine.json.quote_id);
  });

  it('expires keys after the advertised lifetime of host time', async () => {
    host = new TestHost();
    const lifetime = (await host.request('GET', '/capabilities', { key: null })).json.idempotency.key_lifetime_ms;
    const first = await host.post('/quote', quoteRequest(), { idem: 'k-exp' });
    await host.advance(lifetime - 1);
    expect((await host.post('/quote', quoteRequest('packetops'), { idem: 'k-exp' })).status).toBe(422);
    await host.advance(1);
    const fresh = await host.post('/quote', quoteRequest('packetops'), { idem: 'k-exp' });
    expect(fresh.status).toBe(201);
    expect(fresh.json.quote_id).not.toBe(first.json.quote_id);
  });

  it('stores and replays error answers', async () => {
    host = new TestHost();
    const body = settlementRequest('quote_missing', 10);
    const first = await host.post('/settlements', body, { idem: 'k-err' });
    expect(first.status).toBe(404);
    expect((await host.post('/settlements', body, { idem: 'k-err' })).text).toBe(first.text);
  });

  it('answers 409 while the first request with the key is still in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const outbound = scriptedFetch();
    let calls = 0;
    const slowFetch: typeof fetch = async (input, init) => {
      calls++;
      // The first automatic attempt fails; the manual retry hangs until released.
      if (calls === 1) return new Response(null, { status: 500 });
      await gate;
      return outbound.fetch(input, init);
    };
    host = new TestHost({ fetch: slowFetch });
    const { token } = await host.createRun({ callbackUrl: 'https://agent.example/hook' });
    await host.advance(6000);
    const pending = host.post(`/tasks/${token}/commands`, { action: 'retry_callback' }, { idem: 'k-flight' });
    await new Promise((resolve) => setImmediate(resolve));
    const concurrent = await host.post(`/tasks/${token}/commands`, { action: 'retry_callback' }, { idem: 'k-flight' });
    expect(concurrent.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:idempotency-key-in-flight' });
    release();
    const done = await pending;
    expect(done.status).toBe(201);
    const replayed = await host.post(`/tasks/${token}/commands`, { action: 'retry_callback' }, { idem: 'k-flight' });
    expect(replayed.text).toBe(done.text);
  });
});

describe('settlements by provider_transaction_ref', () => {
  it('returns the original receipt for the same fields (200) and refuses different fields (409)', async () => {
    host = new TestHost();
    const quote = await host.post('/quote', quoteRequest());
    const first = await host.post('/settlements', settlementRequest(quote.json.quote_id, 40, 'tx-same'));
    const repeat = await host.post('/settlements', settlementRequest(quote.json.quote_id, 40, 'tx-same'));
    expect(repeat.status).toBe(200);
    expect(repeat.text).toBe(first.text);
    const conflict = await host.post('/settlements', settlementRequest(quote.json.quote_id, 41, 'tx-same'));
    expect(conflict.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:settlement-conflict' });
    // The provider transaction funds once across the host: another tenant presenting it is refused.
    const other = host.host.createTenant().apiKey;
    const theirQuote = await host.post('/quote', quoteRequest(), { key: other });
    const stolen = await host.post('/settlements', settlementRequest(theirQuote.json.quote_id, 40, 'tx-same'), { key: other });
    expect(stolen.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:settlement-conflict' });
    expect(stolen.text).not.toContain(first.json.settlement_id);
    expect((await host.get(`/entitlements/${first.json.credit_entitlement_id}`)).json.credits_funded).toBe(40);
  });
});

describe('construction', () => {
  it('throws on an unknown fault id', () => {
    expect(() => createReferenceHost({ faults: ['no-such-fault'] })).toThrow(/unknown fault/);
  });
});
