import { scenario } from '../src/harness/index.js';
import { publishedRuntime } from '../src/harness/checks/runtime-published.js';
import { members } from '../src/harness/checks/served.js';

scenario(
  {
    id: 'runtime-no-ui-synthesis',
    title: 'A published bridge sets events.allowUiSynthesis to false and does not disown runtime facts',
    rules: ['RUNTIME-NO-UI-SYNTHESIS'],
  },
  async (t) => {
    // Read as served: a contract allowing UI synthesis also makes the capabilities document invalid, which
    // blocks every gated scenario, yet this rule is still decidable.
    const runtime = t.need(await publishedRuntime(t.http));
    if (runtime.bridge === undefined) return t.inapplicable('the published runtime contract describes no bridge (agentRuntime.bridge)');

    const events = members(runtime.bridge['events']);
    // Absent is not false: the contract must state that events are never synthesised by the UI.
    t.assertEqual('RUNTIME-NO-UI-SYNTHESIS', 'bridge.events.allowUiSynthesis', events['allowUiSynthesis'], false);
    t.assertTrue('RUNTIME-NO-UI-SYNTHESIS', 'bridge.events.deriveFromRuntimeFacts is not false', events['deriveFromRuntimeFacts'] !== false, {
      expected: 'true or absent',
      observed: events['deriveFromRuntimeFacts'],
    });
  },
);
