import { scenario } from '../src/harness/index.js';
import { isOpenedTicketStatus } from '../src/protocol/index.js';
import { refusedThroughSchedule } from '../src/harness/checks/callback-runs.js';
import { scheduleSpanMs } from '../src/harness/checks/callback-schedule.js';

scenario(
  {
    id: 'callback-exhaustion',
    title: 'A callback refused on every advertised attempt ends failed with a callback_failure ticket and, with the queue monitor, a callback_delivery_failed alert',
    rules: ['CALLBACK-EXHAUSTION', 'CALLBACK-SCHEDULE'],
    requires: ['callbacks'],
  },
  async (t) => {
    const { run, mailbox, policy, attempts: total } = t.need(await refusedThroughSchedule(t));
    t.assertEqual('CALLBACK-SCHEDULE', 'attempts made over the whole advertised schedule', mailbox.deliveries().length, total);

    const status = (await t.api.status(run.token)).body;
    t.assertEqual('CALLBACK-EXHAUSTION', 'callback_status once the schedule is exhausted', status.callback_status, 'failed');
    const tickets = (await t.api.exceptions(run.token)).body.items;
    const ticket = tickets.find((item) => item.exception_type === 'callback_failure');
    t.assertTrue('CALLBACK-EXHAUSTION', 'a callback_failure exception ticket is open', ticket !== undefined && isOpenedTicketStatus(ticket.status), {
      expected: 'a ticket with exception_type callback_failure and status open (or under_review, SPEC.md §9.1)',
      observed: tickets.map((item) => ({ exception_id: item.exception_id, exception_type: item.exception_type, status: item.status })),
    });
    t.assertEqual('CALLBACK-EXHAUSTION', 'callback_failure ticket names the run', ticket?.agent_task_run_id, run.created.agent_task_run_id);
    // Alerts are the queue monitor's (SPEC.md §8.7, §10.2): a host without it raises none.
    if (t.caps.queue_monitor.supported) {
      const alerts = (await t.api.alerts()).body.items.filter((alert) => alert.task_token === run.token);
      t.assertEqual(
        'CALLBACK-EXHAUSTION',
        "stuck-task alerts for the run's token (reasons)",
        alerts.map((alert) => alert.stuck_reason),
        ['callback_delivery_failed'],
      );
    }

    // Exhausted means over: no further automatic attempt.
    await t.clock.advance(scheduleSpanMs(policy) + 1000);
    t.assertEqual('CALLBACK-SCHEDULE', 'attempts after the schedule was exhausted', mailbox.deliveries().length, total);
  },
);
