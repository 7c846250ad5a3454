import { HarnessError, scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'queue-heartbeat-moves',
    title: 'The runner pulse moves with host time, at least once per advertised heartbeat interval',
    rules: ['QUEUE-HEARTBEAT-MOVES'],
    requires: ['queue_monitor', 'seams.test_clock'],
  },
  async (t) => {
    const intervalMs = t.caps.queue_monitor.heartbeat_interval_ms;
    // host-capabilities requires it once queue_monitor is supported, and discovery validated the document.
    if (intervalMs === undefined) throw new HarnessError('a validated capabilities document lacks queue_monitor.heartbeat_interval_ms');
    // Steps of one interval, of several intervals, and of less than one.
    const steps = [0, intervalMs, 3 * intervalMs + 1234, Math.max(1, Math.floor(intervalMs / 2)), 50 * intervalMs + 7];
    let previousMs = Number.NEGATIVE_INFINITY;
    for (const [i, stepMs] of steps.entries()) {
      const nowMs = stepMs === 0 ? (await t.clock.now()).now_ms : (await t.clock.advance(stepMs)).now_ms;
      const heartbeat = (await t.api.queueMonitor()).body.heartbeat;
      const lastMs = Date.parse(heartbeat.last_runner_pulse_at ?? '');
      t.assertTrue('QUEUE-HEARTBEAT-MOVES', `read ${i + 1} (host time ${new Date(nowMs).toISOString()}): last pulse within one interval before now`, lastMs <= nowMs && nowMs - lastMs <= intervalMs, {
        expected: `last_runner_pulse_at from ${new Date(nowMs - intervalMs).toISOString()} to ${new Date(nowMs).toISOString()}`,
        observed: heartbeat.last_runner_pulse_at,
      });
      t.assertTrue('QUEUE-HEARTBEAT-MOVES', `read ${i + 1}: pulse never goes back`, lastMs >= previousMs, {
        expected: `at or after ${Number.isFinite(previousMs) ? new Date(previousMs).toISOString() : 'the start'}`,
        observed: heartbeat.last_runner_pulse_at,
      });
      if (stepMs >= intervalMs) {
        t.assertTrue('QUEUE-HEARTBEAT-MOVES', `read ${i + 1}: pulse moved during an advance of ${stepMs} ms`, lastMs > previousMs, {
          expected: `later than ${new Date(previousMs).toISOString()}`,
          observed: heartbeat.last_runner_pulse_at,
        });
      }
      t.assertEqual('QUEUE-HEARTBEAT-MOVES', `read ${i + 1}: heartbeat on_time`, heartbeat.on_time, true);
      previousMs = lastMs;
    }
  },
);
