import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioContext } from '../src/harness/context.js';
import { TimeBudget } from '../src/harness/real-time.js';
import { runScenario } from '../src/harness/run-scenario.js';
import { packageRoot } from '../src/schemas.js';
import { capabilities, discovered, entry, fakeEnv, json } from './harness-fixtures.js';

const statusClosed: unknown = JSON.parse(
  readFileSync(join(packageRoot, 'fixtures/agent-task-run/valid/status-closed.json'), 'utf8'),
);

/** Answers the status of any token with a valid closed run and counts requests per path. */
function host(overrides: Record<string, () => Response | Promise<Response>> = {}) {
  const seen: Request[] = [];
  const handler = async (request: Request): Promise<Response> => {
    seen.push(request);
    const path = new URL(request.url).pathname;
    const override = overrides[path];
    if (override) return override();
    if (path === '/api/agents/_seams/tenants') return json(201, { tenant_id: 't_1', api_key: 'fresh-tenant-key' });
    if (path.startsWith('/api/agents/status/')) return json(200, statusClosed);
    return json(404, { type: 'urn:agent-task:problem:not-found', title: 'Resource not found', status: 404 }, 'application/problem+json');
  };
  return { handler, seen };
}

const withTenants = discovered(
  capabilities((c) => {
    c.seams = { supported: true, tenants: { supported: true }, test_clock: { supported: false } };
  }),
);

