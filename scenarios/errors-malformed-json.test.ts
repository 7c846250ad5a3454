import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { endpointPath, servedEndpoints, sweepTarget } from '../src/harness/checks/endpoints.js';

/** Bodies sent as application/json that are not JSON texts. */
const NOT_JSON: readonly string[] = [
  '{',
  '{"request_type": "agent_quote_request",}',
  "{'request_type': 'agent_quote_request'}",
  '{"a": undefined}',
  '[1, 2',
  'NaN',
  'true false',
  '{"a":1}}',
  '{"a":"unterminated}',
  '',
];

scenario(
  {
    id: 'errors-malformed-json',
    title: 'A body that is not JSON is refused with 400 malformed-json on every POST endpoint, and nothing is written',
    rules: ['ERRORS-MALFORMED-JSON'],
    requires: [],
  },
  async (t) => {
    const { ids, snapshot } = await sweepTarget(t);
    const before = await snapshot();
    const posts = servedEndpoints(t.caps).filter((e) => e.method === 'POST' && e.public !== true);
    t.assertTrue('ERRORS-MALFORMED-JSON', 'POST endpoints to check', posts.length > 0, { expected: 'at least one', observed: posts.length });
    for (const endpoint of posts) {
      for (const text of NOT_JSON) {
        const exchange = await t.http.request('POST', endpointPath(endpoint, ids), {
          rawBody: text,
          headers: { 'content-type': 'application/json' },
          idempotencyKey: randomUUID(),
        });
        t.assertProblem('ERRORS-MALFORMED-JSON', exchange, 400, 'malformed-json');
      }
    }
    t.assertEqual('ERRORS-MALFORMED-JSON', 'run, entitlement and host clock after the refused bodies', await snapshot(), before);
  },
);
