import type { AppRuntime } from '../generated/types.js';
import { runtimeAgentTask } from '../src/harness/checks/run-facts.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'runtime-structured-output-bounded',
    title: 'The runtime contract bounds structured output retries (integer 0–10) and names the failure subtype',
    rules: ['RUNTIME-STRUCTURED-OUTPUT-BOUNDED'],
    requires: ['agent_runtime'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('RUNTIME-STRUCTURED-OUTPUT-BOUNDED', exchange, 200);
    const contract = ((exchange.json ?? {}) as { agent_runtime?: { contract?: AppRuntime } }).agent_runtime?.contract;
    const structuredOutput = runtimeAgentTask(contract)?.structuredOutput as Record<string, unknown> | undefined;

    const retries = structuredOutput?.['maxValidationRetries'];
    t.assertTrue(
      'RUNTIME-STRUCTURED-OUTPUT-BOUNDED',
      'agentTask.structuredOutput.maxValidationRetries is an integer from 0 to 10',
      Number.isInteger(retries) && (retries as number) >= 0 && (retries as number) <= 10,
      { expected: 'an integer in [0, 10]', observed: retries },
    );
    t.assertEqual(
      'RUNTIME-STRUCTURED-OUTPUT-BOUNDED',
      'agentTask.structuredOutput.failureSubtype',
      structuredOutput?.['failureSubtype'],
      'error_max_structured_output_retries',
    );
  },
);
