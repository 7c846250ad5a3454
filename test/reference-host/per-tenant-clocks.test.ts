/**
 * Per-tenant clocks (SPEC.md §13.2, protocol 1.1): a tenant minted through the seam is served by a view of the host
 * with its own clock, due-queue and pulse; the kit's configured tenant keeps the host-wide clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TestHost } from './support.js';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function mint(h: TestHost, body: Record<string, unknown> = {}): Promise<{ tenant_id: string; api_key: string }> {
  const answer = await h.post('/_seams/tenants', body, { key: null, idem: null });
  expect(answer.status, answer.text).toBe(201);
  return answer.json;
}

const advanceAs = async (h: TestHost, key: string, ms: number, extra: Record<string, unknown> = {}) => (await h.post('/_seams/clock/advance', { ms, ...extra }, { key, idem: null })).json;
const nowAs = async (h: TestHost, key: string): Promise<number> => (await h.get('/_seams/clock', { key })).json.now_ms;

describe('per-tenant clocks', () => {
  it("moves only the advancing tenant's clock, pulse and idempotency keys, never the host-wide clock", async () => {
    host = new TestHost();
    const [a, b] = [await mint(host), await mint(host)];
    const hostWideBefore = await host.now();
    const key = 'same-key-in-both';
    const quoteOf = async (apiKey: string) => host!.post('/quote', { request_type: 'agent_quote_request', requested_tool: 'tokenops', requested_capability: 'x', estimate_basis: { records_count: 1, files_count: 0, needs_callback: false } }, { key: apiKey, idem: key });
    const [firstA, firstB] = [await quoteOf(a.api_key), await quoteOf(b.api_key)];
    const pulseB = (await host.get('/queue/monitor', { key: b.api_key })).json.heartbeat.last_runner_pulse_at;

    await advanceAs(host, a.api_key, 2 * 86_400_000);
    expect(await nowAs(host, b.api_key)).toBe(hostWideBefore);
    expect(await host.now()).toBe(hostWideBefore);
    expect((await host.get('/queue/monitor', { key: b.api_key })).json.heartbeat.last_runner_pulse_at).toBe(pulseB);
    // A's key has expired on A's clock; B's, on a clock that did not move, still replays.
    expect((await quoteOf(a.api_key)).json.quote_id).not.toBe(firstA.json.quote_id);
    expect((await quoteOf(b.api_key)).json.quote_id).toBe(firstB.json.quote_id);
  });

  it('shares a clock through clock_of and refuses a clock_of naming no minted tenant', async () => {
    host = new TestHost();
    const a = await mint(host);
    const shared = await mint(host, { clock_of: a.tenant_id });
    await advanceAs(host, shared.api_key, 5_000);
    expect(await nowAs(host, a.api_key)).toBe(await nowAs(host, shared.api_key));
    const refused = await host.post('/_seams/tenants', { clock_of: 'tenant_never_minted' }, { key: null, idem: null });
    expect(refused.status).toBe(400);
    expect(refused.json.type).toBe('urn:agent-task:problem:invalid-request');
  });

  it('reports next_due_at and stops an advance where the run comes to rest', async () => {
    host = new TestHost();
    const a = await mint(host);
    const funding = await host.fund(100, a.api_key);
    const created = await host.post('/run', { trust_profile_id: funding.trustProfileId, quote_id: funding.quoteId, credit_entitlement_id: funding.entitlementId, requested_tool: 'tokenops', requested_capability: 'x' }, { key: a.api_key });
    expect(created.status, created.text).toBe(201);
    const clock = (await host.get('/_seams/clock', { key: a.api_key })).json;
    expect(Date.parse(clock.next_due_at) - clock.now_ms).toBe(1_000);
    const stopped = await advanceAs(host, a.api_key, 86_400_000, { until_at_rest: created.json.status_token });
    const run = (await host.get(`/tasks/${created.json.status_token}/ledger`, { key: a.api_key })).json;
    expect(run.state).toBe('closed');
    expect(stopped.now).toBe(run.state_history.at(-1).occurred_at);
  });
});
