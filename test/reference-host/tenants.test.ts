import { afterEach, describe, expect, it } from 'vitest';
import { TestHost } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

describe('tenant isolation and tokens', () => {
  it("answers 404 for another tenant's runs, receipts, entitlements and documents, exactly as for unknown ids", async () => {
    host = new TestHost();
    const { token, funding } = await host.createRun();
    const closed = await host.advanceUntil(token, (r) => r.state === 'closed');
    const intruder = (await host.post('/_seams/tenants', {}, { key: null, idem: null })).json.api_key;
    const paths = [
      `/status/${token}`,
      `/tasks/${token}/ledger`,
      `/tasks/${token}/result`,
      `/tasks/${token}/attestation`,
      `/tasks/${token}/result-contract`,
      `/entitlements/${funding.entitlementId}`,
      `/settlements/${funding.settlement.json.settlement_id}/receipt`,
      new URL(closed.json.usage_receipt_url).pathname.replace('/api/agents', ''),
      `/work-orders/${closed.json.work_order_id}`,
      `/contracts/${closed.json.contract_id}`,
      `/trust-profiles/${funding.trustProfileId}`,
    ];
    for (const path of paths) {
      const theirs = await host.get(path, { key: intruder });
      expect(theirs.status, path).toBe(404);
      expect(theirs.json.detail).not.toContain(token);
      expect((await host.get(path)).status, path).toBe(200);
    }
    // Spending another tenant's entitlement is refused the same way.
    const mine = await host.fund(10, intruder);
    const spend = await host.post('/run', {
      trust_profile_id: mine.trustProfileId, quote_id: mine.quoteId, credit_entitlement_id: funding.entitlementId,
      requested_tool: 'tokenops', requested_capability: 'usage-audit',
    }, { key: intruder });
    expect(spend.status).toBe(404);
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.credits_reserved).toBe(0);
  });

  it('lets one tenant read another under the tenant-cross-read fault', async () => {
    host = new TestHost({ faults: ['tenant-cross-read'] });
    const { token } = await host.createRun();
    const intruder = host.host.createTenant().apiKey;
    expect((await host.get(`/status/${token}`, { key: intruder })).status).toBe(200);
  });

  it('issues 256-bit random status tokens; the tokens-sequential fault issues a counter', async () => {
    host = new TestHost();
    const tokens = [(await host.createRun()).token, (await host.createRun()).token];
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokens[0]).not.toBe(tokens[1]);
    await host.close();
    host = new TestHost({ faults: ['tokens-sequential'] });
    const first = (await host.createRun()).token;
    const second = (await host.createRun()).token;
    expect(first).toMatch(/^tok_0+1$/);
    expect(second).toMatch(/^tok_0+2$/);
  });

  it('gives each seam tenant an empty state and a distinct key', async () => {
    host = new TestHost();
    const a = await host.post('/_seams/tenants', undefined, { key: null, idem: null });
    const b = await host.post('/_seams/tenants', {}, { key: null, idem: null });
    expect(a.status).toBe(201);
    expect(a.json.api_key).not.toBe(b.json.api_key);
    expect((await host.get('/queue/monitor', { key: a.json.api_key })).json.counts.accepted).toBe(0);
    expect(host.schemaFailures).toEqual([]);
  });
});
