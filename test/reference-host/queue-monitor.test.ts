import { afterEach, describe, expect, it } from 'vitest';
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

  it('counts runs of the asking tenant only', async () => {
    host = new TestHost();
    await host.createRun();
    const other = host.host.createTenant();
    const monitor = await host.get('/queue/monitor', { key: other.apiKey });
    expect(monitor.json.counts.accepted).toBe(0);
  });
});
