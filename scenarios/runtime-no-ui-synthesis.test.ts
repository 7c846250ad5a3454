import type { AppRuntime } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'runtime-no-ui-synthesis',
    title: 'A published bridge sets events.allowUiSynthesis to false and does not disown runtime facts',
    rules: ['RUNTIME-NO-UI-SYNTHESIS'],
    requires: ['agent_runtime'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('RUNTIME-NO-UI-SYNTHESIS', exchange, 200);
    const contract = ((exchange.json ?? {}) as { agent_runtime?: { contract?: AppRuntime } }).agent_runtime?.contract;
    const bridge = contract?.agentRuntime?.bridge;
    if (bridge === undefined) return t.inapplicable('the published runtime contract describes no bridge (agentRuntime.bridge)');

    const events = bridge.events as Record<string, unknown> | undefined;
    // Absent is not false: the contract must state that events are never synthesised by the UI.
    t.assertEqual('RUNTIME-NO-UI-SYNTHESIS', 'bridge.events.allowUiSynthesis', events?.['allowUiSynthesis'], false);
    t.assertTrue('RUNTIME-NO-UI-SYNTHESIS', 'bridge.events.deriveFromRuntimeFacts is not false', events?.['deriveFromRuntimeFacts'] !== false, {
      expected: 'true or absent',
      observed: events?.['deriveFromRuntimeFacts'],
    });
  },
);