describe('dispositions', () => {
  it('passes a scenario whose assertions hold, counting assertions and exchanges', async () => {
    const { handler } = host();
    const outcome = await runScenario(
      entry({ id: 'status-read', title: 'reads status', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        const { body } = await t.api.status('tok');
        t.assertEqual('LIFECYCLE-STATE-ENUM', 'state', body.state, 'closed');
      }),
      fakeEnv(handler),
    );
    expect(outcome).toMatchObject({
      id: 'status-read',
      file: 'scenarios/status-read.test.ts',
      area: 'LIFECYCLE',
      disposition: 'pass',
      reason: null,
      assertions: 1,
      exchanges: 1,
      failures: [],
    });
  });

  it('fails a scenario that finishes with zero assertions', async () => {
    const { handler } = host();
    const outcome = await runScenario(
      entry({ id: 'lazy', title: 'asserts nothing', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        await t.api.status('tok');
      }),
      fakeEnv(handler),
    );
    expect(outcome).toMatchObject({ disposition: 'fail', reason: 'no assertion ran', assertions: 0 });
  });

  it('fails on a recorded assertion even when the body swallows the throw', async () => {
    const { handler } = host();
    const outcome = await runScenario(
      entry({ id: 'swallow', title: 'catches', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        try {
          t.assertEqual('LIFECYCLE-STATE-ENUM', 'state', 'closed', 'queued');
        } catch {
          // a careless scenario
        }
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'later', true, { expected: 'true', observed: true });
      }),
      fakeEnv(handler),
    );
    expect(outcome.disposition).toBe('fail');
    expect(outcome.reason).toBe('LIFECYCLE-STATE-ENUM: state');
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]).toMatchObject({ rule: 'LIFECYCLE-STATE-ENUM', expected: '"queued"', observed: '"closed"' });
  });

  it('blocks, never fails, when a request gets no answer', async () => {
    const outcome = await runScenario(
      entry({ id: 'net-down', title: 'network', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        const { body } = await t.api.status('tok');
        t.assertEqual('LIFECYCLE-STATE-ENUM', 'state', body.state, 'closed');
      }),
      fakeEnv(async () => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      }),
    );
    expect(outcome.disposition).toBe('blocked');
    expect(outcome.reason).toContain('no HTTP answer to GET http://fake.invalid/api/agents/status/tok');
    expect(outcome.reason).toContain('ECONNRESET');
    expect(outcome.failures).toEqual([]);
    expect(outcome.exchanges).toBe(1);
    expect(outcome.transcript).toContain('→ no answer');
  });

  it('blocks when a request outlives the request timeout', async () => {
    const outcome = await runScenario(
      entry({ id: 'slow', title: 'slow host', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        await t.api.status('tok');
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'x', true, { expected: '', observed: 1 });
      }),
      fakeEnv(() => new Promise<Response>(() => {}), { requestMs: 50 }),
    );
    expect(outcome).toMatchObject({ disposition: 'blocked', reason: expect.stringContaining('no answer within 50 ms') });
  });

  it('fails incidentally on a helper check the scenario does not list, and plainly when it lists the rule', async () => {
    const { handler } = host({ '/api/agents/status/tok': () => json(200, { object_type: 'agent_task_run' }) });
    const body = (rule: 'LIFECYCLE-STATE-ENUM' | 'LIFECYCLE-DOCUMENTS-VALID') => async (t: ScenarioContext) => {
      await t.api.status('tok');
      t.assertTrue(rule, 'unreached', true, { expected: '', observed: 1 });
    };
    const incidental = await runScenario(
      entry({ id: 'pre', title: 'precondition', rules: ['LIFECYCLE-STATE-ENUM'] }, body('LIFECYCLE-STATE-ENUM')),
      fakeEnv(handler),
    );
    expect(incidental.disposition).toBe('fail');
    expect(incidental.failures[0]).toMatchObject({ rule: 'LIFECYCLE-DOCUMENTS-VALID', incidental: true });
    expect(incidental.failures[0]?.what).toMatch(/^GET .* body validates against agent-task-run/);
    expect(incidental.failures[0]?.transcript).toContain('# 1 GET');

    const failed = await runScenario(
      entry({ id: 'docs', title: 'documents', rules: ['LIFECYCLE-DOCUMENTS-VALID'] }, body('LIFECYCLE-DOCUMENTS-VALID')),
      fakeEnv(handler),
    );
    expect(failed.disposition).toBe('fail');
    expect(failed.failures[0]!.rule).toBe('LIFECYCLE-DOCUMENTS-VALID');
    expect(failed.assertions).toBe(2);
  });

  it('fails with a harness error when a scenario cites a rule it does not list', async () => {
    const { handler } = host();
    const outcome = await runScenario(
      entry({ id: 'unlisted', title: 'unlisted rule', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        t.assertTrue('LEDGER-SEQUENCE', 'x', true, { expected: '', observed: 1 });
      }),
      fakeEnv(handler),
    );
    expect(outcome.disposition).toBe('fail');
    expect(outcome.reason).toBe('harness error: scenario unlisted: rule LEDGER-SEQUENCE is asserted but not listed in its rules');
  });

  it('ends a scenario with its own blocked or inapplicable call', async () => {
    const { handler } = host();
    const def = { title: 'explicit', rules: ['LIFECYCLE-STATE-ENUM'] as const };
    const blocked = await runScenario(entry({ id: 'b', ...def, rules: [...def.rules] }, async (t) => t.blocked('no quote')), fakeEnv(handler));
    const inapplicable = await runScenario(
      entry({ id: 'i', ...def, rules: [...def.rules] }, async (t) => t.inapplicable('not offered')),
      fakeEnv(handler),
    );
    expect([blocked.disposition, blocked.reason]).toEqual(['blocked', 'no quote']);
    expect([inapplicable.disposition, inapplicable.reason]).toEqual(['inapplicable', 'not offered']);
  });
});

