import { scenario } from '../src/harness/index.js';
import { publishedRuntime } from '../src/harness/checks/runtime-published.js';

scenario(
  {
    id: 'runtime-event-schemas',
    title: 'The runtime contract names lime.agent-task-event.v1 and lime.agent-task-result.v1',
    rules: ['RUNTIME-EVENT-SCHEMAS'],
  },
  async (t) => {
    // Read as served: another schema name also makes the capabilities document invalid, yet this rule is decidable.
    const runtime = t.need(await publishedRuntime(t.http));
    t.assertEqual('RUNTIME-EVENT-SCHEMAS', 'agentTask.eventSchema', runtime.agentTask?.['eventSchema'], 'lime.agent-task-event.v1');
    t.assertEqual('RUNTIME-EVENT-SCHEMAS', 'agentTask.resultSchema', runtime.agentTask?.['resultSchema'], 'lime.agent-task-result.v1');
  },
);
