/**
 * A host that implements nothing: it serves a valid capabilities document declaring every area and seam, and
 * answers every other request with a minimal valid-looking body ({} with 200 or 201, tenant credentials and a
 * clock state where the harness needs them to get going). A scenario that passes against it checks nothing a
 * real host has to do.
 */
import { randomBytes } from 'node:crypto';
import { capabilitiesDocument } from '../../reference-host/capabilities.js';
import { CONFORMANCE_CLOCK_START } from '../../reference-host/clock.js';
import { hostConfig } from '../../reference-host/config.js';
import { FaultSet } from '../../reference-host/faults.js';
import { EMBEDDED_BASE_URL, type FetchLike, type TargetDriver } from '../harness/index.js';

const CAPABILITIES = capabilitiesDocument(hostConfig({ conformance: true }), new FaultSet());
const NOW_MS = Date.parse(CONFORMANCE_CLOCK_START);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export const noOpHost: FetchLike = async (request) => {
  const path = new URL(request.url).pathname.replace(/^\/api\/agents/, '');
  if (path === '/capabilities') return json(200, CAPABILITIES);
  if (path === '/_seams/tenants') return json(201, { tenant_id: `tenant_${randomBytes(8).toString('hex')}`, api_key: `atk_${randomBytes(16).toString('hex')}` });
  if (path.startsWith('/_seams/clock')) return json(200, { now: new Date(NOW_MS).toISOString(), now_ms: NOW_MS });
  return json(request.method === 'POST' ? 201 : 200, {});
};

export function noOpHostTarget(): TargetDriver {
  return {
    hostUrl: 'embedded:no-op-host',
    async open() {
      return { baseUrl: EMBEDDED_BASE_URL, apiKey: 'atk_no_op_host', fetch: noOpHost, close: async () => {} };
    },
  };
}
