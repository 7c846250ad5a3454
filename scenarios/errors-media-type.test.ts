import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { endpointPath, servedEndpoints, sweepTarget } from '../src/harness/checks/endpoints.js';

const NOT_JSON_TYPES: readonly string[] = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx', 'text/json'];

scenario(
  {
    id: 'errors-media-type',
    title: 'A POST body not sent as application/json is refused with 415 unsupported-media-type; application/json with a charset is accepted',
    rules: ['ERRORS-MEDIA-TYPE'],
    requires: [],
  },
  async (t) => {
    const { run, ids, snapshot } = await sweepTarget(t);
    const before = await snapshot();
    const posts = servedEndpoints(t.caps).filter((e) => e.method === 'POST' && e.public !== true);
    t.assertTrue('ERRORS-MEDIA-TYPE', 'POST endpoints to check', posts.length > 0, { expected: 'at least one', observed: posts.length });
    for (const endpoint of posts) {
      for (const contentType of NOT_JSON_TYPES) {
        // A JSON text, so only the declared media type is wrong.
        const exchange = await t.http.request('POST', endpointPath(endpoint, ids), {
          rawBody: '{"action":"advance_queue"}',
          headers: { 'content-type': contentType },
          idempotencyKey: randomUUID(),
        });
        t.assertProblem('ERRORS-MEDIA-TYPE', exchange, 415, 'unsupported-media-type');
      }
      const untyped = await t.http.request('POST', endpointPath(endpoint, ids), { rawBody: '{"action":"advance_queue"}', idempotencyKey: randomUUID() });
      t.assertProblem('ERRORS-MEDIA-TYPE', untyped, 415, 'unsupported-media-type');
    }
    t.assertEqual('ERRORS-MEDIA-TYPE', 'run, entitlement and host clock after the refused bodies', await snapshot(), before);

    // Parameters on application/json are fine, and the media type is case-insensitive.
    const quote = {
      request_type: 'agent_quote_request',
      requested_tool: run.entitlement.quote.requested_tool,
      requested_capability: 'media_type_check',
      estimate_basis: { records_count: 1, files_count: 0, needs_callback: false },
    };
    for (const contentType of ['application/json; charset=utf-8', 'Application/JSON']) {
      const accepted = await t.http.request('POST', '/api/agents/quote', { rawBody: JSON.stringify(quote), headers: { 'content-type': contentType } });
      t.assertStatus('ERRORS-MEDIA-TYPE', accepted, 201);
    }
  },
);
