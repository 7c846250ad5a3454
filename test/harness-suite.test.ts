import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envOptionsFromVariables } from '../src/harness/env.js';
import type { FetchLike } from '../src/harness/http.js';
import { loadScenarios, matchesFilter, runSuite } from '../src/harness/suite.js';
import { digest } from '../src/jcs.js';
import { capabilities, entry, json } from './harness-fixtures.js';

const caps = capabilities();

/** Serves a fetch-style handler over real HTTP, so the URL target is exercised end to end. */
async function serve(handler: FetchLike): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const response = await handler(
      new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let host: { url: string; close: () => Promise<void> };
const authorizations: (string | null)[] = [];

beforeAll(async () => {
  host = await serve(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/agents/capabilities') return json(200, caps);
    authorizations.push(request.headers.get('authorization'));
    return json(404, { type: 'urn:agent-task:problem:not-found', title: 'Resource not found', status: 404 }, 'application/problem+json');
  });
});
afterAll(async () => {
  await host.close();
});

const probe = (id: string, rules: Parameters<typeof entry>[0]['rules'], requires: Parameters<typeof entry>[0]['requires'] = []) =>
  entry({ id, title: id, rules, requires }, async (t) => {
    const answer = await t.http.request('GET', '/api/agents/status/unknown-token');
    t.assertProblem(rules[0]!, answer, 404, 'not-found');
  });

describe('runSuite', () => {
  it('runs every selected scenario against a URL host and accounts for all of them', async () => {
    const seen: string[] = [];
    const startedBeforeOutcome: string[] = [];
    const scenarios = [
      probe('unknown-status', ['ERRORS-NOT-FOUND']),
      probe('unknown-ledger', ['LEDGER-TOKEN-ACCESS']),
      probe('needs-replay', ['REPLAY-PACKAGE'], ['replay']),
      probe('not-selected', ['SECURITY-AUTH-REQUIRED']),
    ];
    const result = await runSuite({
      target: { kind: 'url', baseUrl: `${host.url}/`, apiKey: 'suite-key' },
      scenarios,
      filter: ['ERRORS', 'LEDGER-TOKEN-ACCESS', 'needs-replay'],
      maxWorkers: 2,
      onStart: (s) => startedBeforeOutcome.push(`${s.id} ${s.area}`),
      onOutcome: (o) => {
        expect(startedBeforeOutcome.some((line) => line.startsWith(`${o.id} `))).toBe(true);
        seen.push(o.id);
      },
    });
    expect(result.scenarios.map((o) => [o.id, o.disposition, o.reason])).toEqual([
      ['unknown-status', 'pass', null],
      ['unknown-ledger', 'pass', null],
      ['needs-replay', 'inapplicable', 'host does not declare replay.supported'],
    ]);
    expect(seen.sort()).toEqual(['needs-replay', 'unknown-ledger', 'unknown-status']);
    expect(startedBeforeOutcome).toHaveLength(3);
    expect(result.hostUrl).toBe(host.url);
    expect(result.capabilities).toEqual(caps);
    expect(result.capabilitiesDigest).toBe(digest(caps));
    // One discovery read plus one request per scenario that ran.
    expect(result.exchanges).toBe(3);
    expect(Date.parse(result.finishedAt)).toBeGreaterThanOrEqual(Date.parse(result.startedAt));
    expect(result.wallTimeMs).toBeGreaterThanOrEqual(0);
    expect(authorizations.every((a) => a === 'Bearer suite-key')).toBe(true);
  });

  it('blocks every scenario, never failing one, when the host cannot be reached', async () => {
    const result = await runSuite({
      target: { kind: 'url', baseUrl: 'http://127.0.0.1:9', apiKey: 'k' },
      scenarios: [probe('unknown-status', ['ERRORS-NOT-FOUND']), probe('needs-replay', ['REPLAY-PACKAGE'], ['replay'])],
      timeouts: { requestMs: 2000 },
    });
    expect(result.capabilities).toBeNull();
    expect(result.scenarios.map((o) => o.disposition)).toEqual(['blocked', 'blocked']);
    expect(result.scenarios[0]!.reason).toContain('no HTTP answer');
    expect(result.scenarios[1]!.reason).toContain('capabilities document unavailable');
  });
});

describe('filters and loading', () => {
  const e = probe('unknown-status', ['ERRORS-NOT-FOUND', 'ERRORS-PROBLEM-JSON']);

  it('matches by scenario id, area (any case) and rule id', () => {
    expect(matchesFilter(e, [])).toBe(true);
    expect(matchesFilter(e, ['unknown-status'])).toBe(true);
    expect(matchesFilter(e, ['errors'])).toBe(true);
    expect(matchesFilter(e, ['ERRORS-PROBLEM-JSON'])).toBe(true);
    expect(matchesFilter(e, ['LEDGER', 'other-id'])).toBe(false);
  });

  it('loads the scenario files without registering vitest tests and filters them', async () => {
    const all = await loadScenarios();
    const ids = all.map((s) => s.def.id);
    expect(ids).toEqual(expect.arrayContaining(['callback-signature', 'discovery-document', 'ledger-hash-link']));
    for (const s of all) expect(s.file).toBe(`scenarios/${s.def.id}.test.ts`);
    expect((await loadScenarios(['LEDGER-HASH-LINK'])).map((s) => s.def.id)).toEqual(['ledger-hash-link']);
    expect((await loadScenarios(['discovery'])).every((s) => s.area === 'DISCOVERY')).toBe(true);
  });

  it('reads the target and receiver placement from ATK_* variables', () => {
    expect(envOptionsFromVariables({ ATK_FAULTS: 'ledger-sequence-gap, attestation-placeholder-hash', ATK_VARIANTS: 'coarse-phases' })).toEqual({
      target: { kind: 'embedded', faults: ['ledger-sequence-gap', 'attestation-placeholder-hash'], variants: ['coarse-phases'] },
      receiver: {},
    });
    expect(
      envOptionsFromVariables({
        ATK_HOST_URL: 'https://host.example.test',
        ATK_API_KEY: 'k',
        ATK_CALLBACK_LISTEN: '0.0.0.0:8788',
        ATK_CALLBACK_URL: 'https://hooks.example.test',
      }),
    ).toEqual({
      target: { kind: 'url', baseUrl: 'https://host.example.test', apiKey: 'k' },
      receiver: { listen: '0.0.0.0:8788', publicUrl: 'https://hooks.example.test' },
    });
  });
});
