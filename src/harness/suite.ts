/**
 * The in-process suite runner (contract §17): loads every scenario file, runs the selected scenarios with
 * bounded concurrency against one target and one callback receiver, and returns every outcome — a scenario
 * never vanishes from the result.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeExtension, codeRoot } from '../schemas.js';
import type { HostCapabilities } from '../../generated/types.js';
import type { Discovery } from './capabilities.js';
import { openEnv } from './env.js';
import type { ScenarioFilter, ScenarioOutcome, SuiteOptions, SuiteResult } from './outcome.js';
import { registeredScenarios } from './registry.js';
import type { ScenarioEntry } from './registry.js';
import { runScenario, scenarioIdentity } from './run-scenario.js';
import { TenantPool } from './tenant-pool.js';
import { ReadChecks } from './advance-reads.js';

/** The scenario modules of this layout: `scenarios/*.test.ts` from sources, `dist/scenarios/*.test.js` compiled. */
export const SCENARIO_DIR = join(codeRoot, 'scenarios');
const SCENARIO_SUFFIX = `.test${codeExtension}`;
/**
 * Embedded scenarios each get their own host, so they can run side by side. A host at a URL with one test clock
 * has every scenario move it, so they run one at a time; one with per-tenant clocks (SPEC.md §13.2) gives each
 * scenario's tenant its own, so they run side by side, as many as hide a network round trip's wait.
 */
export const EMBEDDED_MAX_WORKERS = 4;
export const URL_MAX_WORKERS = 1;
export const URL_PER_TENANT_MAX_WORKERS = 8;

/** True when the host's scenarios may run side by side: each in a tenant of its own, on a clock of its own. */
export function runsSideBySide(caps: HostCapabilities): boolean {
  return caps.seams.tenants?.supported === true && caps.seams.test_clock?.supported === true && caps.seams.test_clock.per_tenant === true;
}

export function defaultMaxWorkers(target: SuiteOptions['target'], discovery?: Discovery): number {
  if (target.kind === 'embedded') return EMBEDDED_MAX_WORKERS;
  return discovery?.ok === true && runsSideBySide(discovery.document) ? URL_PER_TENANT_MAX_WORKERS : URL_MAX_WORKERS;
}

/** True when any term equals the scenario's id, its area (any case) or one of its rule ids. */
export function matchesFilter(entry: ScenarioEntry, filter: ScenarioFilter = []): boolean {
  if (filter.length === 0) return true;
  return filter.some(
    (term) =>
      term === entry.def.id ||
      term.toUpperCase() === entry.area ||
      (entry.def.rules as readonly string[]).includes(term),
  );
}

/** Imports every scenario module of `dir` in collect mode and returns the registered scenarios the filter keeps. */
export async function loadScenarios(filter?: ScenarioFilter, dir: string = SCENARIO_DIR): Promise<ScenarioEntry[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(SCENARIO_SUFFIX))
    .sort();
  const previousMode = process.env['ATK_SCENARIO_MODE'];
  process.env['ATK_SCENARIO_MODE'] = 'collect';
  try {
    for (const name of files) await import(pathToFileURL(join(dir, name)).href);
  } finally {
    if (previousMode === undefined) delete process.env['ATK_SCENARIO_MODE'];
    else process.env['ATK_SCENARIO_MODE'] = previousMode;
  }
  return registeredScenarios().filter((entry) => matchesFilter(entry, filter));
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
async function mapConcurrent<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Runs the entries side by side up to `workers` at once; with `alonePart`, those that run alone (`def.alone`)
 * come after the others, one at a time. The results keep the entries' order, so a report reads the same
 * whatever the worker count.
 */
