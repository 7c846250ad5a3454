import { randomUUID } from 'node:crypto';
import type { Exchange } from '../src/harness/index.js';
import { PROBLEM_STATUS, problemType, scenario } from '../src/harness/index.js';
import type { ProblemSlug } from '../src/harness/index.js';
import { endpointPath, servedEndpoints } from '../src/harness/checks/endpoints.js';
import type { RuleId } from '../src/rules.js';

const UNKNOWN_IDS = {
  trust_profile_id: 'trust_unknown',
  settlement_id: 'set_unknown',
  credit_entitlement_id: 'ent_unknown',
  token: 'tok_unknown_0000000000000000000000',
  receipt_id: 'rcpt_unknown',
  contract_id: 'contract_unknown',
  work_order_id: 'wo_unknown',
} as const;

/** The registered status of a problem type URI, or null when the type is not registered. */
function registeredStatus(type: unknown): number | null {
  const slug = (Object.keys(PROBLEM_STATUS) as ProblemSlug[]).find((s) => problemType(s) === type);
  return slug === undefined ? null : PROBLEM_STATUS[slug];
}

scenario(
  {
    id: 'errors-status-agrees',
    title: "Across a sweep of every endpoint with unknown ids, unserved methods, no key and wrong bodies, each problem's status equals the HTTP status registered for its type",
    rules: ['ERRORS-STATUS-AGREES'],
    requires: [],
  },
  async (t) => {
    // `refusedBy`: the rule that makes the host refuse the request.
    const exchanges: { what: string; exchange: Exchange; refusedBy: RuleId }[] = [];
    for (const endpoint of servedEndpoints(t.caps)) {
      const path = endpointPath(endpoint, UNKNOWN_IDS);
      const write = endpoint.method === 'POST' ? { idempotencyKey: randomUUID() } : {};
      exchanges.push({ what: `PUT ${endpoint.template}`, exchange: await t.http.request('PUT', path, { body: {}, ...write }), refusedBy: 'ERRORS-METHOD' });
      if (endpoint.public === true) continue;
      exchanges.push({
        what: `${endpoint.method} ${endpoint.template} without a key`,
        exchange: await t.http.request(endpoint.method, path, { apiKey: null, ...(endpoint.method === 'POST' ? { body: {}, ...write } : {}) }),
        refusedBy: 'SECURITY-AUTH-REQUIRED',
      });
      if (endpoint.resource !== undefined && endpoint.method === 'GET') {
        exchanges.push({ what: `GET ${endpoint.template} of an unknown id`, exchange: await t.http.request('GET', path), refusedBy: 'ERRORS-NOT-FOUND' });
      }
      if (endpoint.method === 'POST') {
        exchanges.push({
          what: `POST ${endpoint.template} with an array body`,
          exchange: await t.http.request('POST', path, { body: [], idempotencyKey: randomUUID() }),
          refusedBy: 'ERRORS-INVALID-BODY',
        });
      }
    }
    // Answers that are not errors at all break other rules (405, 401, 404, 400), judged once every error answer was.
    const errors = exchanges.filter(({ exchange }) => exchange.status >= 400);
    t.assertTrue('ERRORS-STATUS-AGREES', 'error answers observed', errors.length > 0, { expected: 'at least one', observed: errors.length });
    for (const { what, exchange } of errors) {
      const body = (typeof exchange.json === 'object' && exchange.json !== null ? exchange.json : {}) as { type?: unknown; status?: unknown };
      t.assertTrue('ERRORS-STATUS-AGREES', `${what}: problem status, HTTP status and the type's registered status agree`, body.status === exchange.status && registeredStatus(body.type) === exchange.status, {
        expected: 'a body status equal to the HTTP status, which is the status registered for the problem type',
        observed: { http_status: exchange.status, body_status: body.status, type: body.type, registered_status: registeredStatus(body.type) },
      });
    }
    for (const { what, exchange, refusedBy } of exchanges.filter(({ exchange }) => exchange.status < 400)) {
      t.ensure(refusedBy, `${what} is refused`, false, { expected: 'an error answer (4xx)', observed: exchange.status });
    }
  },
);
