import { randomUUID } from 'node:crypto';
import type { TestScript } from '../generated/types.js';
import { HarnessError, scenario } from '../src/harness/index.js';

const STALLS: readonly NonNullable<TestScript['stall_at']>[] = ['queued', 'evidence_review', 'tool_execution'];

scenario(
  {
    id: 'queue-advance',
    title: 'An advance_queue command makes a run stalled past the stuck threshold progress again, through to closed',
    rules: ['QUEUE-ADVANCE'],
    requires: ['queue_monitor', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const thresholdMs = t.caps.queue_monitor.stuck_threshold_ms;
    const intervalMs = t.caps.queue_monitor.heartbeat_interval_ms;
    // host-capabilities requires both once queue_monitor is supported, and discovery validated the document.
    if (thresholdMs === undefined || intervalMs === undefined) throw new HarnessError('a validated capabilities document lacks queue_monitor parameters');
    for (const stallAt of STALLS) {
      const run = await t.flows.createRun({ script: { stall_at: stallAt }, callback: false });
      await t.flows.advanceUntil(run.token, (r) => r.state === stallAt, { stepMs: 1000, maxSteps: 30 });
      await t.clock.advance(thresholdMs + intervalMs);
      const stalled = (await t.api.ledger(run.token)).body;
      t.ensure('SEAMS-SCRIPT-HONOURED', `the run ${run.token} scripted to stall in ${stallAt} is still there past the stuck threshold`, stalled.state === stallAt, {
        expected: `"${stallAt}"`,
        observed: stalled.state,
      });

      const command = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(run.token)}/commands`, {
        body: { action: 'advance_queue', reason: `conformance: clear the stall in ${stallAt}` },
        idempotencyKey: randomUUID(),
      });
      t.assertStatus('QUEUE-ADVANCE', command, 201);
      const rested = await t.flows.runToRest(run.token);
      t.assertEqual('QUEUE-ADVANCE', `run stalled in ${stallAt}: state after advance_queue and host time`, rested.state, 'closed');
      const moved = (rested.state_history ?? []).slice((stalled.state_history ?? []).length).filter((e) => e.to_state !== e.from_state);
      t.assertTrue('QUEUE-ADVANCE', `run stalled in ${stallAt}: state changes recorded after the command`, moved.length > 0 && moved[0]!.from_state === stallAt, {
        expected: `state changes starting from ${stallAt}`,
        observed: moved.map((e) => `${e.event_type}: ${String(e.from_state)} -> ${e.to_state}`),
      });
    }
  },
);
