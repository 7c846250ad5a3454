import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { endpointPath, idsOfRun, servedEndpoints } from '../src/harness/checks/endpoints.js';
import type { ResourceId } from '../src/harness/checks/endpoints.js';

/**
 * Ids that are odd but legal path segments once percent-encoded: an unknown id like these names nothing and
 * answers 404, never a 5xx or another refusal.
 */
const ODD_IDS: readonly { label: string; id: string }[] = [
  { label: 'reserved characters, percent-encoded', id: 'tok/../x?y=1#z %25' },
  { label: 'very long (4096 characters)', id: `tok_${'A'.repeat(4092)}` },
  { label: 'non-ASCII', id: 'tok_ünïcødé_令牌_🙂' },
  { label: 'percent signs', id: '%2e%2e%00' },
];

const POST_BODIES: Readonly<Record<string, unknown>> = {
  '/tasks/{token}/recover': { object_type: 'agent_recovery_request', exception_id: 'exc_unknown', recovery_action: 'retry_step' },
  '/tasks/{token}/replay': { object_type: 'agent_replay_request', replay_package_id: 'rp_unknown' },
  '/tasks/{token}/commands': { action: 'advance_queue' },
};

scenario(
  {
    id: 'errors-not-found',
    title: 'Unknown routes and unknown ids on every resource endpoint answer 404 not-found',
    rules: ['ERRORS-NOT-FOUND'],
    requires: [],
    edges: [
      'unknown routes, GET and POST',
      'an altered id on every resource endpoint',
      'ids with reserved characters percent-encoded',
      'a 4096-character id',
      'a non-ASCII id',
      'an id holding percent signs',
    ],
  },
  async (t) => {
    // A real run supplies well-formed ids; each is then altered so that it names nothing.
    const run = await t.flows.createRun({ callback: false });
    const real = idsOfRun(run.created, run.token, run.entitlement);
    const unknown = Object.fromEntries(Object.entries(real).map(([name, id]) => [name, `${id}0missing`])) as Partial<Record<ResourceId, string>>;
    const fallback: Record<ResourceId, string> = {
      trust_profile_id: 'trust_missing',
      settlement_id: 'set_missing',
      credit_entitlement_id: 'ent_missing',
      token: 'tok_missing',
      receipt_id: 'rcpt_missing',
      contract_id: 'contract_missing',
      work_order_id: 'wo_missing',
    };
    const ids = { ...fallback, ...unknown };

    const routes = ['/api/agents/no-such-route', '/api/agents/tasks', `/api/agents/tasks/${encodeURIComponent(run.token)}/no-such-document`, '/api/agents/status/', '/no-such-prefix'];
    for (const path of routes) {
      t.assertProblem('ERRORS-NOT-FOUND', await t.http.request('GET', path), 404, 'not-found');
    }
    t.assertProblem('ERRORS-NOT-FOUND', await t.http.request('POST', '/api/agents/no-such-route', { body: {}, idempotencyKey: randomUUID() }), 404, 'not-found');

    const resourceEndpoints = servedEndpoints(t.caps).filter((e) => e.resource !== undefined);
    t.assertTrue('ERRORS-NOT-FOUND', 'resource endpoints to probe', resourceEndpoints.length > 0, { expected: 'at least one', observed: resourceEndpoints.length });
    for (const endpoint of resourceEndpoints) {
      const exchange = await t.http.request(endpoint.method, endpointPath(endpoint, ids), endpoint.method === 'POST'
        ? { body: POST_BODIES[endpoint.template] ?? {}, idempotencyKey: randomUUID() }
        : {});
      t.assertProblem('ERRORS-NOT-FOUND', exchange, 404, 'not-found');
    }

    for (const { label, id } of ODD_IDS) {
      const odd = Object.fromEntries(Object.keys(fallback).map((name) => [name, id])) as Record<ResourceId, string>;
      for (const endpoint of resourceEndpoints) {
        const exchange = await t.http.request(endpoint.method, endpointPath(endpoint, odd), endpoint.method === 'POST'
          ? { body: POST_BODIES[endpoint.template] ?? {}, idempotencyKey: randomUUID() }
          : {});
        t.assertProblem('ERRORS-NOT-FOUND', exchange, 404, 'not-found');
      }
    }
  },
);
