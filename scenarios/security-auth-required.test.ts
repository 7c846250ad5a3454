import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { endpointPath, servedEndpoints, sweepTarget } from '../src/harness/checks/endpoints.js';
import { runRequestFor, topUpRequestFor, trustProfileRequest } from '../src/harness/checks/requests.js';

/** Ways of not holding a valid key: none, an unknown one, and malformed Authorization headers. */
const CREDENTIALS: readonly { label: string; apiKey: string | null; headers?: Record<string, string> }[] = [
  { label: 'no Authorization header', apiKey: null },
  { label: 'an unknown bearer key', apiKey: `atk_${randomUUID().replace(/-/g, '')}` },
  { label: 'a Basic credential', apiKey: null, headers: { authorization: 'Basic YWdlbnQ6c2VjcmV0' } },
  { label: 'an empty bearer token', apiKey: null, headers: { authorization: 'Bearer ' } },
];

scenario(
  {
    id: 'security-auth-required',
    title: 'Every endpoint except discovery refuses a request without a valid bearer key with 401 unauthorized and WWW-Authenticate: Bearer',
    rules: ['SECURITY-AUTH-REQUIRED'],
    requires: [],
  },
  async (t) => {
    // Real ids, so a refusal cannot be a 404 in disguise; a host with a test clock also gets its run finished,
    // so receipts exist too.
    const target = await sweepTarget(t, { toRest: true });
    const done = target.run;
    const ids = { receipt_id: 'rcpt_unknown', contract_id: 'contract_unknown', ...target.ids };
    const bodies: Record<string, unknown> = {
      '/trust-profiles': trustProfileRequest('unauthenticated agent'),
      '/quote': { request_type: 'agent_quote_request', requested_tool: done.entitlement.quote.requested_tool, requested_capability: 'auth_check', estimate_basis: { records_count: 1, files_count: 0, needs_callback: false } },
      '/settlements': topUpRequestFor(done.entitlement, 5),
      '/run': runRequestFor(done.entitlement),
      '/tasks/{token}/recover': { object_type: 'agent_recovery_request', exception_id: 'exc_unknown', recovery_action: 'retry_step' },
      '/tasks/{token}/replay': { object_type: 'agent_replay_request', replay_package_id: 'rp_unknown' },
      '/tasks/{token}/commands': { action: 'advance_queue' },
      '/_seams/clock/advance': { ms: 3_600_000 },
    };
    const endpoints = servedEndpoints(t.caps).filter((e) => e.public !== true);
    const before = await target.snapshot();

    t.assertTrue('SECURITY-AUTH-REQUIRED', 'endpoints to check', endpoints.length > 0, { expected: 'at least one', observed: endpoints.length });
    for (const endpoint of endpoints) {
      for (const credential of CREDENTIALS) {
        const exchange = await t.http.request(endpoint.method, endpointPath(endpoint, ids), {
          apiKey: credential.apiKey,
          ...(credential.headers ? { headers: credential.headers } : {}),
          ...(endpoint.method === 'POST' ? { body: bodies[endpoint.template] ?? {}, idempotencyKey: randomUUID() } : {}),
        });
        t.assertProblem('SECURITY-AUTH-REQUIRED', exchange, 401, 'unauthorized');
        const challenge = exchange.headers['www-authenticate'] ?? '';
        t.assertTrue('SECURITY-AUTH-REQUIRED', `${endpoint.method} ${endpoint.template} with ${credential.label}: WWW-Authenticate challenge`, /^bearer\b/i.test(challenge.trim()), {
          expected: 'a WWW-Authenticate header naming the Bearer scheme',
          observed: exchange.headers['www-authenticate'],
        });
      }
    }
    t.assertEqual('SECURITY-AUTH-REQUIRED', 'run, entitlement and host clock after the unauthenticated requests', await target.snapshot(), before);
  },
);
