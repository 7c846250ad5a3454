import { missingCapability, scenario } from '../src/harness/index.js';
import { endpointPath, idsOfRun, servedEndpoints } from '../src/harness/checks/endpoints.js';

scenario(
  {
    id: 'security-secret-once',
    title: 'The callback signing secret appears in the run-created answer and in no later document, callback body or header',
    rules: ['SECURITY-SECRET-ONCE'],
    requires: ['callbacks'],
  },
  async (t) => {
    // A refused first attempt, so the secret could also leak into attempt records and a retry.
    const run = await t.flows.createRun({ callback: [{ status: 500 }] });
    const rested = await t.flows.runToRest(run.token);
    const deliveries = (await run.mailbox?.waitFor(2)) ?? [];
    const encoded = run.secret.replace(/^whsec_/, '');
    const key = Buffer.from(encoded, 'base64');
    const forms = [run.secret, encoded, key.toString('hex'), key.toString('base64url')];
    t.assertTrue('SECURITY-SECRET-ONCE', 'the run-created answer carries the secret', (run.exchange.json as { callback_signing_secret?: string }).callback_signing_secret === run.secret && key.length > 0, {
      expected: 'callback_signing_secret in the 201 answer',
      observed: run.exchange.status,
    });

    const ids = idsOfRun(rested, run.token, run.entitlement);
    const texts: { where: string; text: string }[] = [];
    for (const endpoint of servedEndpoints(t.caps).filter((e) => e.method === 'GET' && (e.resource === undefined || ids[e.resource] !== undefined))) {
      if (endpoint.template.startsWith('/capabilities') || endpoint.template.startsWith('/_seams')) continue;
      const exchange = await t.http.request('GET', endpointPath(endpoint, ids));
      texts.push({ where: `GET ${endpoint.template} (${exchange.status})`, text: `${JSON.stringify(exchange.headers)}\n${exchange.text}` });
    }
    for (const [i, delivery] of deliveries.entries()) {
      texts.push({ where: `callback attempt ${i + 1}`, text: `${JSON.stringify(delivery.headers)}\n${delivery.text}` });
    }
    if (missingCapability(t.caps, 'queue_monitor') === null) {
      texts.push({ where: 'queue monitor', text: (await t.api.queueMonitor()).exchange.text });
    }

    t.assertTrue('SECURITY-SECRET-ONCE', 'documents and deliveries read after the run was created', texts.length >= 10 && deliveries.length >= 2, {
      expected: 'at least 10 documents and 2 deliveries',
      observed: { documents: texts.length, deliveries: deliveries.length },
    });
    for (const { where, text } of texts) {
      const leaked = forms.filter((form) => text.includes(form));
      t.assertEqual('SECURITY-SECRET-ONCE', `${where}: forms of the signing secret it contains`, leaked.map((form) => `${form.slice(0, 10)}…`), []);
    }
  },
);
