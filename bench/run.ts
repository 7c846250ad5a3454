/**
 * `npm run bench [-- --only suite,horizon,throughput,validation,growth,stall,retention,realtime,latency]`: measures the kit and the reference
 * host on this machine, prints a table and writes bench/results.json. Every figure sits beside a baseline
 * measured in the same run, as a ratio, because shared machines are noisy. Loopback only; every loop is
 * bounded; child processes are stopped on exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/schemas.js';
import { benchGrowth, type GrowthFigures } from './growth.js';
import { round } from './measure.js';
import { measureRealTime, type RealTimeFigures } from './real-time.js';
import { ADDED_LATENCY_MS, benchLatency, exchangeKinds, type LatencyFigures } from './latency.js';
import { benchRetention, RETENTION_RSS_BOUND_MB, type RetentionFigures } from './retention.js';
import { benchRetryHorizon, type HorizonFigures } from './retry-horizon.js';
import { benchStall, type StallFigures } from './stall.js';
import { benchSuite, type SuiteFigures } from './suite.js';
import { benchThroughput, type ThroughputFigures } from './throughput.js';
import { benchValidation, type ValidationFigures } from './validation.js';

const SECTIONS = ['suite', 'horizon', 'throughput', 'validation', 'growth', 'stall', 'retention', 'realtime', 'latency'] as const;
type Section = (typeof SECTIONS)[number];

interface Figures {
  suite?: SuiteFigures;
  horizon?: HorizonFigures;
  throughput?: ThroughputFigures;
  validation?: ValidationFigures;
  growth?: GrowthFigures;
  stall?: StallFigures;
  retention?: RetentionFigures;
  realtime?: RealTimeFigures;
  latency?: LatencyFigures;
}

interface Target {
  name: string;
  goal: string;
  observed: string;
  met: boolean;
}

interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
}

interface Machine {
  nproc: number;
  node: string;
  cpu: string;
  platform: string;
}

function machine(): Machine {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: the CPU model stays unknown.
  }
  return { nproc: availableParallelism(), node: process.version, cpu, platform: `${process.platform}-${process.arch}` };
}

function rows(f: Figures): Row[] {
  const out: Row[] = [];
  const ms = (n: number): string => `${n} ms`;
  for (const run of f.suite?.runs ?? []) {
    out.push({
      figure: `1 suite, ${run.target}, ${run.workers} at once (${f.suite!.scenarios} scenarios, ${run.exchanges} exchanges)`,
      value: ms(run.wallMs),
      baseline: `${ms(run.floorMs)} bare floor`,
      ratio: `${run.ratio}×`,
    });
  }
  for (const run of f.horizon?.runs ?? []) {
    out.push({
      figure: `2 retry horizon, ${run.transport}, ${run.driving} (${run.attempts} attempts, ${run.hostHours} h host time)`,
      value: ms(run.wallMs),
      baseline: '1000 ms target',
      ratio: `${round(run.wallMs / 1000, 2)}×`,
    });
  }
  for (const level of f.throughput?.lifecycles ?? []) {
    out.push({
      figure: `3 lifecycles/s at concurrency ${level.concurrency} (${level.requestsPerLifecycle} requests each)`,
      value: `${level.host.perSecond}/s (p50 ${level.host.p50Ms} ms)`,
      baseline: `${level.bare.perSecond}/s bare`,
      ratio: `${level.ratio}×`,
    });
  }
  for (const level of f.throughput?.ledger ?? []) {
    out.push({
      figure: `3 GET ledger (${level.events} events) at concurrency ${level.concurrency}`,
      value: `${level.host.perSecond}/s p50 ${level.host.p50Ms} p99 ${level.host.p99Ms} ms`,
      baseline: `${level.bare.perSecond}/s p50 ${level.bare.p50Ms} p99 ${level.bare.p99Ms} ms`,
      ratio: `${level.ratio}×`,
    });
  }
  if (f.validation) {
    const v = f.validation;
    out.push({
      figure: `4 validate run record, ${v.recordEvents} events (${round(v.recordBytes / 1024)} KiB)`,
      value: `${v.precompiled.docsPerSecond} docs/s precompiled`,
      baseline: `${v.runtimeCompiled.docsPerSecond} docs/s Ajv2020 (compile ${v.runtimeCompiled.compileMs} ms)`,
      ratio: `${v.ratio}×`,
    });
    out.push({
      figure: '4 fresh process to first validation',
      value: ms(v.precompiled.freshProcessReadyMs),
      baseline: `${ms(v.runtimeCompiled.freshProcessReadyMs)} runtime compile`,
      ratio: `${round(v.precompiled.freshProcessReadyMs / v.runtimeCompiled.freshProcessReadyMs, 2)}×`,
    });
    const floor = v.coldStarts[0]!;
    for (const start of v.coldStarts.slice(1)) {
      out.push({ figure: `4 cold start, ${start.layout}: ${start.command}`, value: `${ms(start.medianMs)} (min ${start.minMs})`, baseline: `${ms(floor.medianMs)} node -e 0`, ratio: `${start.ratio}×` });
    }
  }
  for (const series of f.growth?.series ?? []) {
    for (const s of series.samples) {
      out.push({
        figure: `5 ${series.op} at ${s.events} events`,
        value: `${s.msEach} ms (${s.usPerEvent} µs/event)`,
        baseline: `peak RSS ${s.peakRssMb} MB, data ${s.dataHeapMb} MB, op allocates ${s.opAllocatedMb} MB`,
        ratio: '',
      });
    }
    for (const step of series.steps) {
      out.push({ figure: `5 ${series.op} ${step.from} → ${step.to} events`, value: `time ×${step.timeRatio}`, baseline: 'linear: ×10', ratio: `exponent ${step.exponent}` });
    }
  }
  for (const c of f.growth?.ledgerVsFloor ?? []) {
    out.push({ figure: `5 ledger-get over serialize-floor at ${c.events} events`, value: '', baseline: '', ratio: `${c.ledgerOverFloor}×` });
  }
  if (f.growth) {
    const { chunks, lastOverFirst } = f.growth.runsHeld;
    out.push({
      figure: `5 lifecycles/s in-process as runs held grow 0 → ${chunks.at(-1)!.runsHeldBefore}`,
      value: `${chunks.at(-1)!.lifecyclesPerSecond}/s`,
      baseline: `${chunks[0]!.lifecyclesPerSecond}/s with none held`,
      ratio: `${lastOverFirst}×`,
    });
  }
  if (f.stall) {
    out.push({
      figure: `6 unrelated run, creation to closed, ${f.stall.hungTargets} callback targets hung (production serve)`,
      value: ms(f.stall.withHungMs),
      baseline: `${ms(f.stall.aloneMs)} with none hung`,
      ratio: `${f.stall.ratio}×`,
    });
  }
  const unbounded = f.retention?.samples.find((s) => s.policy === 'unbounded');
  for (const s of f.retention?.samples ?? []) {
    if (s === unbounded) continue;
    out.push({
      figure: `7 memory after ${s.runs} closed runs, ${s.policy} retention (${s.runsKept} kept)`,
      value: `RSS ${s.rssMb} MB, heap ${s.heapUsedMb} MB`,
      baseline: unbounded ? `RSS ${unbounded.rssMb} MB, heap ${unbounded.heapUsedMb} MB keeping all ${unbounded.runs}` : '',
      ratio: unbounded ? `heap ${round(s.heapUsedMb / unbounded.heapUsedMb, 2)}×` : '',
    });
  }
  if (f.realtime) {
    const r = f.realtime;
    out.push({
      figure: '8 real-time path: whole suite against staging serve, no seams',
      value: `${ms(r.wallMs)}, ${r.tested} of ${r.mustRules} MUST rules tested (${r.share}%)`,
      baseline: '180000 ms target',
      ratio: `${round(r.wallMs / 180_000, 2)}×`,
    });
  }
  const direct = f.latency?.runs.find((r) => r.latencyMs === 0);
  for (const run of f.latency?.runs.filter((r) => r.latencyMs > 0) ?? []) {
    out.push({
      figure: `9 suite ${run.name}, ${run.workers === 'default' ? 'default workers' : `${run.workers} at once`} (${run.exchanges} exchanges)`,
      value: `${run.wallMs} ms`,
      baseline: direct ? `${direct.wallMs} ms without the proxy` : '',
      ratio: direct ? `${round(run.wallMs / direct.wallMs, 2)}×` : '',
    });
  }
  if (f.latency) {
    const kinds = Object.entries(exchangeKinds(f.latency.routes)).sort((a, b) => b[1] - a[1]);
    out.push({ figure: '9 where the exchanges go (through the proxy)', value: kinds.map(([kind, n]) => `${kind} ${n}`).join(', '), baseline: '', ratio: '' });
  }
  return out;
}

function targets(f: Figures): Target[] {
  const out: Target[] = [];
  const embedded = f.suite?.runs.find((r) => r.target === 'embedded');
  if (embedded) out.push({ name: 'suite on the embedded host', goal: '≤ 3× floor', observed: `${embedded.ratio}×`, met: embedded.ratio <= 3 });
  for (const run of f.suite?.runs ?? []) {
    out.push({
      name: `suite dispositions, ${run.target}`,
      goal: 'no fail or blocked on the reference host',
      observed: Object.entries(run.dispositions).map(([d, n]) => `${n} ${d}`).join(', '),
      met: (run.dispositions['fail'] ?? 0) + (run.dispositions['blocked'] ?? 0) === 0,
    });
  }
  if (f.horizon) {
    const worst = Math.max(...f.horizon.runs.map((r) => r.wallMs));
    const exhausted = f.horizon.runs.every((r) => r.callbackStatus === 'failed' && r.attempts === f.horizon!.scheduleMs.length);
    out.push({ name: 'whole retry horizon', goal: '< 1000 ms wall, schedule exhausted', observed: `${worst} ms worst${exhausted ? '' : ', NOT exhausted'}`, met: worst < 1000 && exhausted });
  }
  if (f.throughput) {
    const worst = Math.min(...f.throughput.ledger.map((l) => l.ratio));
    out.push({ name: 'GET ledger rate', goal: '≥ 0.5× bare server', observed: `${worst}× at worst concurrency`, met: worst >= 0.5 });
    const incomplete = f.throughput.lifecycles.reduce((sum, l) => sum + l.incomplete, 0);
    const hostLifecycles = f.throughput.lifecycles.reduce((sum, l) => sum + l.lifecycles * l.rounds, 0);
    out.push({
      name: 'lifecycles complete under load',
      goal: '0 incomplete, one callback each',
      observed: `${incomplete} incomplete, ${f.throughput.callbacksReceived} callbacks for ${hostLifecycles} lifecycles`,
      met: incomplete === 0 && f.throughput.callbacksReceived === hostLifecycles,
    });
  }
  if (f.growth) {
    const worst = Math.max(...f.growth.series.flatMap((s) => s.steps.map((step) => step.exponent)));
    out.push({ name: 'ledger work linear in events', goal: 'exponent ≤ 1.2 per tenfold', observed: `${worst} worst`, met: worst <= 1.2 });
    out.push({ name: 'host rate flat as runs accumulate', goal: '≥ 0.8× after 2,500 runs', observed: `${f.growth.runsHeld.lastOverFirst}×`, met: f.growth.runsHeld.lastOverFirst >= 0.8 });
  }
  if (f.stall) {
    out.push({ name: 'no stall behind hung callback targets', goal: '≤ 1.2× the time without them', observed: `${f.stall.ratio}×`, met: f.stall.ratio <= 1.2 });
  }
  const tenThousand = f.retention?.samples.find((s) => s.policy === 'default' && s.runs === 10_000);
  if (tenThousand) {
    out.push({
      name: 'memory bounded after 10,000 closed runs',
      goal: `RSS ≤ ${RETENTION_RSS_BOUND_MB} MB, default retention`,
      observed: `${tenThousand.rssMb} MB (${tenThousand.runsKept} runs kept)`,
      met: tenThousand.rssMb <= RETENTION_RSS_BOUND_MB,
    });
  }
  if (f.realtime) {
    const r = f.realtime;
    out.push({
      name: 'real-time path, staging serve without seams',
      goal: '≥ 60% of MUST rules tested, 0 fail, 0 blocked, ≤ 3 min',
      observed: `${r.share}%, ${r.failed.length} fail, ${r.blocked.length} blocked, ${round(r.wallMs / 1000, 1)} s`,
      met: r.share >= 60 && r.failed.length === 0 && r.blocked.length === 0 && r.wallMs <= 180_000,
    });
  }
  const remote = f.latency?.runs.find((r) => r.latencyMs === ADDED_LATENCY_MS && r.workers === 'default');
  if (remote) {
    const troubled = (remote.dispositions['fail'] ?? 0) + (remote.dispositions['blocked'] ?? 0);
    out.push({
      name: `suite through a ${ADDED_LATENCY_MS} ms proxy`,
      goal: '≤ 60 s wall, no fail or blocked',
      observed: `${round(remote.wallMs / 1000, 1)} s, ${troubled} fail or blocked`,
      met: remote.wallMs <= 60_000 && troubled === 0,
    });
    out.push({ name: 'exchanges of the whole suite', goal: '≤ 3,408 (half of 6,816)', observed: `${remote.exchanges}`, met: remote.exchanges <= 3_408 });
  }
  if (f.validation) {
    // The goal is for the CLI users install (compiled); the development tree's tsx start-up is shown beside it.
    const slowest = (layout: string): number => Math.max(...f.validation!.coldStarts.filter((c) => c.layout === layout).map((c) => c.medianMs));
    const compiled = slowest('compiled dist');
    out.push({
      name: 'CLI cold start, installed package',
      goal: '< 500 ms (median)',
      observed: `${compiled} ms slowest compiled (sources via tsx: ${slowest('sources via tsx')} ms)`,
      met: compiled < 500,
    });
  }
  return out;
}

function table(headers: readonly string[], body: readonly string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { only: { type: 'string' } }, strict: true });
  const chosen = (values.only?.split(',').map((s) => s.trim()) ?? [...SECTIONS]) as Section[];
  const unknown = chosen.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`bench: unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
    return 2;
  }

  const startedAt = new Date().toISOString();
  const loadBefore = loadavg().map((l) => round(l, 2));
  const figures: Figures = {};
  const timings: Record<string, number> = {};
  const runners: Record<Section, () => Promise<void>> = {
    suite: async () => void (figures.suite = await benchSuite()),
    horizon: async () => void (figures.horizon = await benchRetryHorizon()),
    throughput: async () => void (figures.throughput = await benchThroughput()),
    validation: async () => void (figures.validation = await benchValidation()),
    growth: async () => void (figures.growth = await benchGrowth()),
    stall: async () => void (figures.stall = await benchStall()),
    retention: async () => void (figures.retention = await benchRetention()),
    realtime: async () => void (figures.realtime = await measureRealTime()),
    latency: async () => void (figures.latency = await benchLatency()),
  };
  for (const section of SECTIONS.filter((s) => chosen.includes(s))) {
    process.stderr.write(`bench: ${section}…\n`);
    const t0 = performance.now();
    await runners[section]();
    timings[section] = round(performance.now() - t0);
  }

  const results = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { ...machine(), loadAverageBefore: loadBefore, loadAverageAfter: loadavg().map((l) => round(l, 2)) },
    sectionWallMs: timings,
    targets: targets(figures),
    figures,
  };
  const file = join(packageRoot, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  console.log(`agent-task-kit bench — ${m.cpu}, ${m.nproc} cores, node ${m.node}, load ${loadBefore.join(' ')} → ${m.loadAverageAfter.join(' ')}\n`);
  console.log(table(['figure', 'value', 'baseline (same run)', 'ratio'], rows(figures).map((r) => [r.figure, r.value, r.baseline, r.ratio])));
  console.log(`\n${table(['target', 'goal', 'observed', 'met'], results.targets.map((t) => [t.name, t.goal, t.observed, t.met ? 'yes' : 'NO']))}`);
  console.log(`\nwrote ${file}`);
  return 0;
}

process.exitCode = await main();
