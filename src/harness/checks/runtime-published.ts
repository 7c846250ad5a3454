/**
 * The runtime contract as served (runtime-contract.ts), as the step the RUNTIME-* scenarios need: a
 * capabilities document the host does not serve breaks DISCOVERY-DOCUMENT (the kit read it, so it is a host
 * answer, not a missing observation); a host that does not declare agent_runtime leaves nothing to judge.
 */
import type { HostHttp } from '../http.js';
import { broke, moot, type Prepared } from './prepared.js';
import { servedRuntime, type ServedRuntime } from './runtime-contract.js';

export type PublishedRuntime = Extract<ServedRuntime, { status: 'supported' }>;

export async function publishedRuntime(http: HostHttp): Promise<Prepared<PublishedRuntime>> {
  const runtime = await servedRuntime(http);
  if (runtime.status === 'unavailable') {
    return broke('DISCOVERY-DOCUMENT', 'GET /api/agents/capabilities serves the capabilities document without authentication', '200', runtime.reason);
  }
  if (runtime.status === 'unsupported') return moot(runtime.reason);
  return { ok: true, value: runtime };
}
