import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { endpointPath, idsOfRun, servedEndpoints } from '../src/harness/checks/endpoints.js';

scenario(
  {
    id: 'errors-method-not-allowed',
    title: 'Every known route called with a method it does not serve answers 405 method-not-allowed with an Allow header naming its methods',
    rules: ['ERRORS-METHOD'],
    requires: [],
  },
  async (t) => {
    const run = await t.flows.createRun({ callback: false });
    const ids = { receipt_id: 'rcpt_any', contract_id: 'contract_any', ...idsOfRun(run.created, run.token, run.entitlement) };
    const endpoints = servedEndpoints(t.caps);
    // Routes served under several methods would be listed once per method; group them by path.
    const served = new Map<string, Set<string>>();
    for (const endpoint of endpoints) served.set(endpoint.template, (served.get(endpoint.template) ?? new Set()).add(endpoint.method));
    t.assertTrue('ERRORS-METHOD', 'routes to probe', served.size > 0, { expected: 'at least one', observed: served.size });

    for (const [template, methods] of served) {
      const endpoint = endpoints.find((e) => e.template === template)!;
      const path = endpointPath(endpoint, ids);
      const wrong = ['PUT', 'DELETE', 'PATCH', methods.has('GET') ? 'POST' : 'GET'];
      for (const method of wrong) {
        const exchange = await t.http.request(method, path, {
          ...(method === 'GET' ? {} : { body: {} }),
          ...(endpoint.public === true ? { apiKey: null } : { idempotencyKey: randomUUID() }),
        });
        t.assertProblem('ERRORS-METHOD', exchange, 405, 'method-not-allowed');
        const allow = (exchange.headers['allow'] ?? '').split(',').map((m) => m.trim().toUpperCase()).filter((m) => m.length > 0);
        t.assertTrue('ERRORS-METHOD', `${method} ${template}: Allow header lists the served methods and not ${method}`, [...methods].every((m) => allow.includes(m)) && !allow.includes(method), {
          expected: `an Allow header with ${[...methods].join(', ')} and without ${method}`,
          observed: exchange.headers['allow'],
        });
      }
    }
  },
);
