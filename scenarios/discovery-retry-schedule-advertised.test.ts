import { missingCapability, scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { members, servedCapabilities } from '../src/harness/checks/served.js';
import { HAPPY_PATH_STATES } from '../src/protocol/index.js';

/** The states of a run that has reached callback_ready. */
const FROM_CALLBACK_READY: ReadonlySet<string> = new Set(HAPPY_PATH_STATES.slice(HAPPY_PATH_STATES.indexOf('callback_ready')));

scenario(
  {
    id: 'discovery-retry-schedule-advertised',
    title: 'A host with callbacks advertises its retry schedule (first delay 0, kept by the first attempt), jitter bound and request timeout',
    rules: ['DISCOVERY-RETRY-SCHEDULE'],
    requires: ['callbacks'],
  },
  async (t) => {
    const { exchange } = await servedCapabilities(t.http);
    t.assertStatus('DISCOVERY-RETRY-SCHEDULE', exchange, 200);
    const callbacks = members(members(exchange.json)['callbacks']);

    const schedule = callbacks['retry_schedule_ms'];
    const delays = Array.isArray(schedule) ? (schedule as unknown[]) : [];
    t.assertTrue('DISCOVERY-RETRY-SCHEDULE', 'callbacks.retry_schedule_ms is a non-empty array', delays.length > 0, {
      expected: 'an array of at least one delay in ms',
      observed: schedule,
    });
    t.assertEqual('DISCOVERY-RETRY-SCHEDULE', 'callbacks.retry_schedule_ms[0] (the first attempt is made at once)', delays[0], 0);
    t.assertTrue(
      'DISCOVERY-RETRY-SCHEDULE',
      'every callbacks.retry_schedule_ms entry is an integer number of ms ≥ 0',
      delays.every((d) => Number.isSafeInteger(d) && (d as number) >= 0),
      { expected: 'integers ≥ 0', observed: delays },
    );

    const jitter = callbacks['jitter_max_ratio'];
    t.assertTrue('DISCOVERY-RETRY-SCHEDULE', 'callbacks.jitter_max_ratio is a number from 0 to 1', typeof jitter === 'number' && jitter >= 0 && jitter <= 1, {
      expected: 'a number in [0, 1]',
      observed: jitter,
    });

    const timeout = callbacks['request_timeout_ms'];
    t.assertTrue('DISCOVERY-RETRY-SCHEDULE', 'callbacks.request_timeout_ms is a positive integer', Number.isSafeInteger(timeout) && (timeout as number) > 0, {
      expected: 'an integer > 0',
      observed: timeout,
    });

    // With a test clock the leading 0 is observable: the first attempt is made in the clock step in which
    // the run reaches callback_ready, not a delay later.
    if (missingCapability(t.caps, 'seams.test_clock') === null) {
      const { run, mailbox } = t.need(await callbackRun(t, () => ({ answers: [] })));
      let beforeStep = 0;
      const stepped = await t.flows.stepThrough(
        run.token,
        async (record) => {
          if (FROM_CALLBACK_READY.has(record.state)) return true;
          beforeStep = mailbox.deliveries().length;
          return false;
        },
        { stepMs: 250, maxSteps: 200 },
      );
      // Phases fall due step_duration_ms (1 s by default) apart (SPEC §13.3): the steps drive the clock far past
      // the callback_ready of a default run.
      t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${run.token} with a callback URL reaches callback_ready`, stepped.end === 'observed', {
        expected: 'callback_ready within 200 steps of 250 ms',
        observed: { end: stepped.end, state: stepped.run.state },
      });
      // Real time may pass for the delivery to arrive; host time does not.
      const afterStep = (await mailbox.waitFor(1)).length;
      t.assertEqual(
        'DISCOVERY-RETRY-SCHEDULE',
        `callback attempts received before and by the end of the clock step in which the run reached ${stepped.run.state}`,
        { before: beforeStep, after: Math.min(afterStep, 1) },
        { before: 0, after: 1 },
      );
    }
  },
);
