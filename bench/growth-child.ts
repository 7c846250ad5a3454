/**
 * One growth measurement in a fresh process, so peak memory belongs to it alone:
 * `node --expose-gc --import tsx bench/growth-child.ts <op> <events>` prints one JSON line.
 * - verify: verifyLedgerChain over a valid synthetic ledger of that many events.
 * - ledger-get: GET …/ledger (answer read to the end) of a reference-host run holding that many events,
 *   grown through the API (a callback that always fails, then manual retry_callback commands).
 * - serialize-floor: what any host answering that ledger in one piece must do at least: JSON.stringify of
 *   a run record with that many events into a Response, read back as text. The baseline of ledger-get.
 */
import { pathToFileURL } from 'node:url';
import { createReferenceHost } from '../reference-host/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';
import { fetchTransport, fundEntitlement, HostClient, runRequest } from './host-client.js';
import { syntheticLedger } from './ledger-fixture.js';
import { median, round } from './measure.js';

/** Enough repetitions for a stable time at small sizes, bounded at large ones. */
const EVENT_BUDGET = 200_000;

export const GROWTH_OPS = ['verify', 'ledger-get', 'serialize-floor'] as const;

export interface GrowthSample {
  op: (typeof GROWTH_OPS)[number];
  events: number;
  repetitions: number;
  msEach: number;
  usPerEvent: number;
  /** Heap held by the data after setup (after a full GC). */
  dataHeapMb: number;
  /** Heap, external and array-buffer memory one operation leaves allocated before the next GC. */
  opAllocatedMb: number;
  /** The process's peak RSS, and how much the operation raised it above the peak reached during setup. */
  peakRssMb: number;
  opPeakExtraMb: number;
  setupMs: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): number => round(bytes / 1_048_576, 1);
const maxRssBytes = (): number => process.resourceUsage().maxRSS * 1024;

async function prepare(op: GrowthSample['op'], events: number): Promise<{ work: () => unknown | Promise<unknown>; actualEvents: number; close(): Promise<void> }> {
  if (op === 'verify') {
    const ledger = syntheticLedger(events);
    return {
      work: () => {
        const problems = verifyLedgerChain(ledger);
        if (problems.length > 0) throw new Error(`fixture ledger has problems: ${JSON.stringify(problems[0])}`);
      },
      actualEvents: ledger.length,
      close: async () => {},
    };
  }
  if (op === 'serialize-floor') {
    const record = { object_type: 'agent_task_run', state: 'closed', state_history: syntheticLedger(events) };
    return {
      work: () => new Response(JSON.stringify(record)).text(),
      actualEvents: events,
      close: async () => {},
    };
  }
  // The ledger is grown by manual retries, far past the attempts a message may make by default (SPEC §8.9).
  const host = createReferenceHost({
    conformance: true,
    fetch: async () => new Response(null, { status: 503 }),
    limits: { maxCallbackAttemptsPerRun: Number.POSITIVE_INFINITY },
  });
  const client = new HostClient(fetchTransport((request) => host.fetch(request)), 'http://reference-host.bench', host.createTenant().apiKey);
  const funding = await fundEntitlement(client, { credits: 10, needsCallback: true });
  const created = await client.ok<{ status_token: string }>('POST', '/run', {
    body: runRequest(funding, { callback_url: 'http://127.0.0.1:9/callback', test_script: { step_duration_ms: 0 } }),
    idempotencyKey: 'growth-run',
  });
  const path = `/tasks/${created.status_token}/ledger`;
  await client.advanceClock(100 * 3_600_000);
  const count = async (): Promise<number> => (await client.ok<{ state_history: unknown[] }>('GET', path)).state_history.length;
  let held = await count();
  // Each failed manual retry appends two events (the command and the failed attempt).
  for (let i = 0; held < events; i++) {
    const answer = await client.call('POST', `/tasks/${created.status_token}/commands`, { body: { action: 'retry_callback' }, idempotencyKey: `growth-${i}` });
    if (answer.status !== 201) throw new Error(`retry_callback answered ${answer.status}: ${answer.text}`);
    held += 2;
  }
  const actualEvents = await count();
  return {
    work: async () => {
      const answer = await client.call('GET', path);
      if (answer.status !== 200) throw new Error(`GET ledger answered ${answer.status}`);
    },
    actualEvents,
    close: () => host.close(),
  };
}

async function main(): Promise<void> {
  const [op, size] = process.argv.slice(2);
  if (!(GROWTH_OPS as readonly string[]).includes(op ?? '') || !/^\d+$/.test(size ?? '')) {
    throw new Error(`usage: growth-child.ts <${GROWTH_OPS.join('|')}> <events>`);
  }
  if (gc === undefined) throw new Error('run with --expose-gc');
  const setupStart = performance.now();
  const prepared = await prepare(op as GrowthSample['op'], Number(size));
  const setupMs = round(performance.now() - setupStart);
  await prepared.work();
  gc();
  const dataHeapMb = mb(process.memoryUsage().heapUsed);
  const rssBefore = maxRssBytes();
  const allocated = (): number => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external + usage.arrayBuffers;
  };
  const baseline = allocated();
  await prepared.work();
  const opAllocatedMb = mb(Math.max(0, allocated() - baseline));
  gc();
  const repetitions = Math.max(3, Math.ceil(EVENT_BUDGET / prepared.actualEvents));
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const t0 = performance.now();
    await prepared.work();
    samples.push(performance.now() - t0);
  }
  // The median: one GC pause or a neighbour's burst must not decide the figure.
  const msEach = median(samples);
  const peak = maxRssBytes();
  await prepared.close();
  const sample: GrowthSample = {
    op: op as GrowthSample['op'],
    events: prepared.actualEvents,
    repetitions,
    msEach: round(msEach, 3),
    usPerEvent: round((msEach * 1000) / prepared.actualEvents, 3),
    dataHeapMb,
    opAllocatedMb,
    peakRssMb: mb(peak),
    opPeakExtraMb: mb(Math.max(0, peak - rssBefore)),
    setupMs,
  };
  console.log(JSON.stringify(sample));
}

// Imported by bench/growth.ts for its types and op list; measures only when run as the entry point.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
