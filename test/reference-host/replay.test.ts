import { afterEach, describe, expect, it } from 'vitest';
import { jcs } from '../../src/jcs.js';
import { verifyLedgerChain } from '../../src/protocol/ledger.js';
import { eventTypes, TestHost } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

/** A run that failed at `step` (paused with a ticket); returns its token and open ticket. */
async function pausedRun(script: Record<string, unknown>) {
  host = new TestHost();
  const { token, funding } = await host.createRun({ script });
  const paused = await host.advanceUntil(token, (r) => r.state === 'paused');
  const tickets = await host.get(`/tasks/${token}/exceptions`);
  return { token, funding, paused, ticket: tickets.json.items.at(-1) };
}

describe('exceptions, recovery and replay', () => {
  it('replays a failed tool execution on the same run, without rerunning completed steps, debiting only the delta', async () => {
    const { token, paused, ticket } = await pausedRun({ fail_at: 'tool_execution', units_before_failure: 2, metered_units: 5, side_effects: 'recorded' });
    expect(paused.json).toMatchObject({ canonical_lifecycle_state: 'exception_open', credits_debited: 2, exception_id: ticket.exception_id });
    expect(ticket).toMatchObject({ exception_type: 'tool_execution_pause', severity: 'high', status: 'open', safe_to_replay: true });

    // Replay is refused until a package exists.
    const early = await host.post(`/tasks/${token}/replay`, { object_type: 'agent_replay_request', replay_package_id: 'rp_none' });
    expect(early.json.type).toBe('urn:agent-task:problem:replay-not-allowed');
    expect((await host.get(`/tasks/${token}/replay-package`)).status).toBe(409);

    const recovered = await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' });
    expect(recovered.status).toBe(200);
    expect(recovered.json.status).toBe('replay_ready');
    expect((await host.status(token)).json.canonical_lifecycle_state).toBe('replay_ready');
    const pkg = (await host.get(`/tasks/${token}/replay-package`)).json;
    expect(pkg).toMatchObject({
      exception_id: ticket.exception_id,
      completed_steps: ['evidence_review'],
      checkpoint: { step: 'evidence_review' },
      safe_to_replay: true,
      unsafe_reasons: [],
      credit_debit_policy: 'meter_delta_only',
      credits_debited_so_far: 2,
    });
    const before = (await host.ledger(token)).json.state_history;
    expect(before.slice(-2).map((e: { event_type: string }) => e.event_type)).toEqual(['recovery_requested', 'replay_package_ready']);

    const replayRequest = { object_type: 'agent_replay_request', replay_package_id: pkg.replay_package_id };
    const replay = await host.post(`/tasks/${token}/replay`, replayRequest, { idem: 'replay-1' });
    expect(replay.status).toBe(202);
    expect(replay.json).toMatchObject({ agent_task_run_id: paused.json.agent_task_run_id, status_token: token, state: 'queued', replay_count: 1 });
    const again = await host.post(`/tasks/${token}/replay`, replayRequest, { idem: 'replay-1' });
    expect(again.status).toBe(202);
    expect(again.text).toBe(replay.text);
    expect((await host.ledger(token)).json.state_history).toHaveLength(before.length + 1);

    const closed = await host.advanceUntil(token, (r) => r.state === 'closed');
    expect(closed.json).toMatchObject({ credits_debited: 5, metered_units: 5, replay_count: 1 });
    const after = (await host.ledger(token)).json.state_history;
    expect(after.slice(0, before.length).map((e: unknown) => jcs(e))).toEqual(before.map((e: unknown) => jcs(e)));
    expect(verifyLedgerChain(after)).toEqual([]);
    const replayed = after.slice(before.length).map((e: { event_type: string }) => e.event_type);
    expect(replayed).not.toContain('evidence_review_started');
    expect(replayed.slice(0, 3)).toEqual(['replay_started', 'lifecycle_state_changed', 'tool_execution_started']);
    const debits = after.filter((e: { event_type: string }) => e.event_type === 'credits_debited').map((e: { credit_delta: number }) => e.credit_delta);
    expect(debits).toEqual([2, 3]);
    const usage = await host.get(new URL(closed.json.usage_receipt_url).pathname.replace('/api/agents', ''));
    expect(usage.json.credits_debited).toBe(5);
    expect((await host.get(`/tasks/${token}/exceptions`)).json.items[0].status).toBe('resolved');
    expect(host.schemaFailures).toEqual([]);
  });

  it('opens an evidence gap for insufficient evidence and reruns the review after add_evidence', async () => {
    const { token, ticket } = await pausedRun({ evidence_status: 'insufficient', missing_items: ['invoice'] });
    expect(ticket).toMatchObject({ exception_type: 'evidence_gap', evidence_status: 'insufficient', missing_items: ['invoice'] });
    await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'add_evidence', new_evidence_items: ['invoice.pdf'] });
    const pkg = (await host.get(`/tasks/${token}/replay-package`)).json;
    expect(pkg).toMatchObject({ completed_steps: [], checkpoint: { step: null } });
    const command = await host.post(`/tasks/${token}/commands`, { action: 'replay_from_checkpoint' });
    expect(command.status).toBe(201);
    const closed = await host.advanceUntil(token, (r) => r.state === 'closed');
    expect(closed.json.evidence_status).toBe('sufficient');
    const types = eventTypes(await host.ledger(token));
    expect(types.filter((t) => t === 'evidence_review_started')).toHaveLength(2);
  });

  it('replays a failure at result_packaged by passing through the completed steps', async () => {
    const { token, ticket } = await pausedRun({ fail_at: 'result_packaged', metered_units: 4 });
    const attestation = (await host.get(`/tasks/${token}/attestation`)).text;
    await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' });
    const pkg = (await host.get(`/tasks/${token}/replay-package`)).json;
    expect(pkg.completed_steps).toEqual(['evidence_review', 'tool_execution']);
    await host.post(`/tasks/${token}/replay`, { object_type: 'agent_replay_request', replay_package_id: pkg.replay_package_id });
    await host.advanceUntil(token, (r) => r.state === 'closed');
    const types = eventTypes(await host.ledger(token));
    expect(types.filter((t) => t === 'tool_execution_started' || t === 'result_package_ready')).toHaveLength(2);
    expect((await host.get(`/tasks/${token}/attestation`)).text).toBe(attestation);
  });

  it('refuses unsafe, running and closed replays and changes nothing', async () => {
    const { token, ticket } = await pausedRun({ fail_at: 'tool_execution', side_effects: 'unrecorded' });
    await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' });
    const pkg = (await host.get(`/tasks/${token}/replay-package`)).json;
    expect(pkg).toMatchObject({ safe_to_replay: false });
    expect(pkg.unsafe_reasons.length).toBeGreaterThan(0);
    const ledgerBefore = (await host.ledger(token)).text;
    const unsafe = await host.post(`/tasks/${token}/replay`, { object_type: 'agent_replay_request', replay_package_id: pkg.replay_package_id });
    expect(unsafe.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:replay-unsafe' });
    expect((await host.ledger(token)).text).toBe(ledgerBefore);

    // close_exception ends the run failed and releases its reservation; a replay is then refused.
    const close = await host.post(`/tasks/${token}/commands`, { action: 'close_exception' });
    expect(close.status).toBe(201);
    const failed = await host.status(token);
    expect(failed.json).toMatchObject({ state: 'failed', canonical_lifecycle_state: 'failed' });
    const entitlement = await host.get(`/entitlements/${failed.json.credit_entitlement_id}`);
    expect(entitlement.json.credits_reserved).toBe(0);
    const closedReplay = await host.post(`/tasks/${token}/replay`, { object_type: 'agent_replay_request', replay_package_id: pkg.replay_package_id });
    expect(closedReplay.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:replay-not-allowed' });

    const running = await host.createRun();
    const runningReplay = await host.post(`/tasks/${running.token}/replay`, { object_type: 'agent_replay_request', replay_package_id: pkg.replay_package_id });
    expect(runningReplay.json.type).toBe('urn:agent-task:problem:replay-not-allowed');
    expect(host.schemaFailures).toEqual([]);
  });

  it('refuses recovery of an unknown ticket and of a ticket already recovering', async () => {
    const { token, ticket } = await pausedRun({ fail_at: 'evidence_review' });
    const unknown = await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: 'ex_unknown', recovery_action: 'retry_step' });
    expect(unknown.status).toBe(404);
    await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' });
    const twice = await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' });
    expect(twice.json).toMatchObject({ status: 409, type: 'urn:agent-task:problem:invalid-state', current_state: 'replay_ready' });
  });
});
