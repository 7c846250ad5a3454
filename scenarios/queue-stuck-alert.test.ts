import type { TestScript } from '../generated/types.js';
import { HarnessError, scenario } from '../src/harness/index.js';
import { advanceTo } from '../src/harness/checks/callback-steps.js';
import { lastProgressMs } from '../src/harness/checks/queue-counts.js';

const CASES: readonly { stallAt: NonNullable<TestScript['stall_at']>; canonical: string; reason: string }[] = [
  { stallAt: 'tool_execution', canonical: 'operating', reason: 'runner_error' },
  { stallAt: 'queued', canonical: 'queued', reason: 'queue_heartbeat_missed' },
];

scenario(
  {
    id: 'queue-stuck-alert',
    title: 'A run without progress gets one stuck-task alert naming its token, state and reason once the advertised threshold has passed, none before',
    rules: ['QUEUE-STUCK-ALERT'],
    requires: ['queue_monitor', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const thresholdMs = t.caps.queue_monitor.stuck_threshold_ms;
    const intervalMs = t.caps.queue_monitor.heartbeat_interval_ms;
    // host-capabilities requires both once queue_monitor is supported, and discovery validated the document.
    if (thresholdMs === undefined || intervalMs === undefined) throw new HarnessError('a validated capabilities document lacks queue_monitor parameters');

    for (const { stallAt, canonical, reason } of CASES) {
      const run = await t.flows.createRun({ script: { stall_at: stallAt }, callback: false });
      const held = await t.flows.advanceUntil(run.token, (r) => r.state === stallAt, { stepMs: 1000, maxSteps: 30 });
      // Let the step that would follow pass, so the run is held, not merely between steps.
      await t.clock.advance(5000);
      const stalled = (await t.api.ledger(run.token)).body;
      t.ensure('SEAMS-SCRIPT-HONOURED', `the run ${run.token} scripted to stall in ${stallAt} enters it and stays there`, held.state === stallAt && stalled.state === stallAt, {
        expected: `"${stallAt}" when reached and 5000 ms later`,
        observed: { reached: held.state, later: stalled.state },
      });
      const sinceMs = lastProgressMs(stalled.state_history ?? []);
      const alertsFor = async () => (await t.api.alerts()).body.items.filter((alert) => alert.task_token === run.token);

      const quietMs = await advanceTo(t.clock, sinceMs + thresholdMs - 1);
      t.assertEqual('QUEUE-STUCK-ALERT', `stalled in ${stallAt}: alerts 1 ms before the threshold (host time ${new Date(quietMs).toISOString()})`, await alertsFor(), []);
      const quietEvents = ((await t.api.ledger(run.token)).body.state_history ?? []).filter((e) => e.event_type === 'stuck_alert_raised');
      t.assertEqual('QUEUE-STUCK-ALERT', `stalled in ${stallAt}: stuck_alert_raised events before the threshold`, quietEvents.length, 0);

      // Stuck checks may run on the runner pulse: one heartbeat interval of slack past the threshold.
      await advanceTo(t.clock, sinceMs + thresholdMs + intervalMs);
      const raised = await alertsFor();
      const status = (await t.api.status(run.token)).body;
      t.assertEqual('QUEUE-STUCK-ALERT', `stalled in ${stallAt}: alerts once the threshold has passed`, raised.map((alert) => ({
        task_token: alert.task_token,
        current_lifecycle_state: alert.current_lifecycle_state,
        stuck_reason: alert.stuck_reason,
      })), [{ task_token: run.token, current_lifecycle_state: canonical, stuck_reason: reason }]);
      t.assertEqual('QUEUE-STUCK-ALERT', `stalled in ${stallAt}: the alert's state is the run's canonical state`, raised[0]?.current_lifecycle_state, status.canonical_lifecycle_state);
      const raisedMs = Date.parse(raised[0]?.created_at ?? '');
      t.assertTrue('QUEUE-STUCK-ALERT', `stalled in ${stallAt}: alert raised no earlier than the threshold after the last progress`, raisedMs - sinceMs >= thresholdMs, {
        expected: `created_at at or after ${new Date(sinceMs + thresholdMs).toISOString()}`,
        observed: raised[0]?.created_at,
      });

      // One alert per stall, however long it lasts.
      await t.clock.advance(2 * thresholdMs + intervalMs);
      t.assertEqual('QUEUE-STUCK-ALERT', `stalled in ${stallAt}: alerts after twice the threshold more`, (await alertsFor()).length, 1);
    }
  },
);
