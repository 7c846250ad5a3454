/**
 * The suite against a host that implements nothing (src/audit/no-op-host.ts: a valid capabilities document
 * declaring everything, {} for every other request). A scenario that passes against it proves nothing about a
 * real host, so none may pass, except the few listed with their reason under `no_op_passes` in
 * spec/mutation-exemptions.json (each to be strengthened until the list is empty).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noOpHostTarget } from '../src/audit/no-op-host.js';
import { DEFAULT_TIMEOUTS, discoverTarget, loadScenarios, runScenario, startReceiver } from '../src/harness/index.js';
import { EXEMPTIONS_FILE } from '../src/matrix/verify.js';
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
    } finally {
      await receiver.close();
    }
  }, 60_000);
});
