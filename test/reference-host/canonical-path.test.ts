import { afterEach, describe, expect, it } from 'vitest';
import { canonicalPath } from '../../reference-host/canonical-path.js';
import { BASE, runRequest, TestHost } from './support.js';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('canonical path', () => {
  it('decodes escaped unreserved characters, upper-cases other escapes and resolves dot segments', () => {
    const cases: Array<[string, string]> = [
      ['/api/agents/run', '/api/agents/run'],
      ['/api/agents/ru%6E', '/api/agents/run'],
      ['/api/agents/ru%6e', '/api/agents/run'],
      ['/api/agents/%72un', '/api/agents/run'],
      ['/api/%61gents/%7e', '/api/agents/~'],
      ['/api/agents/./run', '/api/agents/run'],
      ['/api/agents/x/../run', '/api/agents/run'],
      ['/api/agents/x/%2E%2E/run', '/api/agents/run'],
      ['/api/agents/%2e/run', '/api/agents/run'],
      ['/../../api/agents/run', '/api/agents/run'],
      ['/api/agents/run/..', '/api/agents/'],
      ['/api/agents/contracts/a%2fb', '/api/agents/contracts/a%2Fb'],
      ['/api/agents/contracts/%c3%bc%20x', '/api/agents/contracts/%C3%BC%20x'],
      ['/api/agents/contracts/a%5cb', '/api/agents/contracts/a%5Cb'],
    ];
    for (const [raw, canonical] of cases) expect(canonicalPath(raw), raw).toEqual({ ok: true, path: canonical });
  });

  it('refuses a raw backslash and a stray percent sign', () => {
    expect(canonicalPath('/api/agents\\run').ok).toBe(false);
    expect(canonicalPath('/api/agents/ru%6').ok).toBe(false);
    expect(canonicalPath('/api/agents/%zzrun').ok).toBe(false);
  });
});

describe('one path for routing and idempotency', () => {
  it('creates one run and reserves credits once for one key and body sent under every spelling of /run (IDEMPOTENCY-REPLAY)', async () => {
    host = new TestHost();
    const funding = await host.fund(100);
    const body = runRequest(funding);
    const spellings = ['/run', '/ru%6E', '/ru%6e', '/%72un', '/%72%75%6e', '/./run', '/x/../run', '/x/%2e%2e/run', '/%2E/run'];
    const answers = [];
    for (const path of spellings) answers.push(await host.post(path, body, { idem: 'one-key' }));
    expect(answers.map((a) => a.status)).toEqual(spellings.map(() => 201));
    expect(new Set(answers.map((a) => a.json.agent_task_run_id)).size).toBe(1);
    expect(answers.slice(1).every((a) => a.headers.get('idempotent-replayed') === 'true')).toBe(true);
    const entitlement = await host.get(`/entitlements/${funding.entitlementId}`);
    expect(entitlement.json.credits_reserved).toBe(funding.creditsQuoted);
    expect((await host.get('/queue/monitor')).json.counts.accepted).toBe(1);
    expect(host.schemaFailures).toEqual([]);
  });

  it('routes escaped spellings of a route and its parameters to the same document', async () => {
    host = new TestHost();
    const { token } = await host.createRun();
    const plain = await host.get(`/status/${token}`);
    const escaped = await host.get(`/st%61tus/./${token}`);
    expect(escaped.status).toBe(200);
    expect(escaped.text).toBe(plain.text);
  });

  it('names the canonical path as the problem instance', async () => {
    host = new TestHost();
    const answer = await host.get('/st%61tus/x/../unknown-token');
    expect(answer.json).toMatchObject({ status: 404, instance: '/api/agents/status/unknown-token' });
  });

  it('refuses a stray percent sign with 400 malformed-request (ERRORS-PROBLEM-JSON)', async () => {
    host = new TestHost();
    const answer = await host.host.fetch(new Request(`${BASE}/ru%6`, { method: 'GET' }));
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ type: 'urn:agent-task:problem:malformed-request', status: 400 });
  });
});
