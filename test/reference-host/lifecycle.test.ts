import { afterEach, describe, expect, it } from 'vitest';
import { digest } from '../../src/jcs.js';
import { verifyLedgerChain, type LedgerEvent } from '../../src/protocol/ledger.js';
import { mapCanonical, mapContractLifecycle, type RunState } from '../../src/protocol/states.js';
import { validate } from '../../src/validate.js';
import { verifyCallback } from '../../src/webhooks.js';
import { eventTypes, scriptedFetch, TestHost } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

describe('a full lifecycle, every response validated against its schema', () => {
  it('walks trust → quote → settlement → run → delivered callback → closed', async () => {
    const outbound = scriptedFetch();
    host = new TestHost({ fetch: outbound.fetch });

    const caps = await host.request('GET', '/capabilities', { key: null });
    expect(caps.status).toBe(200);
    const { created, token, funding } = await host.createRun({
      callbackUrl: 'https://agent.example/callbacks',
      script: { metered_units: 5, result_package: { summary: 'demo' } },
    });
    expect(funding.creditsQuoted).toBe(7);
    expect(created.status).toBe(201);
    expect(created.json.state).toBe('queued');
    expect(created.json.callback_signing_secret).toMatch(/^whsec_/);

    // Before packaging, the result documents are not ready.
    expect((await host.get(`/tasks/${token}/attestation`)).json.type).toBe('urn:agent-task:problem:result-not-ready');
    expect((await host.get(`/tasks/${token}/result`)).status).toBe(409);
    expect((await host.get(`/tasks/${token}/callback-payload`)).status).toBe(409);

    // Step through the run; at every stop the three vocabularies agree with the mapping.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      const status = await host.status(token);
      const contract = await host.get(`/tasks/${token}/result-contract`);
      expect(status.json.canonical_lifecycle_state).toBe(mapCanonical({ state: status.json.state as RunState, evidenceStatus: status.json.evidence_status }));
      expect(contract.json.lifecycle_state).toBe(mapContractLifecycle(status.json.canonical_lifecycle_state));
      if (seen.at(-1) !== status.json.state) seen.push(status.json.state);
      if (status.json.state === 'closed') break;
      await host.advance(1000);
    }
    expect(seen).toEqual(['queued', 'evidence_review', 'tool_execution', 'result_packaged', 'receipt_issued', 'closed']);

    const ledger = await host.ledger(token);
    expect(eventTypes(ledger)).toEqual([
      'run_created',
      'credit_reserved',
      'lifecycle_state_changed',
      'evidence_review_started',
      'evidence_status_changed',
      'tool_execution_started',
      'result_package_ready',
      'credits_debited',
      'credits_released',
      'usage_receipt_issued',
      'callback_payload_ready',
      'callback_delivered',
      'run_closed',
    ]);
    const events = ledger.json.state_history as LedgerEvent[];
    expect(verifyLedgerChain(events)).toEqual([]);
    expect(events.map((e) => e.to_state).filter((s, i, all) => s !== all[i - 1])).toEqual([
      'run_created', 'queued', 'evidence_review', 'tool_execution', 'result_packaged', 'receipt_issued', 'callback_ready', 'callback_delivered', 'closed',
    ]);

    // Attestation pins exactly the served package; the in-toto view names the same digest.
    const result = await host.get(`/tasks/${token}/result`);
    const attestation = await host.get(`/tasks/${token}/attestation`);
    expect(attestation.json.result_package_hash).toBe(digest(result.json));
    const statement = await host.get(`/tasks/${token}/attestation/statement`);
    expect(`sha256:${statement.json.subject[0].digest.sha256}`).toBe(attestation.json.result_package_hash);
    expect(result.json.outputs).toEqual({ summary: 'demo' });

    // Receipts: funding only, consumption only, linked, summing to the ledger's debits.
    const final = await host.status(token);
    const usage = await host.get(new URL(final.json.usage_receipt_url).pathname.replace('/api/agents', ''));
    const settlementReceipt = await host.get(new URL(final.json.settlement_receipt_url).pathname.replace('/api/agents', ''));
    expect(settlementReceipt.json).toEqual(funding.settlement.json);
    expect(usage.json.settlement_reference).toBe(settlementReceipt.json.receipt_id);
    const debits = events.filter((e) => e.event_type === 'credits_debited').map((e) => (e as unknown as { credit_delta: number }).credit_delta);
    expect(usage.json.credits_debited).toBe(debits.reduce((a, b) => a + b, 0));
    expect(usage.json.credits_debited).toBe(final.json.credits_debited);
    expect(usage.json.credits_debited).toBe(5);
    expect(events.find((e) => e.event_type === 'credits_released')).toMatchObject({ credit_delta: 2 });
    const entitlement = await host.get(`/entitlements/${funding.entitlementId}`);
    expect(entitlement.json).toMatchObject({ credits_funded: 100, credits_reserved: 0, credits_debited: 5, remaining_credits: 95 });

    // The callback: one signed delivery of exactly the payload document.
    expect(outbound.deliveries).toHaveLength(1);
    const delivery = outbound.deliveries[0]!;
    const payload = await host.get(`/tasks/${token}/callback-payload`);
    expect(JSON.parse(delivery.body)).toEqual(payload.json);
    expect(validate('callback-payload', JSON.parse(delivery.body)).ok).toBe(true);
    const nowSeconds = Math.floor((await host.now()) / 1000);
    expect(verifyCallback({ secrets: created.json.callback_signing_secret, headers: delivery.headers, body: delivery.body, nowSeconds })).toEqual({ ok: true });
    expect(delivery.redirect).toBe('manual');

    // Every linked document is served and valid.
    await host.get(`/tasks/${token}/callback-attempts`);
    await host.get(`/tasks/${token}/exceptions`);
    await host.get(`/work-orders/${final.json.work_order_id}`);
    await host.get(`/contracts/${final.json.contract_id}`);
    await host.get(`/trust-profiles/${funding.trustProfileId}`);
    await host.get('/queue/monitor');
    await host.get('/queue/alerts');
    const contract = await host.get(`/tasks/${token}/result-contract`);
    expect(contract.json).toMatchObject({ lifecycle_state: 'closed', result_status: 'delivered', callback: { callback_status: 'delivered', attempt_count: 1 } });
    expect(attestation.json.result_status).toBe('ready');
    expect(payload.json.result_status).toBe('ready');
    expect(contract.json.receipts.usage_receipt_id).toBe(usage.json.receipt_id);

    // The signing secret appears in the creation answer only.
    for (const path of [`/status/${token}`, `/tasks/${token}/ledger`, `/tasks/${token}/result-contract`, `/tasks/${token}/callback-payload`]) {
      expect((await host.get(path)).text).not.toContain(created.json.callback_signing_secret);
    }
    expect(host.schemaFailures).toEqual([]);
    expect(host.validatedResponses).toBeGreaterThan(40);
  });

  it('closes a run without callback_url straight from receipt_issued', async () => {
    host = new TestHost();
    const { token } = await host.createRun();
    const closed = await host.advanceUntil(token, (r) => r.state === 'closed');
    expect(closed.json.callback_status).toBe('not_required');
    expect(closed.json.closed_at).toBe(closed.json.updated_at);
    const ledger = await host.ledger(token);
    expect(eventTypes(ledger).slice(-2)).toEqual(['usage_receipt_issued', 'run_closed']);
    expect((await host.get(`/tasks/${token}/callback-payload`)).status).toBe(200);
    expect(host.schemaFailures).toEqual([]);
  });

  it('follows the script: partial evidence, outputs, metered units above the reservation not billed', async () => {
    host = new TestHost();
    const { token, funding } = await host.createRun({ script: { evidence_status: 'partial', result_package: { rows: 3 }, metered_units: 1000, step_duration_ms: 500 } });
    await host.advance(500);
    await host.advance(500);
    expect((await host.status(token)).json.canonical_lifecycle_state).toBe('evidence_partial');
    const closed = await host.advanceUntil(token, (r) => r.state === 'closed', 500);
    expect(closed.json.metered_units).toBe(1000);
    expect(closed.json.credits_debited).toBe(funding.creditsQuoted);
    expect((await host.get(`/tasks/${token}/result`)).json.outputs).toEqual({ rows: 3 });
    expect((await host.get(`/tasks/${token}/attestation`)).json.result_status).toBe('partial');
    expect((await host.get(`/tasks/${token}/callback-payload`)).json.event_type).toBe('task_result_partial');
    expect(host.schemaFailures).toEqual([]);
  });

  it('structured output: retries within maxValidationRetries succeed, beyond them the run fails with the subtype', async () => {
    host = new TestHost();
    const withinBound = await host.createRun({ script: { structured_output: { invalid_attempts: 2 } } });
    const beyondBound = await host.createRun({ script: { structured_output: { invalid_attempts: 3 } } });
    await host.advanceUntil(withinBound.token, (r) => r.state === 'closed');
    const failed = await host.advanceUntil(beyondBound.token, (r) => r.state === 'failed');

    expect((await host.get(`/tasks/${withinBound.token}/result`)).json.agent_task_result.subtype).toBe('success');
    const failedResult = await host.get(`/tasks/${beyondBound.token}/result`);
    expect(failedResult.json.agent_task_result.subtype).toBe('error_max_structured_output_retries');
    expect(validate('lime-agent-task-result', failedResult.json.agent_task_result).ok).toBe(true);
    const contract = await host.get(`/tasks/${beyondBound.token}/result-contract`);
    expect(contract.json).toMatchObject({ lifecycle_state: 'failed', result_status: 'failed', machine_result: { result_subtype: 'error_max_structured_output_retries' } });
    expect(failed.json.closed_at).toBeDefined();
    const ledger = await host.ledger(beyondBound.token);
    expect(eventTypes(ledger)).not.toContain('result_package_ready');
    expect(eventTypes(ledger).at(-1)).toBe('run_failed');
    expect(verifyLedgerChain(ledger.json.state_history)).toEqual([]);
    expect(host.schemaFailures).toEqual([]);
  });

  it('publishes the runtime contract and a stable discovery document', async () => {
    host = new TestHost();
    const first = await host.request('GET', '/capabilities', { key: null });
    const second = await host.request('GET', '/capabilities', { key: null });
    expect(second.text).toBe(first.text);
    const contract = first.json.agent_runtime.contract;
    expect(validate('app-runtime', contract).ok).toBe(true);
    expect(contract.agentRuntime.bridge.events.allowUiSynthesis).toBe(false);
    expect(contract.agentTask.structuredOutput).toMatchObject({ maxValidationRetries: 2, failureSubtype: 'error_max_structured_output_retries' });
    expect(first.json.seams).toMatchObject({ supported: true, test_clock: { supported: true } });
    expect(host.schemaFailures).toEqual([]);
  });
});
