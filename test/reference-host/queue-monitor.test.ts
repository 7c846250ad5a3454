import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../reference-host/scheduler.js';
import { eventTypes, TestHost } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

const THRESHOLD_MS = 900_000;

describe('queue monitor', () => {
  it('pulses every heartbeat interval of host time', async () => {
    host = new TestHost();
    const first = (await host.get('/queue/monitor')).json.heartbeat;
    expect(first).toMatchObject({ last_runner_pulse_at: '2026-06-02T10:00:00.000Z', heartbeat_interval_ms: 10_000, on_time: true });
    await host.advance(25_000);
    const later = (await host.get('/queue/monitor')).json.heartbeat;
    expect(later.last_runner_pulse_at).toBe('2026-06-02T10:00:20.000Z');
    expect(later.next_runner_pulse_at).toBe('2026-06-02T10:00:30.000Z');
    expect(later.on_time).toBe(true);
  });

  it('alerts a stalled run exactly at the threshold, once, counts it stuck, and advance_queue moves it on', async () => {
    host = new TestHost();
    const { token } = await host.createRun({ script: { stall_at: 'queued' } });
    await host.advance(THRESHOLD_MS - 1);
    expect((await host.get('/queue/alerts')).json.items).toEqual([]);
    expect((await host.get('/queue/monitor')).json.counts.stuck).toBe(0);
    await host.advance(1);
    const alerts = (await host.get('/queue/alerts')).json.items;
    expect(alerts).toMatchObject([{ task_token: token, stuck_reason: 'queue_heartbeat_missed', current_lifecycle_state: 'queued', duration_minutes: 15 }]);
    expect(Date.parse(alerts[0].created_at) - Date.parse('2026-06-02T10:00:00.000Z')).toBe(THRESHOLD_MS);
    expect((await host.get('/queue/monitor')).json.counts).toMatchObject({ stuck: 1, queued: 1, accepted: 1 });
    await host.advance(THRESHOLD_MS * 3);
    expect((await host.get('/queue/alerts')).json.items).toHaveLength(1);
    expect((await host.status(token)).json.state).toBe('queued');

    const command = await host.post(`/tasks/${token}/commands`, { action: 'advance_queue', requested_by: 'ops' });
    expect(command.status).toBe(201);
    expect(command.json).toMatchObject({ action: 'advance_queue', status: 'completed', outcome: { advanced: true }, requested_by: 'ops' });
    await host.advanceUntil(token, (r) => r.state === 'closed');
    const monitor = (await host.get('/queue/monitor')).json.counts;
    expect(monitor).toMatchObject({ stuck: 0, closed: 1, processed: 1, advanced: 1 });
    const types = eventTypes(await host.ledger(token));
    expect(types).toContain('stuck_alert_raised');
    expect(types).toContain('retry_command_accepted');
    expect(host.schemaFailures).toEqual([]);
  });

  it('names runner_error for a run stalled in a working step', async () => {
    host = new TestHost();
    const { token } = await host.createRun({ script: { stall_at: 'tool_execution' } });
    await host.advance(3000 + THRESHOLD_MS);
    const alerts = (await host.get(`/queue/alerts?task_token=${token}`)).json.items;
    expect(alerts).toMatchObject([{ stuck_reason: 'runner_error', current_lifecycle_state: 'operating' }]);
    const ledger = await host.ledger(token);
    const raised = ledger.json.state_history.find((e: { event_type: string }) => e.event_type === 'stuck_alert_raised');
    expect(raised.links.stuck_task_alert_url).toContain(alerts[0].alert_id);
  });

  it('does not alert runs that keep moving or rest in callback retries', async () => {
    host = new TestHost();
    const { token } = await host.createRun({ script: { step_duration_ms: 600_000 } });
    await host.advance(6 * 600_000);
    expect((await host.status(token)).json.state).toBe('closed');
    expect((await host.get('/queue/alerts')).json.items).toEqual([]);
  });

  it('refuses commands outside their allowed states with 409 and changes nothing', async () => {
    host = new TestHost();
    const { token } = await host.createRun();
    await host.advanceUntil(token, (r) => r.state === 'closed');
    const before = (await host.ledger(token)).text;
    for (const action of ['advance_queue', 'close_exception', 'replay_from_checkpoint', 'retry_callback']) {
      const refused = await host.post(`/tasks/${token}/commands`, { action });
      expect(refused.status).toBe(409);
      expect(refused.json).toMatchObject({ type: 'urn:agent-task:problem:invalid-state', current_state: 'closed' });
      expect(refused.json.allowed_from_states.length).toBeGreaterThan(0);
    }
    expect((await host.ledger(token)).text).toBe(before);
    expect(host.schemaFailures).toEqual([]);
  });

  it('keeps one stuck check per run instead of scheduling one per event', async () => {
    const at = vi.spyOn(Scheduler.prototype, 'at');
    try {
      host = new TestHost();
      const { token } = await host.createRun({ script: { step_duration_ms: 1000 } });
      await host.advanceUntil(token, (r) => r.state === 'closed');
      const events = eventTypes(await host.ledger(token));
      expect(events.length).toBeGreaterThan(8);
      const stuckChecks = at.mock.calls.filter(([, label]) => label.startsWith('stuck check '));
      expect(stuckChecks).toHaveLength(1);
    } finally {
      at.mockRestore();
    }
  });

  it('re-arms a check that comes due after further progress, and alerts one threshold after the last progress', async () => {
    host = new TestHost();
    // Steps of 10 minutes: the check armed at creation comes due three times after progress before the stall.
    const { token } = await host.createRun({ script: { step_duration_ms: 600_000, stall_at: 'tool_execution' } });
    await host.advance(1_800_000);
    const history = (await host.ledger(token)).json.state_history as Array<{ event_type: string; occurred_at: string }>;
    expect(history.at(-1)).toMatchObject({ event_type: 'tool_execution_started', occurred_at: '2026-06-02T10:30:00.000Z' });
    await host.advance(THRESHOLD_MS - 1);
    expect((await host.get('/queue/alerts')).json.items).toEqual([]);
    await host.advance(1);
    const alerts = (await host.get('/queue/alerts')).json.items;
    expect(alerts).toMatchObject([{ task_token: token, stuck_reason: 'runner_error', duration_minutes: 15, created_at: '2026-06-02T10:45:00.000Z' }]);
    await host.advance(THRESHOLD_MS * 2);
    expect((await host.get('/queue/alerts')).json.items).toHaveLength(1);
  });

  it('runs a re-armed check where a check scheduled at the last progress would: before a step due at the same time', async () => {
    // Steps of exactly the threshold: each boundary finds the run without progress for the threshold, and
    // the check (scheduled with that progress) runs before the step scheduled after it.
    host = new TestHost();
    const exact = await host.createRun({ script: { step_duration_ms: THRESHOLD_MS } });
    await host.advanceUntil(exact.token, (r) => r.state === 'closed', THRESHOLD_MS);
    const types = eventTypes(await host.ledger(exact.token));
    expect(types.filter((t) => t === 'stuck_alert_raised')).toHaveLength(6);
    expect(types.slice(3, 5)).toEqual(['stuck_alert_raised', 'evidence_review_started']);
    await host.close();

    host = new TestHost();
    const shorter = await host.createRun({ script: { step_duration_ms: THRESHOLD_MS - 1 } });
    await host.advanceUntil(shorter.token, (r) => r.state === 'closed', THRESHOLD_MS);
    expect(eventTypes(await host.ledger(shorter.token))).not.toContain('stuck_alert_raised');
  });

  it('counts runs of the asking tenant only', async () => {
    host = new TestHost();
    await host.createRun();
    const other = host.host.createTenant();
    const monitor = await host.get('/queue/monitor', { key: other.apiKey });
    expect(monitor.json.counts.accepted).toBe(0);
  });
});
