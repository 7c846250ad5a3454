import { HAPPY_RUN, INSUFFICIENT_EVIDENCE, PARTIAL_EVIDENCE, TOOL_FAILURE, caseRunOptions } from '../src/harness/checks/run-cases.js';
import { schemaErrors } from '../src/harness/checks/served.js';
import { scenario } from '../src/harness/index.js';
import { validate } from '../src/validate.js';

const CASES = [HAPPY_RUN, PARTIAL_EVIDENCE, INSUFFICIENT_EVIDENCE, TOOL_FAILURE];

scenario(
  {
    id: 'ledger-event-schema',
    title: 'Every ledger event validates against agent-run-state-event.schema.json and names its run',
    rules: ['LEDGER-EVENT-SCHEMA'],
  },
  async (t) => {
    for (const c of t.cases(CASES)) {
      const { token, created } = await t.flows.createRun(caseRunOptions(c));
      await t.flows.runToRest(token);
      // Read as served: the events are judged here, not by the run record's schema check.
      const exchange = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/ledger`);
      t.ensure('LEDGER-TOKEN-ACCESS', `${c.name}: GET the ledger of run ${token} answers 200`, exchange.status === 200, { expected: '200', observed: exchange.status });
      const events = (exchange.json as { state_history?: unknown } | undefined)?.state_history;
      const list = Array.isArray(events) ? (events as unknown[]) : [];
      t.assertTrue('LEDGER-EVENT-SCHEMA', `${c.name}: state_history is a non-empty array`, list.length > 0, { expected: 'an array of events', observed: events });
      for (const [i, event] of list.entries()) {
        const checked = validate('agent-run-state-event', event);
        t.assertTrue('LEDGER-EVENT-SCHEMA', `${c.name}: event #${i + 1} validates against agent-run-state-event.schema.json`, checked.ok, {
          expected: 'no schema errors',
          observed: checked.ok ? 'valid' : { event, errors: schemaErrors(checked) },
        });
        t.assertEqual('LEDGER-EVENT-SCHEMA', `${c.name}: agent_task_run_id of event #${i + 1}`, (event as { agent_task_run_id?: unknown }).agent_task_run_id, created.agent_task_run_id);
      }
    }
  },
);
