import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts, scheduleSpanMs } from '../src/harness/checks/callback-schedule.js';
import { deliveredBy, firstArrival } from '../src/harness/checks/callback-steps.js';

scenario(
  {
    id: 'callback-410-stops',
    title: 'A 410 answer ends automatic callback delivery at once and sets callback_status failed',
    rules: ['CALLBACK-410-STOPS'],
    requires: ['callbacks'],
  },
  async (t) => {
    // A 500 first (so a retry is scheduled), then 410 on the retry: the rest of the schedule must be dropped.
    const { run, mailbox, policy, goneAt } = t.need(await callbackRun(t, (policy) => {
      const goneAt = Math.min(2, automaticAttempts(policy));
      return { goneAt, answers: goneAt === 2 ? [{ status: 500 }, { status: 410 }] : [{ status: 410 }] };
    }));

    t.need(await firstArrival(t.clock, mailbox));
    if (goneAt === 2) {
      await t.clock.advance(attemptWindow(policy, 2)!.latestMs);
      t.need(await deliveredBy(t.clock, mailbox, 2, 'CALLBACK-SCHEDULE', 'automatic attempt 2'));
    }

    const status = (await t.api.status(run.token)).body;
    t.assertEqual('CALLBACK-410-STOPS', 'callback_status right after the 410', status.callback_status, 'failed');

    // Past the whole remaining schedule, with its jitter.
    await t.clock.advance(scheduleSpanMs(policy) + Math.min(60_000, scheduleSpanMs(policy)));
    t.assertEqual('CALLBACK-410-STOPS', 'attempts received after the 410 (none may follow it)', mailbox.deliveries().length, goneAt);
    const record = (await t.api.callbackAttempts(run.token)).body;
    t.assertEqual('CALLBACK-410-STOPS', 'attempts recorded after the 410', record.attempts.length, goneAt);
    const later = (await t.api.status(run.token)).body;
    t.assertEqual('CALLBACK-410-STOPS', 'callback_status after the rest of the schedule elapsed', later.callback_status, 'failed');
  },
);
