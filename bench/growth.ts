/**
 * Figure 5: growth. verifyLedgerChain and `GET …/ledger` at 1,000, 10,000 and 100,000 events, each in a
 * fresh process (bench/growth-child.ts) so its peak memory is its own; linear growth shows as a flat time
 * per event and a time ratio of ~10 between sizes (exponent ~1). `GET …/ledger` sits beside its floor,
 * serialising the same number of events in one piece, which V8 itself does not do in linear time at 100k.
 * Also the host's lifecycle rate as the number of runs it holds grows, which should stay flat.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createReferenceHost } from '../reference-host/index.js';
import { packageRoot } from '../src/schemas.js';
import { GROWTH_OPS, type GrowthSample } from './growth-child.js';
import { fetchTransport, fundEntitlement, HostClient, runRequest } from './host-client.js';
import { ratio, round } from './measure.js';

export const GROWTH_SIZES = [1_000, 10_000, 100_000] as const;
const RUNS_HELD_CHUNKS = 6;
const RUNS_PER_CHUNK = 500;

const run = promisify(execFile);

export interface GrowthStep {
  from: number;
  to: number;
  /** Time at `to` over time at `from`; 10 for linear growth over a tenfold size. */
  timeRatio: number;
  /** log(timeRatio) / log(size ratio): 1 is linear, 2 quadratic. */
  exponent: number;
}

export interface GrowthSeries {
  op: GrowthSample['op'];
  samples: GrowthSample[];
  steps: GrowthStep[];
}

export interface FloorComparison {
  events: number;
  /** GET …/ledger time over the serialisation floor's at the same size. */
  ledgerOverFloor: number;
}

export interface RunsHeldChunk {
  runsHeldBefore: number;
  lifecyclesPerSecond: number;
}

export interface GrowthFigures {
  series: GrowthSeries[];
  ledgerVsFloor: FloorComparison[];
  runsHeld: { chunks: RunsHeldChunk[]; lastOverFirst: number };
}

async function sample(op: GrowthSample['op'], events: number): Promise<GrowthSample> {
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', join(packageRoot, 'bench', 'growth-child.ts'), op, String(events)], {
    cwd: packageRoot,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as GrowthSample;
}

function steps(samples: readonly GrowthSample[]): GrowthStep[] {
  return samples.slice(1).map((to, i) => {
    const from = samples[i]!;
    const timeRatio = to.msEach / from.msEach;
    return {
      from: from.events,
      to: to.events,
      timeRatio: round(timeRatio, 2),
      exponent: round(Math.log(timeRatio) / Math.log(to.events / from.events), 2),
    };
  });
}

/** Lifecycles in-process (quote, settle, run, one clock step), chunk by chunk, on one host that keeps every run. */
async function runsHeld(): Promise<GrowthFigures['runsHeld']> {
  const host = createReferenceHost({ conformance: true, fetch: async () => new Response(null, { status: 204 }) });
  try {
    const client = new HostClient(fetchTransport((request) => host.fetch(request)), 'http://reference-host.bench', host.createTenant().apiKey);
    const chunks: RunsHeldChunk[] = [];
    let held = 0;
    for (let chunk = 0; chunk < RUNS_HELD_CHUNKS; chunk++) {
      const t0 = performance.now();
      for (let i = 0; i < RUNS_PER_CHUNK; i++) {
        const funding = await fundEntitlement(client, { credits: 10, needsCallback: true });
        const created = await client.call('POST', '/run', {
          body: runRequest(funding, { callback_url: 'http://127.0.0.1:9/callback', test_script: { step_duration_ms: 0 } }),
          idempotencyKey: `held-${held}`,
        });
        if (created.status !== 201) throw new Error(`run creation answered ${created.status}`);
        await client.advanceClock(1);
        held++;
      }
      chunks.push({ runsHeldBefore: held - RUNS_PER_CHUNK, lifecyclesPerSecond: round((RUNS_PER_CHUNK * 1000) / (performance.now() - t0)) });
    }
    return { chunks, lastOverFirst: ratio(chunks.at(-1)!.lifecyclesPerSecond, chunks[0]!.lifecyclesPerSecond) };
  } finally {
    await host.close();
  }
}

export async function benchGrowth(): Promise<GrowthFigures> {
  const series: GrowthSeries[] = [];
  for (const op of GROWTH_OPS) {
    const samples: GrowthSample[] = [];
    for (const size of GROWTH_SIZES) samples.push(await sample(op, size));
    series.push({ op, samples, steps: steps(samples) });
  }
  const ledger = series.find((s) => s.op === 'ledger-get')!.samples;
  const floor = series.find((s) => s.op === 'serialize-floor')!.samples;
  const ledgerVsFloor = ledger.map((s, i) => ({ events: s.events, ledgerOverFloor: ratio(s.msEach, floor[i]!.msEach) }));
  return { series, ledgerVsFloor, runsHeld: await runsHeld() };
}