describe('capability gating', () => {
  it('makes a scenario inapplicable with the reason, without touching the host', async () => {
    const { handler, seen } = host();
    const env = fakeEnv(handler);
    const outcome = await runScenario(
      entry({ id: 'needs-callbacks', title: 'callbacks', rules: ['CALLBACK-SIGNATURE'], requires: ['callbacks'] }, async () => {
        throw new Error('must not run');
      }),
      env,
    );
    expect(outcome).toMatchObject({
      disposition: 'inapplicable',
      reason: 'host does not declare callbacks.supported',
      requires: ['callbacks'],
      assertions: 0,
      exchanges: 0,
    });
    expect(seen).toHaveLength(0);
  });

  it('names the seams block when seams are off altogether', async () => {
    const { handler } = host();
    const outcome = await runScenario(
      entry({ id: 'clocked', title: 'clock', rules: ['SEAMS-CLOCK-ADVANCE'], requires: ['seams.test_clock'] }, async () => {}),
      fakeEnv(handler),
    );
    expect(outcome.reason).toBe('host does not declare seams.supported');
  });

  it('waits in real time for a host without the test clock, and is inapplicable when the wait exceeds the budget', async () => {
    const { handler } = host();
    const clockUse = (ms: number) =>
      entry({ id: 'clock-use', title: 'clock', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        const before = Date.now();
        await t.clock.advance(ms);
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'real time moved', Date.now() - before >= ms, { expected: `>= ${ms}`, observed: Date.now() - before });
      });
    const env = { ...fakeEnv(handler, { discovery: withTenants }), budget: new TimeBudget(5_000) };
    const waited = await runScenario(clockUse(50), env);
    expect(waited.disposition).toBe('pass');
    const outcome = await runScenario(clockUse(60_000), env);
    expect(outcome.disposition).toBe('inapplicable');
    expect(outcome.reason).toMatch(/^a wait of 60 s of host time is .*; the time budget is 5 s/);
  });

  it('blocks scenarios that need capabilities when discovery failed, and runs the others', async () => {
    const { handler } = host();
    const discovery = { ok: false as const, reason: 'capabilities document unavailable: GET … answered 500' };
    const gated = await runScenario(
      entry({ id: 'gated', title: 'g', rules: ['REPLAY-PACKAGE'], requires: ['replay'] }, async () => {}),
      fakeEnv(handler, { discovery }),
    );
    expect(gated).toMatchObject({ disposition: 'blocked', reason: discovery.reason });
    const free = await runScenario(
      entry({ id: 'free', title: 'f', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        const { body } = await t.api.status('tok');
        t.assertEqual('LIFECYCLE-STATE-ENUM', 'state', body.state, 'closed');
      }),
      fakeEnv(handler, { discovery }),
    );
    expect(free.disposition).toBe('pass');
  });
});

describe('tenants', () => {
  it('gives each scenario a fresh tenant through the seam, created on first authenticated use', async () => {
    const { handler, seen } = host();
    const outcome = await runScenario(
      entry({ id: 'tenant', title: 't', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
        await t.api.status('tok');
        await t.api.status('tok');
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'x', true, { expected: '', observed: 1 });
      }),
      fakeEnv(handler, { discovery: withTenants }),
    );
    expect(outcome.disposition).toBe('pass');
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual([
      '/api/agents/capabilities',
      '/api/agents/_seams/tenants',
      '/api/agents/status/tok',
      '/api/agents/status/tok',
    ]);
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(seen[1]!.headers.get('authorization')).toBeNull();
    expect(seen[2]!.headers.get('authorization')).toBe('Bearer fresh-tenant-key');
    expect(outcome.exchanges).toBe(4);
  });

  it('uses the configured key when the host offers no tenants seam', async () => {
    const { handler, seen } = host();
    await runScenario(
      entry({ id: 'configured', title: 'c', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        await t.api.status('tok');
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'x', true, { expected: '', observed: 1 });
      }),
      fakeEnv(handler),
    );
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer configured-key']);
  });

  it('blocks when there is neither a tenants seam nor a configured key', async () => {
    const { handler } = host();
    const outcome = await runScenario(
      entry({ id: 'keyless', title: 'k', rules: ['LIFECYCLE-STATE-ENUM'] }, async (t) => {
        await t.api.status('tok');
      }),
      fakeEnv(handler, { apiKey: null }),
    );
    expect(outcome).toMatchObject({ disposition: 'blocked', reason: expect.stringContaining('no API key') });
  });

  it('gives t.tenant() its own key', async () => {
    const { handler, seen } = host();
    const outcome = await runScenario(
      entry({ id: 'second', title: 's', rules: ['SEAMS-TENANTS'] }, async (t) => {
        const other = await t.tenant();
        t.assertEqual('SEAMS-TENANTS', 'api key', other.apiKey, 'fresh-tenant-key');
        await other.api.status('tok');
      }),
      fakeEnv(handler, { discovery: withTenants }),
    );
    expect(outcome.disposition).toBe('pass');
    // The seam's own status and schema checks count because the scenario lists SEAMS-TENANTS.
    expect(outcome.assertions).toBe(3);
    expect(seen.at(-1)!.headers.get('authorization')).toBe('Bearer fresh-tenant-key');
  });
});
