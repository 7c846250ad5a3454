/**
 * Figure 9: the whole suite against `serve --conformance` one network hop away — a loopback proxy adds 50 ms to
 * every answer — beside the same suite without the proxy, in one run. Both use the runner's default worker count
 * for the host (per-tenant clocks: scenarios side by side); a run one at a time through the proxy is measured
 * too when asked, since it takes minutes.
 */
import { loadScenarios, runSuite, type ScenarioEntry, type SuiteResult } from '../src/harness/index.js';
import { startLatencyProxy } from './latency-proxy.js';
import { ratio } from './measure.js';
import { startServe } from './processes.js';

export const ADDED_LATENCY_MS = 50;

export interface LatencyRun {
  name: string;
  latencyMs: number;
  workers: number | 'default';
  wallMs: number;
  exchanges: number;
  dispositions: Record<string, number>;
}

export interface LatencyFigures {
  runs: LatencyRun[];
  /** Wall time through the proxy over wall time without it, both at the default worker count. */
  ratio: number;
  /** Where the exchanges of the run through the proxy go: requests per method and path template, most first. */
  routes: Array<{ route: string; exchanges: number }>;
}

function summarise(name: string, latencyMs: number, workers: number | 'default', result: SuiteResult): LatencyRun {
  const dispositions: Record<string, number> = {};
  for (const s of result.scenarios) dispositions[s.disposition] = (dispositions[s.disposition] ?? 0) + 1;
  return { name, latencyMs, workers, wallMs: result.wallTimeMs, exchanges: result.exchanges, dispositions };
}

/** The proxy run's exchanges in the kinds that explain them: each run's funding, the clock, reads, the rest. */
export function exchangeKinds(routes: LatencyFigures['routes']): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const { route, exchanges } of routes) {
    const kind = /^POST \/api\/agents\/(?:trust-profiles|quote|settlements)$/.test(route)
      ? 'funding'
      : route === 'POST /api/agents/run'
        ? 'run creation'
        : route.includes('/_seams/clock')
          ? 'test clock'
          : route.includes('/_seams/')
            ? 'other seams'
            : route.startsWith('GET ')
              ? 'reads'
              : 'other requests';
    kinds[kind] = (kinds[kind] ?? 0) + exchanges;
  }
  return kinds;
}

export async function benchLatency(options: { serial?: boolean } = {}): Promise<LatencyFigures> {
  const scenarios: ScenarioEntry[] = await loadScenarios();
  const serve = await startServe();
  const proxy = await startLatencyProxy(serve.url, ADDED_LATENCY_MS);
  try {
    const suite = (baseUrl: string, maxWorkers?: number) =>
      runSuite({ target: { kind: 'url', baseUrl, apiKey: serve.apiKey }, scenarios, ...(maxWorkers === undefined ? {} : { maxWorkers }) });
    const direct = summarise('loopback', 0, 'default', await suite(serve.url));
    const remote = summarise(`through the proxy (+${ADDED_LATENCY_MS} ms per answer)`, ADDED_LATENCY_MS, 'default', await suite(proxy.url));
    const routes = [...proxy.byRoute].map(([route, exchanges]) => ({ route, exchanges })).sort((a, b) => b.exchanges - a.exchanges);
    const runs = [direct, remote];
    if (options.serial) runs.push(summarise('through the proxy, one at a time', ADDED_LATENCY_MS, 1, await suite(proxy.url, 1)));
    return { runs, ratio: ratio(remote.wallMs, direct.wallMs), routes };
  } finally {
    await proxy.close();
    await serve.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchLatency({ serial: process.argv.includes('--serial') });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
