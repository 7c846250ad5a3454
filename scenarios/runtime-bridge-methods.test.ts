import type { AppRuntime } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';

/** Method keys and names of the Agent App Runtime Contract (seed 003, SPEC.md §15.1). */
const PUBLISHED_METHODS: Readonly<Record<string, string>> = {
  initialize: 'initialize',
  initialized: 'initialized',
  startSession: 'agentSession/start',
  readSession: 'agentSession/read',
  startTurn: 'agentSession/turn/start',
  cancelTurn: 'agentSession/turn/cancel',
  respondAction: 'agentSession/action/respond',
  events: 'agentSession/event',
  listCapabilities: 'capability/list',
  readArtifact: 'artifact/read',
  exportEvidence: 'evidence/export',
};

scenario(
  {
    id: 'runtime-bridge-methods',
    title: 'A published bridge names its methods and event notification exactly as the runtime contract does',
    rules: ['RUNTIME-BRIDGE-METHODS'],
    requires: ['agent_runtime'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('RUNTIME-BRIDGE-METHODS', exchange, 200);
    const contract = ((exchange.json ?? {}) as { agent_runtime?: { contract?: AppRuntime } }).agent_runtime?.contract;
    const bridge = contract?.agentRuntime?.bridge;
    if (bridge === undefined) return t.inapplicable('the published runtime contract describes no bridge (agentRuntime.bridge)');

    const methods = (bridge.methods ?? {}) as Record<string, unknown>;
    const published = Object.keys(PUBLISHED_METHODS).filter((key) => key in methods);
    t.assertTrue('RUNTIME-BRIDGE-METHODS', 'the bridge publishes its methods', published.length > 0, {
      expected: `a bridge.methods object with keys among ${Object.keys(PUBLISHED_METHODS).join(', ')}`,
      observed: bridge.methods,
    });
    for (const key of published) {
      t.assertEqual('RUNTIME-BRIDGE-METHODS', `bridge.methods.${key}`, methods[key], PUBLISHED_METHODS[key]);
    }
    const notification = bridge.events?.notification;
    if (notification !== undefined) {
      t.assertEqual('RUNTIME-BRIDGE-METHODS', 'bridge.events.notification', notification, PUBLISHED_METHODS['events']);
    }
  },
);
