/**
 * A scenario stopped at its time limit: outstanding requests are abandoned, mailbox waits released, new requests
 * refused before they reach the host, and what it records afterwards counts for nothing. runScenario returns only
 * once the body has settled, or after the grace period.
 */
import { describe, expect, it } from 'vitest';
import { startReceiver } from '../src/harness/receiver.js';
import { ABORT_GRACE_MS, runScenario } from '../src/harness/run-scenario.js';
import { discovered, entry, fakeEnv, json } from './harness-fixtures.js';

describe('a scenario at its time limit', () => {
  it('is blocked, its requests and waits end, and nothing it does afterwards reaches the host or its record', async () => {
    const receiver = await startReceiver();
    let seen = 0;
    let seenAtReturn = 0;
    const handler = async (request: Request): Promise<Response> => {
      seen += 1;
      // The host never answers the slow path; the abort must end the request anyway.
      if (request.url.endsWith('/slow')) return new Promise<Response>(() => undefined);
      return json(200, {});
    };
    const env = { ...fakeEnv(handler, { discovery: discovered() }), receiver };
    env.timeouts = { ...env.timeouts, scenarioMs: 300 };
    let afterAbort: unknown;
    try {
      const started = performance.now();
      const outcome = await runScenario(
        entry({ id: 'stopped', title: 'stopped', rules: ['DISCOVERY-DOCUMENT'] }, async (t) => {
          const box = t.receiver.mailbox();
          await Promise.allSettled([t.http.request('GET', '/slow'), box.waitFor(1, 60_000)]);
          // Everything after the abort: refused, and not counted.
          try {
            await t.http.request('GET', '/after');
          } catch (error) {
            afterAbort = error;
          }
          t.assertTrue('DISCOVERY-DOCUMENT', 'a late check', false, { expected: 'never recorded', observed: 'late' });
        }),
        env,
      );
      seenAtReturn = seen;
      expect(outcome.disposition).toBe('blocked');
      expect(outcome.reason).toContain('did not finish within 300 ms');
      expect(outcome.failures).toEqual([]);
      expect(performance.now() - started).toBeLessThan(300 + ABORT_GRACE_MS + 2_000);
      expect(String(afterAbort)).toContain('did not finish within 300 ms');
      // Only the slow request reached the host.
      expect(seenAtReturn).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toBe(seenAtReturn);
    } finally {
      await receiver.close();
    }
  });
});
