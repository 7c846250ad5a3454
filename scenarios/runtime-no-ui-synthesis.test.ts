import type { AppRuntime } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'runtime-no-ui-synthesis',
    title: 'A published bridge sets events.allowUiSynthesis to false and does not disown runtime facts',
    rules: ['RUNTIME-NO-UI-SYNTHESIS'],
  },
  async (t) => {
    // Read here rather than gated on the suite's discovery: a contract allowing UI synthesis can make the
    // capabilities document invalid, which blocks every gated scenario, yet this rule is still decidable.
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    if (exchange.status !== 200) return t.blocked(`the capabilities document answered ${exchange.status}; the runtime contract cannot be read`);
    const runtime = ((exchange.json ?? {}) as { agent_runtime?: { supported?: unknown; contract?: AppRuntime } }).agent_runtime;
    if (runtime?.supported !== true) return t.inapplicable('host does not declare agent_runtime.supported');
    const contract = runtime.contract;
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
