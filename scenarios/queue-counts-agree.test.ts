import { scenario } from '../src/harness/index.js';
import { definedCounts, expectedCounts, lastProgressMs } from '../src/harness/checks/queue-counts.js';
import type { RunFacts } from '../src/harness/checks/queue-counts.js';
import { pausedRun, recoverRun } from '../src/harness/checks/recovery.js';

scenario(
  {
    id: 'queue-counts-agree',
    title: "The queue monitor's counts agree with the tenant's runs: closed counted processed, stuck counted stuck, each run in one column",
    rules: ['QUEUE-COUNTS-AGREE'],
    requires: ['queue_monitor', 'replay', 'callbacks', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const thresholdMs = t.caps.queue_monitor.stuck_threshold_ms;
    const intervalMs = t.caps.queue_monitor.heartbeat_interval_ms;
    if (thresholdMs === undefined || intervalMs === undefined) return t.blocked('queue_monitor parameters are not advertised');

    // Runs in different places of the lifecycle, all in this scenario's tenant.
    const exception = await pausedRun(t, { fail_at: 'tool_execution' });
    if (!exception.ok) return t.blocked(exception.reason);
    const replayPaused = await pausedRun(t, { fail_at: 'tool_execution' });
    if (!replayPaused.ok) return t.blocked(replayPaused.reason);
    const replayReady = await recoverRun(t, replayPaused.value);
    if (!replayReady.ok) return t.blocked(replayReady.reason);
    const closed = await t.flows.createRun({ callback: [] });
    const stuck = await t.flows.createRun({ script: { stall_at: 'tool_execution' }, callback: false });
    const retrying = await t.flows.createRun({ callback: Array.from({ length: 50 }, () => ({ status: 500 })) });
    await t.flows.advanceUntil(closed.token, (run) => run.state === 'closed', { stepMs: 1000, maxSteps: 60 });
    await t.flows.advanceUntil(retrying.token, (run) => run.callback_status === 'retrying', { stepMs: 1000, maxSteps: 60 });
    await t.clock.advance(thresholdMs + intervalMs + 1000);
    // Created last and never advanced: funded, not yet queued.
    const accepted = await t.flows.createRun({ callback: false });

    const tokens = [exception.value.run.token, replayReady.value.run.token, closed.token, stuck.token, retrying.token, accepted.token];
    const alerts = (await t.api.alerts()).body.items;
    const facts: RunFacts[] = [];
    for (const token of tokens) {
      const run = (await t.api.ledger(token)).body;
      const sinceMs = lastProgressMs(run.state_history ?? []);
      const alerted = alerts.some((alert) => alert.task_token === token && Date.parse(alert.created_at) >= sinceMs);
      const callbackAttempts = run.callback_status === 'not_required' ? 0 : (await t.api.callbackAttempts(token)).body.attempts.length;
      facts.push({ run, stuck: alerted, callbackAttempts });
    }
    const stuckFacts = facts[3]!;
    if (!stuckFacts.stuck) return t.blocked('the stalled run got no stuck alert past the threshold, so the stuck count cannot be checked');
    if (facts[2]!.run.state !== 'closed') return t.blocked(`the run meant to close is ${facts[2]!.run.state}`);

    const monitor = (await t.api.queueMonitor()).body;
    const expected = expectedCounts(facts, 0);
    t.assertEqual('QUEUE-COUNTS-AGREE', 'monitor counts against the runs\' own records (SPEC.md §10.1)', definedCounts(monitor.counts), expected);
    t.assertTrue('QUEUE-COUNTS-AGREE', 'the stuck run is counted stuck and the closed run processed', monitor.counts.stuck >= 1 && monitor.counts.processed >= 1, {
      expected: 'stuck >= 1 and processed >= 1',
      observed: { stuck: monitor.counts.stuck, processed: monitor.counts.processed },
    });
  },
);
