import { scenario } from '../src/harness/index.js';
import { BRIDGE_EVENT_NOTIFICATION, BRIDGE_METHODS } from '../src/harness/checks/runtime-contract.js';
import { publishedRuntime } from '../src/harness/checks/runtime-published.js';
import { members } from '../src/harness/checks/served.js';

scenario(
  {
    id: 'runtime-bridge-methods',
    title: 'A published bridge names all eleven methods, and its event notification, exactly as the runtime contract does',
    rules: ['RUNTIME-BRIDGE-METHODS'],
  },
  async (t) => {
    // Read as served: a renamed method also makes the capabilities document invalid, yet this rule is decidable.
    const runtime = t.need(await publishedRuntime(t.http));
    if (runtime.bridge === undefined) return t.inapplicable('the published runtime contract describes no bridge (agentRuntime.bridge)');

    const methods = members(runtime.bridge['methods']);
    const published = Object.fromEntries(Object.keys(BRIDGE_METHODS).map((key) => [key, methods[key]]));
    t.assertEqual('RUNTIME-BRIDGE-METHODS', 'bridge.methods: every method key of the contract with its method name', published, BRIDGE_METHODS);
    const notification = members(runtime.bridge['events'])['notification'];
    if (notification !== undefined) {
      t.assertEqual('RUNTIME-BRIDGE-METHODS', 'bridge.events.notification', notification, BRIDGE_EVENT_NOTIFICATION);
    }
  },
);
