import { closedIfOffered } from '../src/harness/checks/close-exception.js';
import { HarnessError, scenario } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';
import { definedCounts, expectedCounts, lastProgressMs } from '../src/harness/checks/queue-counts.js';
import { isRunnerState } from '../src/protocol/index.js';
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
    // host-capabilities requires both once queue_monitor is supported, and discovery validated the document.
    if (thresholdMs === undefined || intervalMs === undefined) throw new HarnessError('a validated capabilities document lacks queue_monitor parameters');

    // Runs in different places of the lifecycle, all in this scenario's tenant.
    const exception = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    const replayReady = t.need(await recoverRun(t, t.need(await pausedRun(t, { fail_at: 'tool_execution' }))));
    const closed = await t.flows.createRun({ callback: [] });
    const closedQuietly = await t.flows.createRun({ callback: false });
    const gone = await t.flows.createRun({ callback: [{ status: 410 }] });
    // Runs that end failed: an exception closed by command, and (with a runtime) a structured output that never validates.
    const toFail = t.need(await pausedRun(t, { fail_at: 'tool_execution', units_before_failure: 1 }));
    // A host that declines close_exception (a SHOULD) keeps this run paused: it is counted as such.
    const toFailClosed = await closedIfOffered(t, toFail.run.token);
    const structuredScript = { structured_output: { invalid_attempts: 11 } };
    const structured = t.caps.agent_runtime.supported
      ? [await t.flows.createRun({ script: structuredScript, callback: false })]
      : [];
    const toReplay = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    const replayable = t.need(await recoverRun(t, toReplay));
    await t.api.replay(toReplay.run.token, replayRequest(replayable.replayPackage));
    const stuck = await t.flows.createRun({ script: { stall_at: 'tool_execution' }, callback: false });
    // A callback still retrying when the counts are read. Made to retry across the long advance below when the
    // advertised delays outlast it; under a shorter schedule it would be exhausted by then, resting in
    // callback_ready with a callback_delivery_failed alert (SPEC §8.7), a run §10.2 calls not stuck, so it is
    // brought to its first failed attempt after the advance instead.
    const stallMs = thresholdMs + intervalMs + 1000;
    const scheduleMs = t.caps.callbacks.retry_schedule_ms ?? [];
    const retryingAnswers = Array.from({ length: 50 }, () => ({ status: 500 }));
    const toRetry = async (token: string) => t.flows.advanceUntil(token, (run) => run.callback_status === 'retrying', { stepMs: 1000, maxSteps: 60 });
    const early = scheduleMs.slice(1).reduce((sum, ms) => sum + ms, 0) > stallMs + 1000 ? await t.flows.createRun({ callback: retryingAnswers }) : undefined;
    await t.flows.advanceUntil(closed.token, (run) => run.state === 'closed', { stepMs: 1000, maxSteps: 60 });
    if (early !== undefined) await toRetry(early.token);
    await t.clock.advance(stallMs);
    const retrying = early ?? (await t.flows.createRun({ callback: retryingAnswers }));
    if (early === undefined) await toRetry(retrying.token);
    // Created last and never advanced: funded, not yet queued.
    const accepted = await t.flows.createRun({ callback: false });

    // Each run meant to end, with the rule that makes it end as meant.
    const ending: readonly { token: string; state: string; rule: RuleId; why: string }[] = [
      { token: closedQuietly.token, state: 'closed', rule: 'LIFECYCLE-HAPPY-PATH', why: 'the default run without a callback' },
      { token: toReplay.run.token, state: 'closed', rule: 'SEAMS-SCRIPT-HONOURED', why: 'the run scripted {"fail_at":"tool_execution"}, replayed after its failure' },
      ...(toFailClosed ? [{ token: toFail.run.token, state: 'failed', rule: 'QUEUE-COMMAND-STATES' as const, why: 'the paused run whose close_exception was accepted' }] : []),
      ...structured.map((run) => ({ token: run.token, state: 'failed', rule: 'SEAMS-SCRIPT-HONOURED' as const, why: `the run scripted ${JSON.stringify(structuredScript)}` })),
    ];
    const tokens = [exception.run.token, replayReady.run.token, closed.token, stuck.token, retrying.token, accepted.token, gone.token, ...ending.map((e) => e.token), ...(toFailClosed ? [] : [toFail.run.token])];
    const alerts = (await t.api.alerts()).body.items;
    const facts: RunFacts[] = [];
    for (const token of tokens) {
      const run = (await t.api.ledger(token)).body;
      const sinceMs = lastProgressMs(run.state_history ?? []);
      const alerted = alerts.some((alert) => alert.task_token === token && Date.parse(alert.created_at) >= sinceMs);
      const callbackAttempts = run.callback_status === 'not_required' ? 0 : (await t.api.callbackAttempts(token)).body.attempts.length;
      facts.push({ run, stuck: alerted && isRunnerState(run.state), callbackAttempts });
    }
    // The clock went past the stuck threshold plus a heartbeat interval after the stalled run reached tool execution
    // (a retrying run created before it had reached callback_ready by then).
    const stuckFacts = facts[3]!;
    t.ensure('SEAMS-SCRIPT-HONOURED', `the run ${stuck.token} scripted to stall in tool_execution is still there`, stuckFacts.run.state === 'tool_execution', {
      expected: '"tool_execution"',
      observed: stuckFacts.run.state,
    });
    t.ensure('QUEUE-STUCK-ALERT', `the run ${stuck.token} stalled past the stuck threshold and a heartbeat interval has a stuck alert`, stuckFacts.stuck, {
      expected: 'an alert raised since its last progress',
      observed: alerts.filter((alert) => alert.task_token === stuck.token),
    });
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${closed.token} comes to rest closed`, facts[2]!.run.state === 'closed', {
      expected: '"closed"',
      observed: { state: facts[2]!.run.state, callback_status: facts[2]!.run.callback_status },
    });
    for (const [i, { token, state, rule, why }] of ending.entries()) {
      const reached = facts[7 + i]!.run;
      t.ensure(rule, `${why} (${token}) ends ${state}`, reached.state === state, {
        expected: `"${state}"`,
        observed: { state: reached.state, canonical_lifecycle_state: reached.canonical_lifecycle_state },
      });
    }
    const goneRun = facts[6]!.run;
    const goneAttempts = gone.mailbox?.deliveries().length ?? 0;
    // A first attempt that never came is the happy path's step missing; one answered 410 must stop delivery.
    t.ensure(goneAttempts > 0 ? 'CALLBACK-410-STOPS' : 'LIFECYCLE-HAPPY-PATH', `the run ${gone.token} whose first callback attempt was answered 410 has callback_status failed`, goneRun.callback_status === 'failed', {
      expected: '"failed" after an attempt answered 410',
      observed: { callback_status: goneRun.callback_status, attempts: goneAttempts },
    });

    const monitor = (await t.api.queueMonitor()).body;
    const expected = expectedCounts(facts, 0);
    t.assertEqual('QUEUE-COUNTS-AGREE', 'monitor counts against the runs\' own records (SPEC.md §10.1)', definedCounts(monitor.counts), expected);
    t.assertTrue('QUEUE-COUNTS-AGREE', 'the stuck run is counted stuck and the closed run processed', monitor.counts.stuck >= 1 && monitor.counts.processed >= 1, {
      expected: 'stuck >= 1 and processed >= 1',
      observed: { stuck: monitor.counts.stuck, processed: monitor.counts.processed },
    });
  },
);
