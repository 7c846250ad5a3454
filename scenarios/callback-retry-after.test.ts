import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow } from '../src/harness/checks/callback-schedule.js';
import { advanceTo, bracketed, firstArrival } from '../src/harness/checks/callback-steps.js';

/**
 * The latest host time SPEC §8.5 allows for the retry after an attempt made between `fromMs` (exclusive) and
 * `toMs` whose answer said `Retry-After: <date notBeforeMs>`: attempt time + ⌈(date − attempt time) / 1 s⌉ × (1 + ρ).
 * Between two whole-second boundaries that grows with the attempt time, so its maximum is at `toMs` or just
 * before a boundary.
 */
function latestAfterDate(fromMs: number, toMs: number, notBeforeMs: number, rho: number): number {
  const at = (attemptMs: number): number => attemptMs + Math.ceil(Math.ceil((notBeforeMs - attemptMs) / 1000) * 1000 * (1 + rho));
  let latest = at(toMs);
  for (let boundary = notBeforeMs - Math.ceil((notBeforeMs - toMs) / 1000) * 1000 - 1; boundary > fromMs; boundary -= 1000) {
    latest = Math.max(latest, at(boundary));
  }
  return latest;
}

scenario(
  {
    id: 'callback-retry-after',
    title: 'A 503 with Retry-After longer than the scheduled delay postpones the next callback attempt until it has passed',
    rules: ['CALLBACK-RETRY-AFTER', 'CALLBACK-SCHEDULE'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    const { run, mailbox, policy, retryAfterSeconds } = t.need(await callbackRun(t, (policy) => {
      const next = attemptWindow(policy, 2);
      if (next === undefined) return t.inapplicable('the advertised schedule has a single attempt, so no retry can be postponed');
      // Longer than the latest scheduled retry, but not above the largest schedule entry (a host may cap there).
      const largestMs = Math.max(...policy.scheduleMs);
      const retryAfterSeconds = Math.min(Math.ceil(next.latestMs / 1000) + 30, Math.floor(largestMs / 1000));
      if (retryAfterSeconds * 1000 <= next.latestMs) {
        return t.inapplicable(`no Retry-After fits between the next delay (${next.latestMs} ms) and the largest one (${largestMs} ms), where a host may cap it`);
      }
      return { retryAfterSeconds, answers: [{ status: 503, retryAfter: String(retryAfterSeconds) }] };
    }));

    const first = t.need(bracketed(await firstArrival(t.clock, mailbox), 'the first callback attempt'));
    // Attempt 1 was made after fromMs, so nothing may arrive up to fromMs + Retry-After, although the
    // schedule alone would have retried long before.
    const quietMs = await advanceTo(t.clock, first.fromMs + retryAfterSeconds * 1000);
    t.assertEqual('CALLBACK-RETRY-AFTER', `attempts received by host time ${quietMs}, within Retry-After: ${retryAfterSeconds} of attempt 1`, mailbox.deliveries().length, 1);

    const dueByMs = await advanceTo(t.clock, first.toMs + Math.ceil(retryAfterSeconds * 1000 * (1 + policy.jitterMaxRatio)));
    t.assertEqual('CALLBACK-SCHEDULE', `attempts received by host time ${dueByMs}, once Retry-After (with jitter) has passed`, mailbox.deliveries().length, 2);

    const attempts = (await t.api.callbackAttempts(run.token)).body.attempts;
    const gapMs = Date.parse(attempts[1]?.attempted_at ?? '') - Date.parse(attempts[0]?.attempted_at ?? '');
    t.assertTrue('CALLBACK-RETRY-AFTER', 'recorded gap between attempt 1 and attempt 2', gapMs >= retryAfterSeconds * 1000, {
      expected: `at least ${retryAfterSeconds * 1000} ms`,
      observed: { gap_ms: gapMs, attempt_1: attempts[0]?.attempted_at, attempt_2: attempts[1]?.attempted_at },
    });

    // The HTTP-date form is read against host time: a date that far after the run's creation must hold the
    // retry back just the same.
    // A host may cap an honoured Retry-After at the largest schedule entry (SPEC §8.5); attempt 1 is made after
    // createdAtMs, so a date no later than createdAtMs + that entry is never capped.
    const createdAtMs = (await t.clock.now()).now_ms;
    const largestMs = Math.max(...policy.scheduleMs);
    const notBeforeMs = Math.min(Math.ceil((createdAtMs + retryAfterSeconds * 1000) / 1000) * 1000 + 60_000, Math.floor((createdAtMs + largestMs) / 1000) * 1000);
    const { mailbox: datedMailbox } = t.need(await callbackRun(t, () => ({ answers: [{ status: 503, retryAfter: new Date(notBeforeMs).toUTCString() }] })));
    const what = 'the first callback attempt of the run answered with a Retry-After date';
    const datedFirst = t.need(bracketed(await firstArrival(t.clock, datedMailbox, what), what));
    const datedQuietMs = await advanceTo(t.clock, notBeforeMs - 1);
    t.assertEqual('CALLBACK-RETRY-AFTER', `attempts received by host time ${datedQuietMs}, before the Retry-After date ${new Date(notBeforeMs).toUTCString()}`, datedMailbox.deliveries().length, 1);
    // SPEC §8.5: the date's delay from the attempt, counted in whole seconds rounded up, is jittered like a
    // scheduled delay; attempt 1 was made at some instant of its step, so the latest allowed retry is the
    // latest over those instants. Kept within the largest entry, the date may fall before the scheduled retry,
    // which then bounds it (the next attempt is due at the later of the two).
    const scheduledLatestMs = datedFirst.toMs + (attemptWindow(policy, 2)?.latestMs ?? 0);
    const datedLatestMs = Math.max(latestAfterDate(datedFirst.fromMs, datedFirst.toMs, notBeforeMs, policy.jitterMaxRatio), scheduledLatestMs);
    const datedDueMs = await advanceTo(t.clock, datedLatestMs);
    t.assertEqual('CALLBACK-SCHEDULE', `attempts received by host time ${datedDueMs}, once the Retry-After date (with jitter) has passed`, datedMailbox.deliveries().length, 2);
  },
);
