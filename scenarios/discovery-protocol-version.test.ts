import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'discovery-protocol-version',
    title: 'The capabilities document names protocol version "1.0"',
    rules: ['DISCOVERY-PROTOCOL-VERSION'],
  },
  async (t) => {
    // Read as served, not through the validated suite copy, so a wrong version fails this rule and no other.
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('DISCOVERY-PROTOCOL-VERSION', exchange, 200);
    const document = exchange.json as { protocol_version?: unknown } | undefined;
    t.assertEqual('DISCOVERY-PROTOCOL-VERSION', 'protocol_version of the capabilities document', document?.protocol_version, '1.0');
  },
);
