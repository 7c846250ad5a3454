/**
 * The suite against hosts that misbehave on the wire: a proxy on 127.0.0.1 in front of a loopback reference
 * host adds latency beyond the kit's per-request timeout, destroys connections, or does both part-way
 * through. Whatever the transport does, a scenario must end `blocked` (never `fail`) with a reason, and the
 * suite must come back on its own instead of hanging.
 */
import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, serveHandler, type Listening } from '../bench/loopback.js';
import { createReferenceHost, type ReferenceHost } from '../reference-host/index.js';
import { loadScenarios, runSuite, type ScenarioEntry, type SuiteResult } from '../src/harness/index.js';

/** A small slice of the suite: discovery plus two scenarios that create and drive runs. */
const FILTER = ['DISCOVERY', 'ledger-hash-link', 'lifecycle-happy-path'];
/**
 * Where a request is meant to time out, the kit waits this long; elsewhere the limit is generous, so a loaded
 * machine cannot turn a slow but answered request into a spurious timeout.
 */
const REQUEST_TIMEOUT_MS = 1_000;
const TIMED = { requestMs: REQUEST_TIMEOUT_MS, scenarioMs: 15_000, waitForMs: 1_000 };
const GENEROUS = { requestMs: 10_000, scenarioMs: 15_000, waitForMs: 1_000 };
type Timeouts = typeof TIMED;

/** `lose-answer`: the host gets the request and answers, the kit never sees the answer. */
type Treatment = 'forward' | 'drop' | 'hang' | 'lose-answer' | { delayMs: number };

interface Proxy extends Listening {
  /** Requests the proxy has seen. */
  readonly seen: number;
}

/** A proxy to `target` that treats the n-th request (from 0) as `treat` says. */
async function startProxy(target: string, treat: (n: number) => Treatment): Promise<Proxy> {
  const timers = new Set<NodeJS.Timeout>();
  let seen = 0;
  const pass = (req: IncomingMessage, res: ServerResponse, loseAnswer = false): void => {
    if (res.destroyed) return;
    const upstream = forward(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        if (loseAnswer) {
          answer.resume();
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const listening = await listen((req, res) => {
    const treatment = treat(seen++);
    if (treatment === 'drop') req.socket.destroy();
    else if (treatment === 'hang') req.resume();
    else if (treatment === 'forward' || treatment === 'lose-answer') pass(req, res, treatment === 'lose-answer');
    else {
      req.pause();
      const timer = setTimeout(() => {
        timers.delete(timer);
        pass(req, res);
      }, treatment.delayMs);
      timers.add(timer);
    }
  });
  return {
    ...listening,
    get seen() {
      return seen;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await listening.close();
    },
  };
}

describe('robustness: the suite over a failing transport', () => {
  let host: ReferenceHost;
  let hostServer: Listening;
  let apiKey: string;
  let scenarios: ScenarioEntry[];

  beforeAll(async () => {
    host = createReferenceHost({ conformance: true });
    apiKey = host.createTenant().apiKey;
    hostServer = await serveHandler((request) => host.fetch(request));
    scenarios = await loadScenarios(FILTER);
  });

  afterAll(async () => {
    await hostServer?.close();
    await host?.close();
  });

  async function suiteThrough(treat: (n: number) => Treatment, timeouts: Timeouts = GENEROUS): Promise<{ result: SuiteResult; proxied: number }> {
    const proxy = await startProxy(hostServer.url, treat);
    try {
      const result = await runSuite({
        target: { kind: 'url', baseUrl: proxy.url, apiKey },
        scenarios,
        timeouts,
        // One host at a URL has one test clock: its scenarios run one at a time (the URL default).
      });
      return { result, proxied: proxy.seen };
    } finally {
      await proxy.close();
    }
  }

  const dispositions = (result: SuiteResult): Record<string, string> =>
    Object.fromEntries(result.scenarios.map((s) => [s.id, s.disposition]));

  it('passes the slice through a transparent proxy (the control)', async () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    const { result, proxied } = await suiteThrough(() => 'forward');
    expect(result.scenarios.length).toBe(scenarios.length);
    expect(Object.values(dispositions(result)).every((d) => d === 'pass')).toBe(true);
    expect(proxied).toBe(result.exchanges);
  });

  it('reports every scenario blocked, with the timeout as reason, when answers come after the request timeout', async () => {
    const { result, proxied } = await suiteThrough(() => ({ delayMs: REQUEST_TIMEOUT_MS * 3 }), TIMED);
    expect(proxied).toBeGreaterThan(0);
    expect(result.capabilities).toBeNull();
    for (const outcome of result.scenarios) {
      expect(outcome.disposition, `${outcome.id}: ${outcome.reason}`).toBe('blocked');
      expect(outcome.reason).toMatch(new RegExp(`no answer within ${REQUEST_TIMEOUT_MS} ms`));
    }
  });

  it('reports every scenario blocked when the host destroys every connection', async () => {
    const { result, proxied } = await suiteThrough(() => 'drop');
    expect(proxied).toBeGreaterThan(0);
    for (const outcome of result.scenarios) {
      expect(outcome.disposition, `${outcome.id}: ${outcome.reason}`).toBe('blocked');
      expect(outcome.failures).toEqual([]);
    }
  });

  it('never turns a transport failure part-way through a scenario into a fail', async () => {
    // Discovery gets through; after that one request in seven is dropped and one in seven is acted on by the
    // host with its answer lost. (A request that is never answered is the timeout tests' business.)
    const { result } = await suiteThrough((n) => (n < 2 || n % 7 < 5 ? 'forward' : n % 7 === 5 ? 'drop' : 'lose-answer'));
    expect(result.capabilities).not.toBeNull();
    const outcomes = Object.values(dispositions(result));
    expect(outcomes.filter((d) => d === 'fail')).toEqual([]);
    expect(outcomes.filter((d) => d === 'blocked').length).toBeGreaterThan(0);
    for (const outcome of result.scenarios.filter((s) => s.disposition === 'blocked')) {
      expect(outcome.reason).toMatch(/^no HTTP answer to /);
    }
  });

  // One scenario alone, losing the transport at its k-th exchange: after some assertions have passed, in
  // the middle of driving a run, and with the host having acted on a request whose answer is lost.
  for (const treatment of ['drop', 'hang', 'lose-answer'] as const) {
    it(`ends a run-driving scenario blocked when one exchange is lost (${treatment}) at any point`, async () => {
      const alone = scenarios.filter((s) => s.def.id === 'lifecycle-happy-path');
      expect(alone.length).toBe(1);
      const timeouts = treatment === 'hang' ? TIMED : GENEROUS;
      const control = await runSuite({ target: { kind: 'url', baseUrl: hostServer.url, apiKey }, scenarios: alone, timeouts });
      const discovery = control.exchanges - control.scenarios[0]!.exchanges;
      const total = control.scenarios[0]!.exchanges;
      expect(control.scenarios[0]!.disposition).toBe('pass');
      for (const cut of [0, Math.floor(total / 2), total - 1]) {
        const proxy = await startProxy(hostServer.url, (n) => (n === discovery + cut ? treatment : 'forward'));
        try {
          const result = await runSuite({ target: { kind: 'url', baseUrl: proxy.url, apiKey }, scenarios: alone, timeouts });
          const outcome = result.scenarios[0]!;
          expect(outcome.disposition, `cut at exchange ${cut}: ${outcome.reason}`).toBe('blocked');
          expect(outcome.failures).toEqual([]);
          expect(outcome.exchanges).toBe(cut + 1);
        } finally {
          await proxy.close();
        }
      }
    });
  }
});
