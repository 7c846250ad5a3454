import { afterEach, describe, expect, it } from 'vitest';
import { checkCreditArithmetic } from '../../src/protocol/credits.js';
import { TestHost, runRequest } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

async function position(entitlementId: string) {
  const doc = (await host.get(`/entitlements/${entitlementId}`)).json;
  return { funded: doc.credits_funded, reserved: doc.credits_reserved, debited: doc.credits_debited, remaining: doc.remaining_credits };
}

describe('credits', () => {
  it('keeps funded = reserved + debited + remaining after every event of concurrent runs', async () => {
    host = new TestHost();
    const funding = await host.fund(30);
    const scripts = [{ metered_units: 3 }, { metered_units: 50 }, { fail_at: 'tool_execution', units_before_failure: 1 }];
    const tokens: string[] = [];
    for (const script of scripts) {
      const created = await host.post('/run', { ...runRequest(funding), test_script: script });
      expect(created.status).toBe(201);
      tokens.push(created.json.status_token);
    }
    expect(await position(funding.entitlementId)).toEqual({ funded: 30, reserved: 21, debited: 0, remaining: 9 });
    for (let i = 0; i < 8; i++) {
      await host.advance(1000);
      expect(checkCreditArithmetic(await position(funding.entitlementId))).toEqual([]);
    }
    const runs = await Promise.all(tokens.map(async (t) => (await host.status(t)).json));
    // credits_reserved on a run record is what its reservation still holds.
    expect(runs.map((r) => [r.state, r.credits_debited, r.credits_reserved])).toEqual([['closed', 3, 0], ['closed', 7, 0], ['paused', 1, 6]]);
    // The paused run keeps its reservation (6 left) for a replay.
    expect(await position(funding.entitlementId)).toEqual({ funded: 30, reserved: 6, debited: 11, remaining: 13 });
  });

  it('refuses a run that would overdraw with 402 and reserves nothing', async () => {
    host = new TestHost();
    const funding = await host.fund(10);
    expect((await host.post('/run', runRequest(funding))).status).toBe(201);
    const refused = await host.post('/run', runRequest(funding));
    expect(refused.json).toMatchObject({ status: 402, type: 'urn:agent-task:problem:insufficient-credits' });
    expect(await position(funding.entitlementId)).toEqual({ funded: 10, reserved: 7, debited: 0, remaining: 3 });
  });

  it('never over-reserves under simultaneous creations', async () => {
    host = new TestHost();
    const funding = await host.fund(20);
    const answers = await Promise.all(Array.from({ length: 6 }, () => host.post('/run', runRequest(funding))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 402)).toHaveLength(4);
    expect(await position(funding.entitlementId)).toEqual({ funded: 20, reserved: 14, debited: 0, remaining: 6 });
  });

  it('accepts an overdrawing run under the overdraft-allowed fault', async () => {
    host = new TestHost({ faults: ['overdraft-allowed'] });
    const funding = await host.fund(10);
    await host.post('/run', runRequest(funding));
    const second = await host.post('/run', runRequest(funding));
    expect(second.status).toBe(201);
    expect(second.json.credits_reserved).toBe(3);
  });

  it('moves the entitlement status from funded to active to exhausted', async () => {
    host = new TestHost();
    const funding = await host.fund(7);
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.status).toBe('funded');
    const { json } = await host.post('/run', runRequest(funding));
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json.status).toBe('active');
    await host.advanceUntil(json.status_token, (r) => r.state === 'closed');
    expect((await host.get(`/entitlements/${funding.entitlementId}`)).json).toMatchObject({ status: 'exhausted', remaining_credits: 0 });
  });

  it('tops up an existing entitlement and lists both settlement receipts', async () => {
    host = new TestHost();
    const funding = await host.fund(10);
    const topUp = await host.post('/settlements', {
      request_type: 'agent_settlement_request', quote_id: funding.quoteId, settlement_provider: 'circle_usdc',
      provider_transaction_ref: 'top-up', credits: 5, credit_entitlement_id: funding.entitlementId,
    });
    expect(topUp.status).toBe(201);
    const doc = (await host.get(`/entitlements/${funding.entitlementId}`)).json;
    expect(doc.credits_funded).toBe(15);
    expect(doc.settlement_receipt_ids).toEqual([funding.settlement.json.receipt_id, topUp.json.receipt_id]);
  });

  it('keeps settlement receipts free of consumption fields unless the settlement-receipt-usage-fields fault is on', async () => {
    host = new TestHost();
    const clean = await host.fund(10);
    expect(clean.settlement.json).not.toHaveProperty('credits_debited');
    await host.close();
    host = new TestHost({ faults: ['settlement-receipt-usage-fields'] });
    const faulty = await host.fund(10);
    expect(faulty.settlement.json).toHaveProperty('credits_debited');
    expect(host.schemaFailures.some((f) => f.includes('settlement-receipt'))).toBe(true);
  });
});