async function inTwoRounds<R>(
  entries: readonly ScenarioEntry[],
  workers: number,
  alonePart: boolean,
  work: (entry: ScenarioEntry) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(entries.length);
  const indexed = entries.map((entry, index) => ({ entry, index }));
  const round = async (items: typeof indexed, limit: number): Promise<void> => {
    await mapConcurrent(items, limit, async ({ entry, index }) => void (results[index] = await work(entry)));
  };
  await round(indexed.filter(({ entry }) => !alonePart || entry.def.alone === undefined), workers);
  if (alonePart) await round(indexed.filter(({ entry }) => entry.def.alone !== undefined), 1);
  return results;
}

/** A scenario the run did not start because it had stopped: blocked, with the one shared reason. */
function notStarted(entry: ScenarioEntry, stop: string): ScenarioOutcome {
  return {
    ...scenarioIdentity(entry),
    disposition: 'blocked',
    reason: `run stopped: ${stop}`,
    assertions: 0,
    durationMs: 0,
    exchanges: 0,
    failures: [],
  };
}

export interface RunSuiteOptions extends SuiteOptions {
  /** Run these entries instead of loading the scenario files (the filter still applies). */
  scenarios?: readonly ScenarioEntry[];
  /** The capabilities read already (e.g. to check a keyless run could mint keys); skips discovery. */
  discovery?: Discovery;
}

export async function runSuite(options: RunSuiteOptions): Promise<SuiteResult> {
  const startedAt = new Date();
  const startedMs = performance.now();
  const entries = options.scenarios
    ? options.scenarios.filter((entry) => matchesFilter(entry, options.filter))
    : await loadScenarios(options.filter);
  const opened = await openEnv({
    target: options.target,
    ...(options.receiver ? { receiver: options.receiver } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.discovery ? { capabilities: options.discovery } : {}),
  });
  const health = opened.env.health!;
  const workers = options.maxWorkers ?? defaultMaxWorkers(options.target, opened.env.capabilities);
  // A host at a URL that mints tenants in batches mints the scenarios' tenants a batch at a time (SPEC.md §13.4);
  // an embedded host is a new one per scenario.
  const caps = opened.env.capabilities.ok ? opened.env.capabilities.document : undefined;
  const tenantPool =
    options.target.kind === 'url' && caps?.seams.supported === true && caps.seams.tenants?.batch === true && entries.length > 1
      ? new TenantPool(opened.env.target, entries.length, { requestTimeoutMs: opened.env.timeouts.requestMs, health })
      : undefined;
  // A host shared by the run's scenarios answers reads alike for all of them: each kind is compared once.
  const shared = options.target.kind === 'url';
  const env = { ...opened.env, ...(tenantPool ? { tenantPool } : {}), ...(shared ? { readChecks: new ReadChecks() } : {}) };
  let outcomes: ScenarioOutcome[];
  let stopped: string | null = null;
  try {
    // Embedded scenarios each have a host of their own: only a shared host run side by side needs the `alone` round.
    let started = 0;
    outcomes = await inTwoRounds(entries, workers, options.target.kind === 'url' && workers > 1, async (entry) => {
      const stop = health.stopReason;
      if (stop !== null) {
        if (stopped === null) {
          stopped = stop;
          options.onStop?.(stop, entries.length - started);
        }
        return notStarted(entry, stop);
      }
      started += 1;
      options.onStart?.({ id: entry.def.id, area: entry.area });
      const outcome = await runScenario(entry, env);
      options.onOutcome?.(outcome);
      return outcome;
    });
  } finally {
    await opened.close();
  }
  const discovery = opened.env.capabilities;
  return {
    ...(stopped !== null ? { stopped } : {}),
    scenarios: outcomes,
    hostUrl: opened.env.target.hostUrl,
    capabilities: discovery.ok ? discovery.document : null,
    capabilitiesDigest: discovery.ok ? discovery.digest : null,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    wallTimeMs: Math.round(performance.now() - startedMs),
    exchanges: opened.discoveryExchanges + (tenantPool?.exchanges ?? 0) + outcomes.reduce((sum, o) => sum + o.exchanges, 0),
  };
}
