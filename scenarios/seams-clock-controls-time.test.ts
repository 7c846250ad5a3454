import { scenario } from '../src/harness/index.js';

/** Both are times and name the same instant. */
function sameInstant(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && Number.isFinite(Date.parse(a)) && Date.parse(a) === Date.parse(b);
}

scenario(
  {
    id: 'seams-clock-controls-time',
    title: 'Host time stands still between advances, and timestamps and retry times are taken from it',
    rules: ['SEAMS-CLOCK-CONTROLS-TIME'],
    requires: ['seams.test_clock'],
  },
  async (t) => {
    const start = await t.clock.now();
    t.assertEqual('SEAMS-CLOCK-CONTROLS-TIME', 'clock now vs now_ms', Date.parse(start.now), start.now_ms);

    // Documents created without an advance carry the host time, not the machine's.
    const trust = (await t.api.createTrustProfile()).body;
    const quote = (await t.api.quote({ request_type: 'agent_quote_request', requested_tool: t.caps.tools[0], requested_capability: 'clock_check', estimate_basis: { records_count: 1, files_count: 0, needs_callback: false }, trust_profile_id: trust.trust_profile_id })).body;
    const mailboxAnswers = t.caps.callbacks.supported ? { callback: [{ status: 500 }] } : { callback: false as const };
    const { token, created } = await t.flows.createRun(mailboxAnswers);
    const ledger = (await t.api.ledger(token)).body;
    const still = await t.clock.now();
    t.assertEqual('SEAMS-CLOCK-CONTROLS-TIME', 'host time after requests without an advance', still.now_ms, start.now_ms);
    for (const [what, value] of [
      ['trust profile created_at', trust.created_at],
      ['quote created_at', quote.created_at],
      ['run created_at', created.created_at],
      ['run_created event occurred_at', ledger.state_history?.[0]?.occurred_at],
    ] as const) {
      t.assertTrue('SEAMS-CLOCK-CONTROLS-TIME', `${what} is the host time`, sameInstant(value, start.now), { expected: start.now, observed: value });
    }
    const again = (await t.api.ledger(token)).body;
    t.assertEqual('SEAMS-CLOCK-CONTROLS-TIME', 'events recorded while host time stood still', again.state_history?.length, ledger.state_history?.length);

    const advanced = await t.clock.advance(1234);
    t.assertEqual('SEAMS-CLOCK-CONTROLS-TIME', 'now_ms after advancing 1234 ms', advanced.now_ms, start.now_ms + 1234);

    if (t.caps.queue_monitor.supported) {
      // The monitor's observed_at is the host time of the read (SPEC.md §10.1), and its pulses are host-time work.
      const monitor = (await t.api.queueMonitor()).body;
      t.assertTrue('SEAMS-CLOCK-CONTROLS-TIME', 'queue monitor observed_at is the host time of the read', sameInstant(monitor.observed_at, advanced.now), {
        expected: advanced.now,
        observed: monitor.observed_at,
      });
      const pulse = monitor.heartbeat.last_runner_pulse_at;
      t.assertTrue('SEAMS-CLOCK-CONTROLS-TIME', 'queue monitor last_runner_pulse_at is at or before host now', pulse === null || Date.parse(pulse) <= advanced.now_ms, {
        expected: `null (no pulse yet) or at or before ${advanced.now}`,
        observed: monitor.heartbeat.last_runner_pulse_at,
      });
    }

    const run = await t.flows.runToRest(token);
    const end = await t.clock.now();
    const times = (run.state_history ?? []).map((e) => Date.parse(e.occurred_at));
    t.assertTrue('SEAMS-CLOCK-CONTROLS-TIME', 'every event happened between run creation and host now', times.length > 3 && times.every((ms) => ms >= start.now_ms && ms <= end.now_ms), {
      expected: `occurred_at within [${start.now}, ${end.now}]`,
      observed: run.state_history?.map((e) => e.occurred_at),
    });

    if (t.caps.callbacks.supported) {
      // The first attempt failed (500): it and its retry are scheduled on the host clock.
      const attempts = (await t.api.callbackAttempts(token)).body.attempts;
      const first = attempts[0];
      const payloadReady = run.state_history?.find((e) => e.event_type === 'callback_payload_ready');
      t.assertTrue('SEAMS-CLOCK-CONTROLS-TIME', 'first callback attempt time and webhook-timestamp are host time', first !== undefined && sameInstant(first.attempted_at, payloadReady?.occurred_at) && first.webhook_timestamp === Math.floor(Date.parse(first.attempted_at) / 1000), {
        expected: `attempted_at ${String(payloadReady?.occurred_at)}, webhook_timestamp in its seconds`,
        observed: first,
      });
      const second = attempts[1];
      t.assertTrue('SEAMS-CLOCK-CONTROLS-TIME', 'the retry was made at the host time the first attempt scheduled it', second !== undefined && sameInstant(second.attempted_at, first?.next_retry_at ?? undefined), {
        expected: `second attempt at ${String(first?.next_retry_at)}`,
        observed: second,
      });
    }
  },
);
