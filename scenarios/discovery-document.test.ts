import { scenario } from '../src/harness/index.js';
import { isProtocolVersion, PROTOCOL_VERSIONS } from '../src/protocol/index.js';
import { trustProfileRequest } from '../src/harness/checks/requests.js';
import { members, schemaErrors, servedCapabilities } from '../src/harness/checks/served.js';

scenario(
  {
    id: 'discovery-document',
    title: 'The capabilities document is served without authentication, where other endpoints refuse, names protocol version "1.1" or "1.0" and validates against its schema',
    rules: ['DISCOVERY-DOCUMENT', 'DISCOVERY-PROTOCOL-VERSION'],
  },
  async (t) => {
    const { exchange, checked } = await servedCapabilities(t.http);
    t.assertStatus('DISCOVERY-DOCUMENT', exchange, 200);
    // Judged before the schema, which also pins the versions: a wrong version must fail its own rule.
    const version = members(exchange.json)['protocol_version'];
    t.assertTrue('DISCOVERY-PROTOCOL-VERSION', 'protocol_version of the capabilities document', isProtocolVersion(version), {
      expected: PROTOCOL_VERSIONS.map((v) => JSON.stringify(v)).join(' or '),
      observed: version,
    });
    t.assertTrue('DISCOVERY-DOCUMENT', 'capabilities document validates against host-capabilities.schema.json', checked.ok, {
      expected: 'no schema errors',
      observed: schemaErrors(checked),
    });

    // Open because it is the deliberate exception: the same anonymous client is refused elsewhere.
    const guarded = await t.http.request('POST', '/api/agents/trust-profiles', { body: trustProfileRequest('anonymous agent'), apiKey: null });
    t.assertProblem('DISCOVERY-DOCUMENT', guarded, 401, 'unauthorized');
  },
);
