import { scenario } from '../src/harness/index.js';
import { definedCounts, expectedCounts, lastProgressMs } from '../src/harness/checks/queue-counts.js';
import type { RunFacts } from '../src/harness/checks/queue-counts.js';
import { pausedRun, recoverRun, replayRequest } from '../src/harness/checks/recovery.js';

scenario(
  {
    id: 'queue-counts-agree',
    title: "The queue monitor's counts agree with the tenant's runs: closed counted processed, stuck counted stuck, each run in one column",
    rules: ['QUEUE-COUNTS-AGREE'],
    requires: ['queue_monitor', 'replay', 'callbacks', 'seams.scripted_runs', 'seams.test_clock'],
    edges: [
      'runs at rest in every terminal state: closed with and without a callback, closed after a replay, failed by close_exception, failed by structured output',
      'a callback given up after a 410 (exception, retry ready)',
      'paused, replay ready, stuck, retrying and not yet queued runs beside them',
    ],
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
    const closedQuietly = await t.flows.createRun({ callback: false });
    const gone = await t.flows.createRun({ callback: [{ status: 410 }] });
    // Runs that end failed: an exception closed by command, and (with a runtime) a structured output that never validates.
    const toFail = await pausedRun(t, { fail_at: 'tool_execution', units_before_failure: 1 });
    if (!toFail.ok) return t.blocked(toFail.reason);
    await t.api.command(toFail.value.run.token, { action: 'close_exception' });
    const structured = t.caps.agent_runtime.supported
      ? [await t.flows.createRun({ script: { structured_output: { invalid_attempts: 11 } }, callback: false })]
      : [];
    const toReplay = await pausedRun(t, { fail_at: 'tool_execution' });
    if (!toReplay.ok) return t.blocked(toReplay.reason);
    const replayable = await recoverRun(t, toReplay.value);
    if (!replayable.ok) return t.blocked(replayable.reason);
    await t.api.replay(toReplay.value.run.token, replayRequest(replayable.value.replayPackage));
    const stuck = await t.flows.createRun({ script: { stall_at: 'tool_execution' }, callback: false });
    const retrying = await t.flows.createRun({ callback: Array.from({ length: 50 }, () => ({ status: 500 })) });
    await t.flows.advanceUntil(closed.token, (run) => run.state === 'closed', { stepMs: 1000, maxSteps: 60 });
    await t.flows.advanceUntil(retrying.token, (run) => run.callback_status === 'retrying', { stepMs: 1000, maxSteps: 60 });
    await t.clock.advance(thresholdMs + intervalMs + 1000);
    // Created last and never advanced: funded, not yet queued.
    const accepted = await t.flows.createRun({ callback: false });

    const ending: readonly { token: string; state: string }[] = [
      { token: closedQuietly.token, state: 'closed' },
      { token: toReplay.value.run.token, state: 'closed' },
      { token: toFail.value.run.token, state: 'failed' },
      ...structured.map((run) => ({ token: run.token, state: 'failed' })),
    ];
    const tokens = [exception.value.run.token, replayReady.value.run.token, closed.token, stuck.token, retrying.token, accepted.token, gone.token, ...ending.map((e) => e.token)];
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
    for (const [i, { state }] of ending.entries()) {
      const reached = facts[7 + i]!.run.state;
      if (reached !== state) return t.blocked(`a run meant to end ${state} is ${reached}`);
    }
    if (facts[6]!.run.callback_status !== 'failed') return t.blocked(`the run whose callback was answered 410 has callback_status ${String(facts[6]!.run.callback_status)}`);

    const monitor = (await t.api.queueMonitor()).body;
    const expected = expectedCounts(facts, 0);
    t.assertEqual('QUEUE-COUNTS-AGREE', 'monitor counts against the runs\' own records (SPEC.md §10.1)', definedCounts(monitor.counts), expected);
    t.assertTrue('QUEUE-COUNTS-AGREE', 'the stuck run is counted stuck and the closed run processed', monitor.counts.stuck >= 1 && monitor.counts.processed >= 1, {
      expected: 'stuck >= 1 and processed >= 1',
      observed: { stuck: monitor.counts.stuck, processed: monitor.counts.processed },
    });
  },
);
