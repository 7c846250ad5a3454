/**
 * Figure 1: the whole conformance suite's wall time against the embedded host (in-process) and against
 * `serve --conformance` over loopback HTTP, each beside its floor: the same number of HTTP exchanges, at the
 * suite's concurrency, against the bare node:http server.
 */
import { loadScenarios, runSuite, type ScenarioEntry, type SuiteResult } from '../src/harness/index.js';
import { closedLoop, ratio, round } from './measure.js';
import { startBare, startServe } from './processes.js';

/** The suite runner's default concurrency (runSuite's maxWorkers). */
const SUITE_WORKERS = 4;
const FLOOR_WARMUP = 50;

export interface SuiteRun {
  target: 'embedded' | 'loopback';
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
  workers: number;
  runs: SuiteRun[];
}

async function measured(run: () => Promise<SuiteResult>): Promise<{ result: SuiteResult; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { result, cpuMs: round((used.user + used.system) / 1000) };
}

/** Wall time of `exchanges` GETs to the bare server, `SUITE_WORKERS` at a time, over warm connections. */
async function floorMs(url: string, exchanges: number): Promise<number> {
  const get = async (): Promise<void> => {
    const response = await fetch(`${url}/api/agents/capabilities`, { headers: { accept: 'application/json' } });
    await response.text();
  };
  await closedLoop(FLOOR_WARMUP, SUITE_WORKERS, get);
  return (await closedLoop(exchanges, SUITE_WORKERS, get)).wallMs;
}

function summarise(target: SuiteRun['target'], result: SuiteResult, cpuMs: number, floor: number): SuiteRun {
  const dispositions: Record<string, number> = {};
  for (const s of result.scenarios) dispositions[s.disposition] = (dispositions[s.disposition] ?? 0) + 1;
  return {
    target,
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

  const embedded = await measured(() => runSuite({ target: { kind: 'embedded', faults: [] }, scenarios, maxWorkers: SUITE_WORKERS }));
  const serve = await startServe();
  let loopback;
  try {
    loopback = await measured(() =>
      runSuite({ target: { kind: 'url', baseUrl: serve.url, apiKey: serve.apiKey }, scenarios, maxWorkers: SUITE_WORKERS }),
    );
  } finally {
    await serve.stop();
  }

  const bare = await startBare();
  try {
    return {
      scenarios: scenarios.length,
      loadMs,
      workers: SUITE_WORKERS,
      runs: [
        summarise('embedded', embedded.result, embedded.cpuMs, await floorMs(bare.url, embedded.result.exchanges)),
        summarise('loopback', loopback.result, loopback.cpuMs, await floorMs(bare.url, loopback.result.exchanges)),
      ],
    };
  } finally {
    await bare.stop();
  }
}
