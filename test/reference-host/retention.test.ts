import { afterEach, describe, expect, it } from 'vitest';
import { quoteRequest, runRequest, scriptedFetch, TestHost } from './support.js';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** Creates a run on `funding` that closes after the next advance of 6 s (six 1 s steps, no callback). */
async function closedRun(h: TestHost, funding: Awaited<ReturnType<TestHost['fund']>>) {
  const created = await h.post('/run', runRequest(funding));
  expect(created.status).toBe(201);
  await h.advance(6_000);
  return created.json as { status_token: string; work_order_id: string; usage_receipt_url: string; run_contract_url: string };
}

describe('retention of ended runs (SPEC §4.6)', () => {
  it('keeps the most recently ended runs per tenant and forgets older ones with every document served from them', async () => {
    host = new TestHost({ limits: { maxClosedRunsPerTenant: 2 } });
    const funding = await host.fund(200);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await closedRun(host, funding));
    const [oldest, ...kept] = runs;
    const receipt = (await host.status(kept[0]!.status_token)).json.usage_receipt_url as string;
    expect((await host.get(receipt)).status).toBe(200);
    for (const path of [`/status/${oldest!.status_token}`, `/tasks/${oldest!.status_token}/ledger`, `/tasks/${oldest!.status_token}/result`, `/work-orders/${oldest!.work_order_id}`]) {
      expect((await host.get(path)).json, path).toMatchObject({ status: 404, type: 'urn:agent-task:problem:not-found' });
    }
    for (const run of kept) expect((await host.status(run.status_token)).json.state).toBe('closed');
    // Another tenant's ended runs do not count against this tenant's.
    const other = host.host.createTenant().apiKey;
    expect((await host.get(`/status/${kept[0]!.status_token}`, { key: other })).status).toBe(404);
    expect(host.schemaFailures).toEqual([]);
  });

  it('forgets an ended run once the retention time of host time has passed, not before', async () => {
    host = new TestHost({ limits: { closedRunRetentionMs: 60_000 } });
    const funding = await host.fund(50);
    const run = await closedRun(host, funding);
    await host.advance(59_000);
    expect((await host.status(run.status_token)).status).toBe(200);
    await host.advance(2_000);
    expect((await host.status(run.status_token)).status).toBe(404);
    expect((await host.get(`/work-orders/${run.work_order_id}`)).status).toBe(404);
  });

  it('keeps a run that has not ended, however long it waits', async () => {
    host = new TestHost({ limits: { closedRunRetentionMs: 1_000, maxClosedRunsPerTenant: 0 } });
    const { token } = await host.createRun({ script: { fail_at: 'tool_execution' } });
    await host.advance(10 * 86_400_000);
    expect((await host.status(token)).json.canonical_lifecycle_state).toBe('exception_open');
  });

  it('advertises its bounds in the capabilities document', async () => {
    host = new TestHost({ conformance: false });
    const caps = (await host.request('GET', '/capabilities', { key: null })).json;
    expect(caps.limits).toMatchObject({ max_runs_in_flight_per_tenant: 100, closed_runs_kept_per_tenant: 1000, closed_run_retention_ms: 86_400_000 });
    expect(caps.callbacks).toMatchObject({ max_concurrent_attempts: 64, max_concurrent_attempts_per_host: 8 });
  });
});

describe('per-tenant limits answered with 429 problem+json and Retry-After', () => {
  it('refuses a run beyond the runs in flight, writes nothing, does not store the refusal under its key, and accepts it once one ended', async () => {
    host = new TestHost({ limits: { maxRunsInFlightPerTenant: 2 } });
    const funding = await host.fund(200);
    for (let i = 0; i < 2; i++) expect((await host.post('/run', runRequest(funding))).status).toBe(201);
    const refused = await host.post('/run', runRequest(funding), { idem: 'third' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/);
    expect(refused.json).toMatchObject({ type: 'urn:agent-task:problem:too-many-requests', status: 429 });
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.credits_reserved).toBe(2 * funding.creditsQuoted);
    // Another tenant is not held back by this one's runs.
    const other = new TestHost({});
    try {
      expect((await other.createRun()).created.status).toBe(201);
    } finally {
      await other.close();
    }
    await host.advance(6_000);
    const retried = await host.post('/run', runRequest(funding), { idem: 'third' });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    // The two runs ended and released their reservations; the third holds its own.
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.credits_reserved).toBe(funding.creditsQuoted);
    expect(host.schemaFailures).toEqual([]);
  });

  it('refuses a new idempotency key beyond the tenant bound until its oldest key expires, replaying stored keys meanwhile', async () => {
    host = new TestHost({ limits: { maxIdempotencyKeysPerTenant: 3 }, timing: { idempotencyKeyLifetimeMs: 60_000 } });
    const body = quoteRequest();
    expect((await host.post('/quote', body, { idem: 'k1' })).status).toBe(201);
    await host.advance(1_000);
    expect((await host.post('/quote', body, { idem: 'k2' })).status).toBe(201);
    expect((await host.post('/quote', body, { idem: 'k3' })).status).toBe(201);
    const full = await host.post('/quote', body, { idem: 'k4' });
    expect(full.json).toMatchObject({ status: 429, type: 'urn:agent-task:problem:too-many-requests' });
    expect(Number(full.headers.get('retry-after'))).toBe(59);
    expect((await host.post('/quote', body, { idem: 'k1' })).headers.get('idempotent-replayed')).toBe('true');
    expect((await host.post('/quote', body, { idem: 'k4' })).status).toBe(429);
    await host.advance(59_000);
    expect((await host.post('/quote', body, { idem: 'k4' })).status).toBe(201);
    expect(host.schemaFailures).toEqual([]);
  });

  it('bounds a callback message to its most attempts: retry_callback beyond them is refused with 409 (CALLBACK-MANUAL-RETRY)', async () => {
    const outbound = scriptedFetch(new Array(20).fill({ status: 410 }));
    host = new TestHost({ fetch: outbound.fetch, limits: { maxCallbackAttemptsPerRun: 3 } });
    const { token } = await host.createRun({ callbackUrl: 'https://agent.example/hook' });
    await host.advance(6_000);
    for (let i = 0; i < 2; i++) expect((await host.post(`/tasks/${token}/commands`, { action: 'retry_callback' })).status).toBe(201);
    const refused = await host.post(`/tasks/${token}/commands`, { action: 'retry_callback' });
    expect(refused.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:invalid-state' });
    expect((await host.get(`/tasks/${token}/callback-attempts`)).json.attempts).toHaveLength(3);
    expect(outbound.deliveries).toHaveLength(3);
  });
});
