import type { AppRuntime } from '../generated/types.js';
import { runtimeAgentTask } from '../src/harness/checks/run-facts.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'runtime-event-schemas',
    title: 'The runtime contract names lime.agent-task-event.v1 and lime.agent-task-result.v1',
    rules: ['RUNTIME-EVENT-SCHEMAS'],
    requires: ['agent_runtime'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('RUNTIME-EVENT-SCHEMAS', exchange, 200);
    const contract = ((exchange.json ?? {}) as { agent_runtime?: { contract?: AppRuntime } }).agent_runtime?.contract;
    const agentTask = runtimeAgentTask(contract) as Record<string, unknown> | undefined;
    t.assertEqual('RUNTIME-EVENT-SCHEMAS', 'agentTask.eventSchema', agentTask?.['eventSchema'], 'lime.agent-task-event.v1');
    t.assertEqual('RUNTIME-EVENT-SCHEMAS', 'agentTask.resultSchema', agentTask?.['resultSchema'], 'lime.agent-task-result.v1');
  },
);
