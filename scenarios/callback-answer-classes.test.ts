import type { Answer } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import { callbackFleet } from '../src/harness/checks/callback-fleet.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { advanceTo } from '../src/harness/checks/callback-steps.js';

/** What SPEC.md §8.4, §8.6 and §8.8 make of a first attempt answered this way. */
interface AnswerClass {
  label: string;
  answer: Answer;
  /** `delivered`: a 2xx, nothing follows; `gone`: a 410, nothing follows; `retried`: a failed attempt, the schedule goes on. */
  kind: 'delivered' | 'gone' | 'retried';
  http_status: number | null;
  error: string | null;
}

// A receiver that never answers is left to callback-timeout, which holds the suite's one real wait.
const CLASSES: readonly AnswerClass[] = [
  { label: '200', answer: { status: 200 }, kind: 'delivered', http_status: 200, error: null },
  { label: '204', answer: { status: 204 }, kind: 'delivered', http_status: 204, error: null },
  { label: '302 redirect', answer: { redirect: 302 }, kind: 'retried', http_status: 302, error: 'redirect_not_followed' },
  { label: '400', answer: { status: 400 }, kind: 'retried', http_status: 400, error: 'http_error' },
  { label: '410', answer: { status: 410 }, kind: 'gone', http_status: 410, error: 'gone' },
  { label: '503', answer: { status: 503 }, kind: 'retried', http_status: 503, error: 'http_error' },
  { label: 'reset connection', answer: { reset: true }, kind: 'retried', http_status: null, error: 'connection_error' },
];

scenario(
  {
    id: 'callback-answer-classes',
    title: 'A first callback attempt answered 2xx, 3xx, 4xx, 410, 5xx or with a reset is recorded with its class and followed as that class requires',
    rules: ['CALLBACK-ATTEMPTS-RECORDED', 'CALLBACK-2XX-ONLY', 'CALLBACK-NO-REDIRECT', 'CALLBACK-DELIVERED-STATUS', 'CALLBACK-410-STOPS', 'CALLBACK-SCHEDULE'],
    requires: ['callbacks', 'seams.test_clock'],
    edges: [
      'CALLBACK-ATTEMPTS-RECORDED: status and error recorded for 200, 204, 302, 400, 410, 503 and a reset',
      'CALLBACK-2XX-ONLY: 302, 400, 503 and a reset on the first attempt are failed attempts',
      'CALLBACK-NO-REDIRECT: a 302 on the first attempt, while the other classes run',
      'CALLBACK-DELIVERED-STATUS: 200 and 204 on the first attempt, then past the next retry time',
      'CALLBACK-410-STOPS: 410 on the first attempt, then past the next retry time',
      'CALLBACK-SCHEDULE: the retry after a 3xx, a 4xx, a 5xx and a reset',
    ],
  },
  async (t) => {
    const { runs, policy } = t.need(await callbackFleet(t, CLASSES.map((c) => [c.answer])));
    if (automaticAttempts(policy) < 2) return t.inapplicable('the advertised schedule has a single attempt, so no retry can be observed');
    const window = attemptWindow(policy, 2)!;
    const cases = CLASSES.map((c, i) => ({ ...c, ...runs[i]! }));

    const firstAtMs: number[] = [];
    for (const c of cases) {
      const record = (await t.api.callbackAttempts(c.run.token)).body;
      const attempt = record.attempts[0];
      firstAtMs.push(Date.parse(attempt?.attempted_at ?? ''));
      t.assertEqual('CALLBACK-ATTEMPTS-RECORDED', `attempt 1 answered ${c.label}: recorded outcome, status and error`, {
        attempts: record.attempts.length,
        outcome: attempt?.outcome,
        http_status: attempt?.http_status ?? null,
        error: attempt?.error ?? null,
      }, { attempts: 1, outcome: c.kind === 'delivered' ? 'delivered' : 'failed', http_status: c.http_status, error: c.error });
      const callbackPath = new URL(c.mailbox.url).pathname;
      t.assertEqual('CALLBACK-NO-REDIRECT', `attempt 1 answered ${c.label}: paths the host posted to`, c.mailbox.deliveries().map((d) => d.path), [callbackPath]);
    }
    for (const c of cases.filter((x) => x.kind === 'retried')) {
      const status = (await t.api.status(c.run.token)).body;
      t.assertEqual('CALLBACK-2XX-ONLY', `after attempt 1 answered ${c.label}: callback_status`, status.callback_status, 'retrying');
    }
    for (const c of cases.filter((x) => x.kind === 'delivered')) {
      const status = (await t.api.status(c.run.token)).body;
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `after attempt 1 answered ${c.label}: callback_status`, status.callback_status, 'delivered');
    }
    for (const c of cases.filter((x) => x.kind === 'gone')) {
      const record = (await t.api.callbackAttempts(c.run.token)).body;
      const status = (await t.api.status(c.run.token)).body;
      t.assertEqual('CALLBACK-410-STOPS', `after attempt 1 answered ${c.label}: callback_status, disabled, next_retry_at`, {
        callback_status: status.callback_status,
        disabled: record.disabled,
        next_retry_at: record.next_retry_at ?? null,
      }, { callback_status: 'failed', disabled: true, next_retry_at: null });
    }

    // Past the latest time of attempt 2 for every run: failed classes have been retried, the others not.
    t.ensure('CALLBACK-ATTEMPTS-RECORDED', 'every first attempt is recorded with its attempted_at', !firstAtMs.some(Number.isNaN), {
      expected: 'an attempted_at for attempt 1 of every run',
      observed: cases.map((c, i) => ({ answered: c.label, attempted_at_ms: Number.isNaN(firstAtMs[i]) ? null : firstAtMs[i] })),
    });
    await advanceTo(t.clock, Math.max(...firstAtMs) + window.latestMs);
    for (const [i, c] of cases.filter((x) => x.kind === 'retried').entries()) {
      const second = (await t.api.callbackAttempts(c.run.token)).body.attempts[1];
      const gapMs = Date.parse(second?.attempted_at ?? '') - firstAtMs[cases.indexOf(c)]!;
      t.assertTrue('CALLBACK-SCHEDULE', `attempt 2 after a first attempt answered ${c.label} (${i + 1} of the failed classes)`, c.mailbox.deliveries().length === 2 && gapMs >= window.earliestMs && gapMs <= window.latestMs, {
        expected: `a second delivery, recorded ${window.earliestMs}..${window.latestMs} ms after attempt 1`,
        observed: { deliveries: c.mailbox.deliveries().length, recorded_gap_ms: Number.isNaN(gapMs) ? null : gapMs },
      });
    }
    for (const c of cases.filter((x) => x.kind === 'delivered')) {
      t.assertEqual('CALLBACK-DELIVERED-STATUS', `attempts received past the next retry time after a ${c.label}`, c.mailbox.deliveries().length, 1);
    }
    for (const c of cases.filter((x) => x.kind === 'gone')) {
      t.assertEqual('CALLBACK-410-STOPS', `attempts received past the next retry time after a ${c.label}`, c.mailbox.deliveries().length, 1);
    }
  },
);
