import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { endpointPath, servedEndpoints, sweepTarget } from '../src/harness/checks/endpoints.js';

/** A JSON object of exactly `bytes` UTF-8 bytes, its filler made of `unit` (one or two bytes each). */
function jsonOfSize(bytes: number, unit: 'x' | 'é'): string {
  const frame = '{"padding":""}';
  const room = bytes - Buffer.byteLength(frame);
  const filler = unit === 'x' ? 'x'.repeat(room) : 'é'.repeat(Math.floor(room / 2)) + 'x'.repeat(room % 2);
  return `{"padding":"${filler}"}`;
}

scenario(
  {
    id: 'errors-too-large',
    title: 'A body one byte over limits.max_body_bytes (counted in bytes, not characters) is refused with 413 payload-too-large on every POST endpoint',
    rules: ['ERRORS-TOO-LARGE'],
    requires: [],
  },
  async (t) => {
    const limit = t.caps.limits.max_body_bytes;
    const { ids, snapshot } = await sweepTarget(t);
    const before = await snapshot();
    const bodies = [
      { label: `${limit + 1} bytes of ASCII`, text: jsonOfSize(limit + 1, 'x') },
      { label: `${limit + 1} bytes in fewer characters (two-byte UTF-8)`, text: jsonOfSize(limit + 1, 'é') },
    ];
    const posts = servedEndpoints(t.caps).filter((e) => e.method === 'POST');
    t.assertTrue('ERRORS-TOO-LARGE', 'POST endpoints to check', posts.length > 0, { expected: 'at least one', observed: posts.length });
    for (const endpoint of posts) {
      for (const { text } of bodies) {
        const exchange = await t.http.request('POST', endpointPath(endpoint, ids), {
          rawBody: text,
          headers: { 'content-type': 'application/json' },
          ...(endpoint.public === true ? { apiKey: null } : { idempotencyKey: randomUUID() }),
        });
        t.assertProblem('ERRORS-TOO-LARGE', exchange, 413, 'payload-too-large');
      }
    }
    t.assertEqual('ERRORS-TOO-LARGE', 'run, entitlement and host clock after the refused bodies', await snapshot(), before);

    // The advertised size itself is allowed: a body of exactly max_body_bytes is judged on its content.
    const atLimit = await t.http.request('POST', '/api/agents/quote', {
      rawBody: jsonOfSize(limit, 'x'),
      headers: { 'content-type': 'application/json' },
    });
    t.assertTrue('ERRORS-TOO-LARGE', `a body of exactly ${limit} bytes is not refused as too large`, atLimit.status !== 413, {
      expected: 'any answer but 413 (here 400 invalid-request: the padding is not a quote)',
      observed: { status: atLimit.status, type: (atLimit.json as { type?: unknown } | undefined)?.type },
    });
  },
);
