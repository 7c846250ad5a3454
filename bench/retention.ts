/**
 * Figure 7: memory under the retention policy (SPEC §4.6). A fresh process (`node --expose-gc --import tsx
 * bench/retention.ts <policy> <runs>`) builds one host, runs that many lifecycles to `closed` on one tenant
 * (run request, one clock step, a delivered callback), collects garbage and prints its resident and heap
 * memory as one JSON line. `default` is the production retention policy (ended runs kept 24 h, at most 1,000
 * per tenant); `unbounded` keeps every run, as the host did before the policy, for contrast. The test clock
 * makes runs cheap: their steps take no real time, so only memory is measured.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { hostConfig, type HostLimits } from '../reference-host/config.js';
import { createReferenceHost } from '../reference-host/index.js';
import { packageRoot } from '../src/schemas.js';
import { fetchTransport, fundEntitlement, HostClient, runRequest } from './host-client.js';
import { round } from './measure.js';

export const RETENTION_POLICIES = ['default', 'unbounded'] as const;
type Policy = (typeof RETENTION_POLICIES)[number];

/** The stated bound: resident memory after 10,000 closed runs under the default policy. */
export const RETENTION_RSS_BOUND_MB = 350;

export interface RetentionSample {
  policy: Policy;
  runs: number;
  /** Runs still served (status 200) at the end. */
  runsKept: number;
  rssMb: number;
  heapUsedMb: number;
  wallMs: number;
}

export interface RetentionFigures {
  samples: RetentionSample[];
}

const run = promisify(execFile);
const mb = (bytes: number): number => round(bytes / 1_048_576, 1);

function limitsFor(policy: Policy): Partial<HostLimits> {
  if (policy === 'unbounded') return { closedRunRetentionMs: Number.POSITIVE_INFINITY, maxClosedRunsPerTenant: Number.POSITIVE_INFINITY };
  // The production defaults, on a host whose test clock makes the runs fast.
  const production = hostConfig({ conformance: false });
  return {
    closedRunRetentionMs: production.closedRunRetentionMs,
    maxClosedRunsPerTenant: production.maxClosedRunsPerTenant,
    maxRunsInFlightPerTenant: production.maxRunsInFlightPerTenant,
    maxIdempotencyKeysPerTenant: production.maxIdempotencyKeysPerTenant,
  };
}

async function measure(policy: Policy, runs: number): Promise<RetentionSample> {
  const startedMs = performance.now();
  const host = createReferenceHost({ conformance: true, limits: limitsFor(policy), fetch: async () => new Response(null, { status: 204 }) });
  const client = new HostClient(fetchTransport((request) => host.fetch(request)), 'http://reference-host.bench', host.createTenant().apiKey);
  const funding = await fundEntitlement(client, { credits: 1_000_000_000, needsCallback: true });
  const tokens: string[] = [];
  for (let i = 0; i < runs; i++) {
    const created = await client.ok<{ status_token: string }>('POST', '/run', {
      body: runRequest(funding, { callback_url: 'http://127.0.0.1:9/callback', test_script: { step_duration_ms: 0 }, workflow_context: { batch: i, note: 'x'.repeat(512) } }),
      idempotencyKey: `retention-${i}`,
    });
    tokens.push(created.status_token);
    await client.advanceClock(1);
  }
  let runsKept = 0;
  for (const token of tokens) if ((await client.call('GET', `/status/${token}`)).status === 200) runsKept++;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with --expose-gc');
  gc();
  const usage = process.memoryUsage();
  await host.close();
  return { policy, runs, runsKept, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed), wallMs: round(performance.now() - startedMs) };
}

async function sample(policy: Policy, runs: number): Promise<RetentionSample> {
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', join(packageRoot, 'bench', 'retention.ts'), policy, String(runs)], {
    cwd: packageRoot,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as RetentionSample;
}

export async function benchRetention(): Promise<RetentionFigures> {
  const samples: RetentionSample[] = [];
  for (const [policy, runs] of [['default', 1_000], ['default', 10_000], ['unbounded', 10_000]] as const) samples.push(await sample(policy, runs));
  return { samples };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [policy, runs] = process.argv.slice(2);
  if (!(RETENTION_POLICIES as readonly string[]).includes(policy ?? '') || !/^\d+$/.test(runs ?? '')) {
    throw new Error(`usage: retention.ts <${RETENTION_POLICIES.join('|')}> <runs>`);
  }
  console.log(JSON.stringify(await measure(policy as Policy, Number(runs))));
}
