/**
 * Figure 1: the whole conformance suite's wall time against the embedded host (in-process) and against
 * `serve --conformance` over loopback HTTP, each at the suite runner's default concurrency for that target,
 * beside its floor: the same number of HTTP exchanges, at the same concurrency, against the bare node:http
 * server.
 */
import { DEFAULT_TIMEOUTS, defaultMaxWorkers, discoverTarget, loadScenarios, runSuite, targetDriver, type ScenarioEntry, type SuiteResult, type Target } from '../src/harness/index.js';
import { closedLoop, ratio, round } from './measure.js';
import { startBare, startServe } from './processes.js';

const FLOOR_WARMUP = 50;

export interface SuiteRun {
  target: 'embedded' | 'loopback';
  /** Scenarios run at once: the runner's default for the target (over a URL, 8 when the host has per-tenant clocks). */
  workers: number;
  wallMs: number;
  exchanges: number;
  /** CPU time of this process during the run (the host's too when it is embedded). */
  cpuMs: number;
  dispositions: Record<string, number>;
  /** The scenarios that took longest: the suite's critical path. */
  slowest: Array<{ id: string; durationMs: number; exchanges: number }>;
  floorMs: number;
  ratio: number;
}

export interface SuiteFigures {
  scenarios: number;
  loadMs: number;
  runs: SuiteRun[];
}

async function measured(run: () => Promise<SuiteResult>): Promise<{ result: SuiteResult; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { result, cpuMs: round((used.user + used.system) / 1000) };
}

/** Wall time of `exchanges` GETs to the bare server, `workers` at a time, with the kit's client (global fetch). */
async function floorMs(url: string, exchanges: number, workers: number): Promise<number> {
  const get = async (): Promise<void> => {
    const response = await fetch(`${url}/api/agents/capabilities`, { headers: { accept: 'application/json' } });
    await response.text();
  };
  await closedLoop(FLOOR_WARMUP, workers, get);
  return (await closedLoop(exchanges, workers, get)).wallMs;
}

function summarise(target: SuiteRun['target'], workers: number, result: SuiteResult, cpuMs: number, floor: number): SuiteRun {
  const dispositions: Record<string, number> = {};
  for (const s of result.scenarios) dispositions[s.disposition] = (dispositions[s.disposition] ?? 0) + 1;
  return {
    target,
    workers,
    wallMs: result.wallTimeMs,
    exchanges: result.exchanges,
    cpuMs,
    dispositions,
    slowest: [...result.scenarios]
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, 5)
      .map((s) => ({ id: s.id, durationMs: s.durationMs, exchanges: s.exchanges })),
    floorMs: floor,
    ratio: ratio(result.wallTimeMs, floor),
  };
}

export async function benchSuite(): Promise<SuiteFigures> {
  const loadStart = performance.now();
  const scenarios: ScenarioEntry[] = await loadScenarios();
  const loadMs = round(performance.now() - loadStart);

  const embeddedTarget: Target = { kind: 'embedded', faults: [] };
  const embeddedWorkers = defaultMaxWorkers(embeddedTarget);
  const embedded = await measured(() => runSuite({ target: embeddedTarget, scenarios, maxWorkers: embeddedWorkers }));
  const serve = await startServe();
  const urlTarget: Target = { kind: 'url', baseUrl: serve.url, apiKey: serve.apiKey };
  const urlWorkers = defaultMaxWorkers(urlTarget, (await discoverTarget(targetDriver(urlTarget), DEFAULT_TIMEOUTS.requestMs)).discovery);
  let loopback;
  try {
    loopback = await measured(() => runSuite({ target: urlTarget, scenarios, maxWorkers: urlWorkers }));
  } finally {
    await serve.stop();
  }

  const bare = await startBare();
  try {
    return {
      scenarios: scenarios.length,
      loadMs,
      runs: [
        summarise('embedded', embeddedWorkers, embedded.result, embedded.cpuMs, await floorMs(bare.url, embedded.result.exchanges, embeddedWorkers)),
        summarise('loopback', urlWorkers, loopback.result, loopback.cpuMs, await floorMs(bare.url, loopback.result.exchanges, urlWorkers)),
      ],
    };
  } finally {
    await bare.stop();
  }
}
