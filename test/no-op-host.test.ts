/**
 * The suite against a host that implements nothing (dev/audit/no-op-host.ts: a valid capabilities document
 * declaring everything, {} for every other request). A scenario that passes against it proves nothing about a
 * real host, so none may pass, except the few listed with their reason under `no_op_passes` in
 * spec/mutation-exemptions.json (each to be strengthened until the list is empty).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noOpHostTarget } from '../dev/audit/no-op-host.js';
import { DEFAULT_TIMEOUTS, discoverTarget, loadScenarios, runScenario, startReceiver } from '../src/harness/index.js';
import { EXEMPTIONS_FILE } from '../dev/matrix/verify.js';
import { packageRoot } from '../src/schemas.js';

const listed = (JSON.parse(readFileSync(join(packageRoot, EXEMPTIONS_FILE), 'utf8')) as { no_op_passes?: Record<string, string> }).no_op_passes ?? {};

describe('a host that implements nothing', () => {
  it('passes no scenario (other than the listed ones)', async () => {
    const entries = await loadScenarios();
    const receiver = await startReceiver();
    try {
      const target = noOpHostTarget();
      const { discovery } = await discoverTarget(target, DEFAULT_TIMEOUTS.requestMs);
      expect(discovery.ok, 'the no-op host serves a valid capabilities document').toBe(true);
      // No callback ever comes from this host: waiting for one briefly is enough.
      const timeouts = { ...DEFAULT_TIMEOUTS, waitForMs: 200 };
      const outcomes = await Promise.all(entries.map((entry) => runScenario(entry, { target, receiver, capabilities: discovery, timeouts })));
      const passed = outcomes.filter((o) => o.disposition === 'pass').map((o) => o.id).sort();
      expect(passed).toEqual(Object.keys(listed).sort());
      // The host answered every request: whatever it got wrong is a failure under a rule, never blocked.
      const blocked = outcomes.filter((o) => o.disposition === 'blocked').map((o) => `${o.id}: ${o.reason}`);
      expect(blocked).toEqual([]);
    } finally {
      await receiver.close();
    }
  }, 60_000);
});

describe('a host that refuses every request with a 400 problem', () => {
  it('fails every scenario of the ERRORS area that applies: none passes, none is blocked', async () => {
    const problem = new Response(JSON.stringify({ type: 'urn:agent-task:problem:invalid-request', title: 'Invalid request', status: 400 }), {
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
    });
    const noOp = noOpHostTarget();
    const target = {
      hostUrl: 'embedded:refusing-host',
      async open() {
        const session = await noOp.open();
        return { ...session, fetch: async (request: Request) => (new URL(request.url).pathname.endsWith('/capabilities') ? session.fetch(request) : problem.clone()) };
      },
    };
    const entries = await loadScenarios(['ERRORS']);
    const receiver = await startReceiver();
    try {
      const { discovery } = await discoverTarget(target, DEFAULT_TIMEOUTS.requestMs);
      const outcomes = await Promise.all(entries.map((entry) => runScenario(entry, { target, receiver, capabilities: discovery, timeouts: DEFAULT_TIMEOUTS })));
      const dispositions = outcomes.map((o) => `${o.id}: ${o.disposition} ${o.reason ?? ''}`).join('\n');
      expect(outcomes.length).toBeGreaterThan(5);
      expect(outcomes.filter((o) => o.disposition !== 'fail' && o.disposition !== 'inapplicable').map((o) => o.id), dispositions).toEqual([]);
      expect(outcomes.some((o) => o.disposition === 'fail'), dispositions).toBe(true);
    } finally {
      await receiver.close();
    }
  }, 60_000);
});
