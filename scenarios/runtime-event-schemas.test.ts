import { scenario } from '../src/harness/index.js';
import { servedRuntime } from '../src/harness/checks/runtime-contract.js';

scenario(
  {
    id: 'runtime-event-schemas',
    title: 'The runtime contract names lime.agent-task-event.v1 and lime.agent-task-result.v1',
    rules: ['RUNTIME-EVENT-SCHEMAS'],
  },
  async (t) => {
    // Read as served: another schema name also makes the capabilities document invalid, yet this rule is decidable.
    const runtime = await servedRuntime(t.http);
    if (runtime.status !== 'supported') return runtime.status === 'unavailable' ? t.blocked(runtime.reason) : t.inapplicable(runtime.reason);
    t.assertEqual('RUNTIME-EVENT-SCHEMAS', 'agentTask.eventSchema', runtime.agentTask?.['eventSchema'], 'lime.agent-task-event.v1');
    t.assertEqual('RUNTIME-EVENT-SCHEMAS', 'agentTask.resultSchema', runtime.agentTask?.['resultSchema'], 'lime.agent-task-result.v1');
  },
);
