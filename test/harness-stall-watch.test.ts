import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type CallbackReceiver } from '../src/harness/index.js';
import { runScenario } from '../src/harness/run-scenario.js';
import { longestStallMs, stallLimitMs, watchStalls } from '../src/harness/stall-watch.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostCapabilities } from '../generated/types.js';
import { packageRoot } from '../src/schemas.js';
import { discovered, entry, fakeEnv, json } from './harness-fixtures.js';

/** A host with callbacks, as the reference host advertises them in conformance mode. */
const withCallbacks = JSON.parse(readFileSync(join(packageRoot, 'fixtures/host-capabilities/valid/reference-host-conformance.json'), 'utf8')) as HostCapabilities;
const REQUEST_TIMEOUT_MS = withCallbacks.callbacks.request_timeout_ms!;
const payload = readFileSync(join(packageRoot, 'fixtures/callback-payload/valid/task-result-ready.json'), 'utf8');

/** Holds the event loop, as a loaded machine or a long synchronous step would. */
function holdLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 60));

describe('the stall watch', () => {
  it('measures a span in which the loop did not turn, only inside the window asked about', async () => {
    const stop = watchStalls();
    try {
      await turn();
      const beforeMs = Date.now();
      holdLoop(400);
      const afterMs = Date.now();
      // Seen at once, before the watch's own timer turns.
      expect(longestStallMs(beforeMs, afterMs)).toBeGreaterThanOrEqual(300);
      await turn();
      expect(longestStallMs(beforeMs, Date.now())).toBeGreaterThanOrEqual(300);
      expect(longestStallMs(Date.now() + 1, Date.now() + 1000)).toBe(0);
    } finally {
      stop();
    }
  });

  it('allows half the host request timeout, at most a second', () => {
    expect(stallLimitMs(1500)).toBe(750);
    expect(stallLimitMs(15_000)).toBe(1000);
  });
});

describe('a callback failure while the kit stalled around an attempt', () => {
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  const host = async (): Promise<Response> => json(200, {});
  const scenarioOf = (options: { deliver: boolean; rule: 'CALLBACK-410-STOPS' | 'CALLBACK-FRESH-TIMESTAMP' | 'LIFECYCLE-STATE-ENUM' }) =>
    entry({ id: 'stalled', title: 'stalls', rules: [options.rule] }, async (t) => {
      const mailbox = t.receiver.mailbox();
      // The host's attempt: answered by the receiver, then the kit stalls while the host could still be waiting.
      if (options.deliver) await fetch(mailbox.url, { method: 'POST', body: payload, headers: { 'content-type': 'application/json' } });
      holdLoop(stallLimitMs(REQUEST_TIMEOUT_MS) + 300);
      t.assertEqual(options.rule, 'what the host recorded', 'retrying', 'failed');
    });

  it('is set aside: the scenario is blocked, naming the failure, with it in the transcript', async () => {
    const outcome = await runScenario(scenarioOf({ deliver: true, rule: 'CALLBACK-410-STOPS' }), { ...fakeEnv(host, { discovery: discovered(withCallbacks) }), receiver });
    expect(outcome.disposition).toBe('blocked');
    expect(outcome.reason).toMatch(/^the kit itself stalled \d+ ms around a callback attempt .*: CALLBACK-410-STOPS: what the host recorded$/);
    expect(outcome.failures).toEqual([]);
    expect(outcome.transcript).toContain('CALLBACK-410-STOPS');
  });

  it('still fails when no attempt arrived, or under a rule a late answer cannot explain', async () => {
    const cases = [
      { deliver: false, rule: 'CALLBACK-410-STOPS' },
      { deliver: true, rule: 'CALLBACK-FRESH-TIMESTAMP' },
      { deliver: true, rule: 'LIFECYCLE-STATE-ENUM' },
    ] as const;
    for (const options of cases) {
      const outcome = await runScenario(scenarioOf(options), { ...fakeEnv(host, { discovery: discovered(withCallbacks) }), receiver });
      expect(outcome.disposition).toBe('fail');
      expect(outcome.failures[0]).toMatchObject({ rule: options.rule });
    }
  });
});
