import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'discovery-retry-schedule-advertised',
    title: 'A host with callbacks advertises its retry schedule (first delay 0), jitter bound and request timeout',
    rules: ['DISCOVERY-RETRY-SCHEDULE'],
    requires: ['callbacks'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('DISCOVERY-RETRY-SCHEDULE', exchange, 200);
    const callbacks = ((exchange.json ?? {}) as { callbacks?: Record<string, unknown> }).callbacks ?? {};

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
  },
);
