/**
 * Figure 2: the advertised callback retry schedule (every attempt, jitter included) driven to exhaustion
 * through the test clock, timed in wall-clock ms. In-process with a receiver stub, and over loopback with
 * `serve` delivering real HTTP callbacks to a receiver that always answers 503.
 */
import { createReferenceHost } from '../reference-host/index.js';
import { fetchTransport, fundEntitlement, HostClient, nodeHttpTransport, runRequest } from './host-client.js';
import { listen } from './loopback.js';
import { round } from './measure.js';
import { startServe } from './processes.js';

export interface HorizonRun {
  transport: 'in-process' | 'loopback';
  /** How the clock was moved: one advance past the horizon, or one advance per scheduled attempt. */
  driving: 'single-advance' | 'per-attempt';
  attempts: number;
  hostHours: number;
  wallMs: number;
  callbackStatus: string;
}

export interface HorizonFigures {
  scheduleMs: number[];
  jitterMaxRatio: number;
  runs: HorizonRun[];
}

interface Policy {
  scheduleMs: number[];
  jitterMaxRatio: number;
}

async function policyOf(client: HostClient): Promise<Policy> {
  const caps = await client.ok<{ callbacks: { retry_schedule_ms: number[]; jitter_max_ratio: number } }>('GET', '/capabilities');
  return { scheduleMs: caps.callbacks.retry_schedule_ms, jitterMaxRatio: caps.callbacks.jitter_max_ratio };
}

/** Creates a run whose callback always fails and drives the clock until the host gives up on it. */
async function exhaust(client: HostClient, callbackUrl: string, policy: Policy, driving: HorizonRun['driving']): Promise<Omit<HorizonRun, 'transport'>> {
  const funding = await fundEntitlement(client, { credits: 10, needsCallback: true });
  const created = await client.ok<{ status_token: string }>('POST', '/run', {
    body: runRequest(funding, { callback_url: callbackUrl, test_script: { step_duration_ms: 0 } }),
    idempotencyKey: `horizon-${driving}-${Date.now()}`,
  });
  const before = (await client.ok<{ now_ms: number }>('GET', '/_seams/clock')).now_ms;
  const margin = 60_000;
  const startedMs = performance.now();
  if (driving === 'single-advance') {
    const horizonMs = policy.scheduleMs.reduce((sum, d) => sum + Math.ceil(d * (1 + policy.jitterMaxRatio)), 0);
    await client.advanceClock(horizonMs + margin);
  } else {
    for (const delayMs of policy.scheduleMs) await client.advanceClock(Math.ceil(delayMs * (1 + policy.jitterMaxRatio)) + 1_000);
    await client.advanceClock(margin);
  }
  const wallMs = round(performance.now() - startedMs);
  const after = (await client.ok<{ now_ms: number }>('GET', '/_seams/clock')).now_ms;
  const delivery = await client.ok<{ callback_status: string; attempts: unknown[] }>('GET', `/tasks/${created.status_token}/callback-attempts`);
  return {
    driving,
    attempts: delivery.attempts.length,
    hostHours: round((after - before) / 3_600_000, 2),
    wallMs,
    callbackStatus: delivery.callback_status,
  };
}

export async function benchRetryHorizon(): Promise<HorizonFigures> {
  const runs: HorizonRun[] = [];

  const host = createReferenceHost({ conformance: true, fetch: async () => new Response(null, { status: 503 }) });
  let policy: Policy;
  try {
    const client = new HostClient(fetchTransport((request) => host.fetch(request)), 'http://reference-host.bench', host.createTenant().apiKey);
    policy = await policyOf(client);
    for (const driving of ['single-advance', 'per-attempt'] as const) {
      runs.push({ transport: 'in-process', ...(await exhaust(client, 'http://127.0.0.1:9/callback', policy, driving)) });
    }
  } finally {
    await host.close();
  }

  const receiver = await listen((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(503).end());
  });
  const serve = await startServe();
  const transport = nodeHttpTransport(4);
  try {
    const client = new HostClient(transport, serve.url, serve.apiKey);
    for (const driving of ['single-advance', 'per-attempt'] as const) {
      runs.push({ transport: 'loopback', ...(await exhaust(client, `${receiver.url}/callback`, policy, driving)) });
    }
  } finally {
    transport.close();
    await serve.stop();
    await receiver.close();
  }
  return { ...policy, runs };
}
