import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { isOpenedTicketStatus } from '../src/protocol/index.js';

const CASES: readonly { label: string; script: TestScript; exceptionType: string }[] = [
  { label: 'evidence review finds evidence insufficient', script: { evidence_status: 'insufficient', missing_items: ['signed_scope'] }, exceptionType: 'evidence_gap' },
  { label: 'evidence review fails', script: { fail_at: 'evidence_review' }, exceptionType: 'tool_execution_pause' },
  { label: 'tool execution fails', script: { fail_at: 'tool_execution' }, exceptionType: 'tool_execution_pause' },
  { label: 'result packaging fails', script: { fail_at: 'result_packaged' }, exceptionType: 'tool_execution_pause' },
];

scenario(
  {
    id: 'replay-exception-opened',
    title: 'A scripted step failure or insufficient evidence opens a ticket of the matching type and the run becomes exception_open',
    rules: ['REPLAY-EXCEPTION-OPENED'],
    requires: ['replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const runs = [];
    for (const c of CASES) runs.push({ ...c, run: await t.flows.createRun({ script: c.script, callback: false }) });
    for (const { label, exceptionType, run } of runs) {
      const rested = await t.flows.runToRest(run.token);
      const status = (await t.api.status(run.token)).body;
      t.assertEqual('REPLAY-EXCEPTION-OPENED', `${label}: run state and canonical state`, {
        state: status.state,
        canonical_lifecycle_state: status.canonical_lifecycle_state,
      }, { state: 'paused', canonical_lifecycle_state: 'exception_open' });

      const tickets = (await t.api.exceptions(run.token)).body.items;
      // A ticket opens `open`, or `under_review` where operators review tickets as they open (SPEC.md §9.1).
      t.assertEqual('REPLAY-EXCEPTION-OPENED', `${label}: exception tickets (type, status open or under_review)`, tickets.map((ticket) => ({
        exception_type: ticket.exception_type,
        status_opened: isOpenedTicketStatus(ticket.status) ? 'open or under_review' : ticket.status,
        agent_task_run_id: ticket.agent_task_run_id,
      })), [{ exception_type: exceptionType, status_opened: 'open or under_review', agent_task_run_id: run.created.agent_task_run_id }]);
      t.assertEqual('REPLAY-EXCEPTION-OPENED', `${label}: run exception_id names the ticket`, status.exception_id, tickets[0]?.exception_id);

      const opened = (rested.state_history ?? []).filter((event) => event.event_type === 'exception_opened');
      t.assertEqual('REPLAY-EXCEPTION-OPENED', `${label}: exception_opened events moving the run to paused`, opened.map((event) => event.to_state), ['paused']);
    }
  },
);
