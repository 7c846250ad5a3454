import type { Exchange } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';

const SECRET_PATTERN = /^whsec_([A-Za-z0-9+/]{32,88}={0,2})$/;
/** 128 bits need at least 22 characters of a 64-symbol alphabet. */
const MIN_TOKEN_CHARS = 22;

scenario(
  {
    id: 'lifecycle-run-created-links',
    title: 'Run creation answers 201 with a token, working links and a signing secret that no later answer repeats',
    rules: ['LIFECYCLE-RUN-CREATED-LINKS'],
    requires: [],
  },
  async (t) => {
    const first = await t.flows.createRun({});
    const second = await t.flows.createRun({ callback: false });
    const { created, token, secret } = first;
    const base = `${new URL(first.exchange.url).origin}/api/agents`;
    const path = encodeURIComponent(token);

    t.assertTrue('LIFECYCLE-RUN-CREATED-LINKS', 'status_token is long enough to be unguessable and differs per run', token.length >= MIN_TOKEN_CHARS && token !== second.token && !token.includes(created.agent_task_run_id), {
      expected: `≥ ${MIN_TOKEN_CHARS} characters, distinct per run, not containing the run id`,
      observed: { token, other_run_token: second.token, agent_task_run_id: created.agent_task_run_id },
    });
    t.assertEqual(
      'LIFECYCLE-RUN-CREATED-LINKS',
      'links of the run-created answer',
      {
        status_url: created.status_url,
        ledger_url: created.ledger_url,
        result_url: created.result_url,
        result_attestation_url: created.result_attestation_url,
      },
      {
        status_url: `${base}/status/${path}`,
        ledger_url: `${base}/tasks/${path}/ledger`,
        result_url: `${base}/tasks/${path}/result`,
        result_attestation_url: `${base}/tasks/${path}/attestation`,
      },
    );
    const secretKey = SECRET_PATTERN.exec(secret)?.[1];
    const secretBytes = secretKey === undefined ? 0 : Buffer.from(secretKey, 'base64').length;
    t.assertTrue('LIFECYCLE-RUN-CREATED-LINKS', 'callback_signing_secret is whsec_ + base64 of 24 to 64 bytes', secretBytes >= 24 && secretBytes <= 64, {
      expected: 'whsec_<base64 of 24..64 bytes>',
      observed: `${secret.slice(0, 10)}… (${secretBytes} bytes)`,
    });

    // The links work from the start: the run documents at once, the result ones as "not ready yet".
    const later: Exchange[] = [];
    const follow = async (url: string | undefined): Promise<Exchange> => {
      const exchange = await t.http.request('GET', url ?? `${base}/missing-link`);
      later.push(exchange);
      return exchange;
    };
    for (const url of [created.status_url, created.ledger_url]) {
      const exchange = await follow(url);
      t.assertStatus('LIFECYCLE-RUN-CREATED-LINKS', exchange, 200);
      t.assertEqual('LIFECYCLE-RUN-CREATED-LINKS', `agent_task_run_id at ${url}`, (exchange.json as { agent_task_run_id?: unknown } | undefined)?.agent_task_run_id, created.agent_task_run_id);
    }
    for (const url of [created.result_url, created.result_attestation_url]) {
      t.assertProblem('LIFECYCLE-RUN-CREATED-LINKS', await follow(url), 409, 'result-not-ready');
    }

    const run = await t.flows.runToRest(token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${token} comes to rest closed`, run.state === 'closed', {
      expected: '"closed"',
      observed: { state: run.state, callback_status: run.callback_status },
    });
    for (const url of [created.status_url, created.ledger_url, created.result_url, created.result_attestation_url]) {
      const exchange = await follow(url);
      t.assertStatus('LIFECYCLE-RUN-CREATED-LINKS', exchange, 200);
      t.assertEqual('LIFECYCLE-RUN-CREATED-LINKS', `agent_task_run_id at ${url} once closed`, (exchange.json as { agent_task_run_id?: unknown } | undefined)?.agent_task_run_id, created.agent_task_run_id);
    }
    await follow(`${base}/tasks/${path}/result-contract`);
    if (t.caps.callbacks.supported) await follow(`${base}/tasks/${path}/callback-payload`);
    await follow(run.usage_receipt_url ?? run.receipt_url);

    for (const exchange of later) {
      t.assertTrue('LIFECYCLE-RUN-CREATED-LINKS', `${exchange.method} ${exchange.url} does not repeat the signing secret`, !exchange.text.includes(secretKey ?? secret), {
        expected: 'no occurrence of the secret',
        observed: `${exchange.text.length} characters, secret ${exchange.text.includes(secretKey ?? secret) ? 'present' : 'absent'}`,
      });
    }
  },
);
