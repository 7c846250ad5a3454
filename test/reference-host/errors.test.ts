import { afterEach, describe, expect, it } from 'vitest';
import { TestHost, quoteRequest, runRequest } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

describe('errors and bad input', () => {
  it('answers problem+json with the registered type and status for each kind of bad request', async () => {
    host = new TestHost();
    const cases: Array<[Promise<{ status: number; json: { type: string } }>, number, string]> = [
      [host.post('/quote', undefined, { raw: '{"request_type": ' }), 400, 'malformed-json'],
      [host.post('/quote', undefined, { raw: new Uint8Array([0x7b, 0xff, 0x7d]) }), 400, 'malformed-json'],
      [host.post('/quote', undefined, { raw: '' }), 400, 'malformed-json'],
      [host.post('/quote', { request_type: 'agent_quote_request' }), 400, 'invalid-request'],
      [host.post('/quote', quoteRequest(), { key: null }), 401, 'unauthorized'],
      [host.post('/quote', quoteRequest(), { key: 'atk_wrong' }), 401, 'unauthorized'],
      [host.get('/nowhere'), 404, 'not-found'],
      [host.get('/status/unknown-token'), 404, 'not-found'],
      [host.request('DELETE', '/run'), 405, 'method-not-allowed'],
      [host.post('/quote', undefined, { raw: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported-media-type'],
      [host.post('/quote', undefined, { raw: 'x'.repeat(70_000) }), 413, 'payload-too-large'],
    ];
    for (const [pending, status, slug] of cases) {
      const answer = await pending;
      expect(answer.status, slug).toBe(status);
      expect(answer.json.type).toBe(`urn:agent-task:problem:${slug}`);
    }
    expect(host.schemaFailures).toEqual([]);
  });

  it('names each failing instance path and keyword of an invalid body', async () => {
    host = new TestHost();
    const answer = await host.post('/quote', { request_type: 'agent_quote_request', requested_tool: 'nope', requested_capability: 'x', estimate_basis: { records_count: -1, files_count: 0, needs_callback: true } });
    expect(answer.status).toBe(400);
    const errors = answer.json.errors.map((e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`);
    expect(errors).toEqual(expect.arrayContaining(['/requested_tool enum', '/estimate_basis/records_count minimum']));
  });

  it('sends Allow on 405 and WWW-Authenticate on 401', async () => {
    host = new TestHost();
    const wrongMethod = await host.request('PUT', '/tasks/abc/ledger');
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
    const noKey = await host.get('/queue/monitor', { key: null });
    expect(noKey.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    host = new TestHost();
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(16_384).fill(0x20));
      },
    });
    const response = await host.host.fetch(
      new Request('http://reference-host.test/api/agents/quote', {
        method: 'POST',
        headers: { authorization: `Bearer ${host.apiKey}`, 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  it('refuses JSON nested too deep without failing', async () => {
    host = new TestHost();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const answer = await host.post('/quote', undefined, { raw: deep });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].keyword).toBe('maxDepth');
  });

  it('never answers 5xx to hostile input on any route', async () => {
    host = new TestHost();
    const bodies = ['null', '[]', '"x"', '1e400', '{"__proto__": {"x": 1}}', '{"test_script": {"metered_units": 1e300}}', '\u0000', '{"a":"\\ud800"}'];
    const paths = ['/trust-profiles', '/quote', '/settlements', '/run', '/tasks/t/recover', '/tasks/t/replay', '/tasks/t/commands', '/_seams/clock/advance', '/_seams/tenants'];
    for (const path of paths) {
      for (const raw of bodies) {
        const answer = await host.post(path, undefined, { raw });
        expect(answer.status, `${path} ${raw}`).toBeLessThan(500);
      }
    }
    expect(host.schemaFailures).toEqual([]);
  });

  it('refuses valid-looking bodies that no digest can represent (1e400, lone surrogates)', async () => {
    host = new TestHost();
    const funding = await host.fund(50);
    const settlement = `{"request_type":"agent_settlement_request","quote_id":"${funding.quoteId}","settlement_provider":"x402","provider_transaction_ref":"t","credits":1,"extra":1e400}`;
    expect((await host.post('/settlements', undefined, { raw: settlement })).json).toMatchObject({ status: 400, type: 'urn:agent-task:problem:invalid-request' });
    const run = JSON.stringify({ ...runRequest(funding), test_script: { result_package: { note: 'x' } } }).replace('"x"', '"\\ud800"');
    expect((await host.post('/run', undefined, { raw: run })).status).toBe(400);
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.credits_reserved).toBe(0);
  });

  it('builds resolvable URLs from any contract_id a requesting agent chooses', async () => {
    host = new TestHost();
    for (const contractId of [' ', 'a/b', '%41', 'ü x?#']) {
      const funding = await host.fund(50);
      const created = await host.post('/run', { ...runRequest(funding), contract_id: contractId });
      const contract = await host.get(created.json.run_contract_url);
      expect(contract.json.contract_id).toBe(contractId);
    }
    const funding = await host.fund(50);
    expect((await host.post('/run', { ...runRequest(funding), contract_id: '..' })).status).toBe(400);
    expect(host.schemaFailures).toEqual([]);
  });

  it('refuses absurd scripted values and settlement amounts with 400 instead of failing later', async () => {
    host = new TestHost();
    const funding = await host.fund(50);
    const tooSlow = await host.post('/run', { ...runRequest(funding), test_script: { step_duration_ms: 10 ** 12 } });
    expect(tooSlow.json.errors[0]).toMatchObject({ instancePath: '/test_script/step_duration_ms', keyword: 'maximum' });
    const tooMany = await host.post('/run', { ...runRequest(funding), test_script: { metered_units: 10 ** 300 } });
    expect(tooMany.status).toBe(400);
    const hugeSettlement = await host.post('/settlements', { request_type: 'agent_settlement_request', quote_id: funding.quoteId, settlement_provider: 'x402', provider_transaction_ref: 'huge', credits: 10 ** 20 });
    expect(hugeSettlement.status).toBe(400);
    const entitlement = await host.get(`/entitlements/${funding.entitlementId}`);
    expect(entitlement.json).toMatchObject({ credits_funded: 50, credits_reserved: 0 });
  });

  it('refuses test_script when the seams are off, and serves no seam routes', async () => {
    host = new TestHost({ conformance: false });
    const funding = await host.fund(50);
    const scripted = await host.post('/run', { ...runRequest(funding), test_script: {} });
    expect(scripted.json).toMatchObject({ status: 400, type: 'urn:agent-task:problem:invalid-request', errors: [{ instancePath: '/test_script' }] });
    expect((await host.get('/_seams/clock')).status).toBe(404);
    expect((await host.post('/_seams/tenants', {})).status).toBe(404);
    const caps = await host.request('GET', '/capabilities', { key: null });
    expect(caps.json.seams).toEqual({ supported: false, test_clock: { supported: false }, scripted_runs: { supported: false }, tenants: { supported: false } });
    expect(caps.json.callbacks.request_timeout_ms).toBe(15_000);
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.credits_reserved).toBe(0);
  });
});
