import { scenario } from '../src/harness/index.js';
import { definedCounts, expectedCounts, STATE_COLUMNS } from '../src/harness/checks/queue-counts.js';

scenario(
  {
    id: 'queue-monitor-document',
    title: "The queue monitor serves the runner pulse, the advertised parameters at host time and counts of the tenant's runs",
    rules: ['QUEUE-MONITOR'],
    requires: ['queue_monitor', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const intervalMs = t.caps.queue_monitor.heartbeat_interval_ms;
    const empty = (await t.api.queueMonitor()).body;
    const nowMs = (await t.clock.now()).now_ms;
    t.assertEqual('QUEUE-MONITOR', 'advertised parameters and host time of the read', {
      heartbeat_interval_ms: empty.heartbeat.heartbeat_interval_ms,
      stuck_threshold_ms: empty.stuck_threshold_ms,
      observed_at: Date.parse(empty.observed_at),
    }, {
      heartbeat_interval_ms: intervalMs,
      stuck_threshold_ms: t.caps.queue_monitor.stuck_threshold_ms,
      observed_at: nowMs,
    });
    const lastMs = Date.parse(empty.heartbeat.last_runner_pulse_at ?? '');
    t.assertTrue('QUEUE-MONITOR', 'last runner pulse: at or before host time, next pulse one interval later', lastMs <= nowMs && Date.parse(empty.heartbeat.next_runner_pulse_at) === lastMs + (intervalMs ?? NaN), {
      expected: `last_runner_pulse_at <= ${new Date(nowMs).toISOString()} and next_runner_pulse_at = last + ${String(intervalMs)} ms`,
      observed: empty.heartbeat,
    });
    t.assertEqual('QUEUE-MONITOR', 'counts of a tenant without runs', definedCounts(empty.counts), expectedCounts([], 0));

    // One run held in tool execution: the monitor must count it, and only it, as operating.
    const run = await t.flows.createRun({ script: { stall_at: 'tool_execution' }, callback: false });
    const held = await t.flows.advanceUntil(run.token, (r) => r.state === 'tool_execution', { stepMs: 1000, maxSteps: 30 });
    t.ensure('SEAMS-SCRIPT-HONOURED', `the run ${run.token} scripted to stall in tool_execution enters it`, held.state === 'tool_execution', {
      expected: '"tool_execution"',
      observed: held.state,
    });
    const counts = (await t.api.queueMonitor()).body.counts;
    const columns = Object.fromEntries(['accepted', ...Object.keys(STATE_COLUMNS)].map((column) => [column, counts[column as keyof typeof counts]]));
    t.assertEqual('QUEUE-MONITOR', 'state columns with one run in tool execution', columns, {
      ...Object.fromEntries(Object.keys(STATE_COLUMNS).map((column) => [column, 0])),
      accepted: 1,
      operating: 1,
    });
  },
);
