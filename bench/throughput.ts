/**
 * Figure 3: the reference host (`serve --conformance`, its own process) over loopback. Complete lifecycles
 * per second at several concurrencies, and `GET …/ledger` requests per second with p50/p99. The baseline
 * is the bare node:http server (also its own process) taking the very same request sequence, so the ratio
 * is what the host's work costs over the HTTP floor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostClient, nodeHttpTransport, type Funding } from './host-client.js';
import { listen } from './loopback.js';
import { closedLoop, ratio, type LatencySummary } from './measure.js';
import { startBare, startServe } from './processes.js';

export const LIFECYCLE_LEVELS: ReadonlyArray<{ concurrency: number; lifecycles: number }> = [
  { concurrency: 1, lifecycles: 150 },
  { concurrency: 16, lifecycles: 600 },
  { concurrency: 64, lifecycles: 960 },
];
export const LEDGER_LEVELS: ReadonlyArray<{ concurrency: number; requests: number }> = [
  { concurrency: 1, requests: 1_500 },
  { concurrency: 16, requests: 4_000 },
  { concurrency: 64, requests: 4_000 },
];
const MAX_CONCURRENCY = Math.max(...LIFECYCLE_LEVELS.map((l) => l.concurrency), ...LEDGER_LEVELS.map((l) => l.concurrency));
/** How often a lifecycle may step the clock before it counts as not closed. */
const MAX_ADVANCES = 10;

export interface LifecycleLevel {
  concurrency: number;
  lifecycles: number;
  requestsPerLifecycle: number;
  host: LatencySummary;
  bare: LatencySummary;
  /** Lifecycles that did not close with their callback delivered (must be 0). */
  incomplete: number;
  ratio: number;
}

export interface LedgerLevel {
  concurrency: number;
  events: number;
  bodyBytes: number;
  host: LatencySummary;
  bare: LatencySummary;
  ratio: number;
}

export interface ThroughputFigures {
  lifecycles: LifecycleLevel[];
  /** Callbacks the loopback receiver got; one per completed lifecycle plus the ledger run's. */
  callbacksReceived: number;
  ledger: LedgerLevel[];
}

interface Lifecycle {
  /** Requests one lifecycle makes when the first clock step closes the run. */
  readonly requests: number;
  run(i: number): Promise<boolean>;
}

/**
 * Quote → settle → run → clock step → status → result → usage receipt → settlement receipt → callback
 * attempts. True when the run closed and its callback was delivered. Against the bare server the same
 * requests go out and every answer is taken as it comes.
 */
function lifecycle(client: HostClient, trustProfileId: string, callbackUrl: string, tag: string): Lifecycle {
  const json = <T>(answer: { json: unknown }): T => (answer.json ?? {}) as T;
  return {
    requests: 9,
    async run(i) {
      const quote = json<{ quote_id?: string; credits_quoted?: number }>(
        await client.call('POST', '/quote', {
          body: {
            request_type: 'agent_quote_request',
            trust_profile_id: trustProfileId,
            requested_tool: 'tokenops',
            requested_capability: 'bench',
            estimate_basis: { records_count: 100, files_count: 1, needs_callback: true },
          },
        }),
      );
      const receipt = json<{ credit_entitlement_id?: string; settlement_id?: string }>(
        await client.call('POST', '/settlements', {
          body: {
            request_type: 'agent_settlement_request',
            quote_id: quote.quote_id ?? 'bare',
            settlement_provider: 'x402',
            provider_transaction_ref: `${tag}-${i}`,
            credits: quote.credits_quoted ?? 1,
          },
          idempotencyKey: `${tag}-settle-${i}`,
        }),
      );
      const funding: Funding = {
        trustProfileId,
        quoteId: quote.quote_id ?? 'bare',
        creditsQuoted: quote.credits_quoted ?? 1,
        entitlementId: receipt.credit_entitlement_id ?? 'bare',
        requestedTool: 'tokenops',
      };
      const created = json<{ status_token?: string }>(
        await client.call('POST', '/run', {
          body: {
            trust_profile_id: funding.trustProfileId,
            quote_id: funding.quoteId,
            credit_entitlement_id: funding.entitlementId,
            requested_tool: funding.requestedTool,
            requested_capability: 'bench',
            callback_url: callbackUrl,
            test_script: { step_duration_ms: 0 },
          },
          idempotencyKey: `${tag}-run-${i}`,
        }),
      );
      const token = created.status_token ?? 'bare';
      let status: { state?: string; usage_receipt_url?: string } = {};
      for (let step = 0; step < MAX_ADVANCES && status.state !== 'closed'; step++) {
        await client.call('POST', '/_seams/clock/advance', { body: { ms: 1 } });
        status = json(await client.call('GET', `/status/${token}`));
        if (status.state === undefined) break;
      }
      await client.call('GET', `/tasks/${token}/result`);
      await client.call('GET', status.usage_receipt_url ? new URL(status.usage_receipt_url).pathname.replace('/api/agents', '') : '/receipts/bare');
      await client.call('GET', `/settlements/${receipt.settlement_id ?? 'bare'}/receipt`);
      const delivery = json<{ callback_status?: string }>(await client.call('GET', `/tasks/${token}/callback-attempts`));
      return status.state === 'closed' && delivery.callback_status === 'delivered';
    },
  };
}

async function lifecycleLevel(host: HostClient, bare: HostClient, callbackUrl: string, level: (typeof LIFECYCLE_LEVELS)[number]): Promise<LifecycleLevel> {
  const trust = await host.ok<{ trust_profile_id: string }>('POST', '/trust-profiles', {
    body: { agent_name: 'bench', data_policy: { allowed_data_modes: ['public_safe_demo'] }, prohibited_inputs_acknowledged: true },
  });
  const tag = `c${level.concurrency}-${Date.now()}`;
  const onHost = lifecycle(host, trust.trust_profile_id, callbackUrl, tag);
  let incomplete = 0;
  const hostSummary = await closedLoop(level.lifecycles, level.concurrency, async (i) => {
    if (!(await onHost.run(i))) incomplete++;
  });
  const onBare = lifecycle(bare, 'bare', callbackUrl, tag);
  const bareSummary = await closedLoop(level.lifecycles, level.concurrency, async (i) => {
    await onBare.run(i);
  });
  return {
    concurrency: level.concurrency,
    lifecycles: level.lifecycles,
    requestsPerLifecycle: onHost.requests,
    host: hostSummary,
    bare: bareSummary,
    incomplete,
    ratio: ratio(hostSummary.perSecond, bareSummary.perSecond),
  };
}

async function ledgerLevels(host: HostClient, bareBodyDir: string, callbackUrl: string): Promise<LedgerLevel[]> {
  const trust = await host.ok<{ trust_profile_id: string }>('POST', '/trust-profiles', {
    body: { agent_name: 'bench', data_policy: { allowed_data_modes: ['public_safe_demo'] }, prohibited_inputs_acknowledged: true },
  });
  const token = await closedRunToken(host, trust.trust_profile_id, callbackUrl);
  const path = `/tasks/${token}/ledger`;
  const body = (await host.call('GET', path)).text;
  const events = (JSON.parse(body) as { state_history: unknown[] }).state_history.length;
  const bodyFile = join(bareBodyDir, 'ledger.json');
  writeFileSync(bodyFile, body);
  const bare = await startBare(bodyFile);
  const transport = nodeHttpTransport(MAX_CONCURRENCY);
  try {
    const bareClient = new HostClient(transport, bare.url, 'bare');
    const levels: LedgerLevel[] = [];
    for (const level of LEDGER_LEVELS) {
      const get = (client: HostClient) => async (): Promise<void> => {
        const answer = await client.call('GET', path);
        if (answer.status !== 200) throw new Error(`GET ledger answered ${answer.status}`);
      };
      await closedLoop(100, level.concurrency, get(host));
      const hostSummary = await closedLoop(level.requests, level.concurrency, get(host));
      await closedLoop(100, level.concurrency, get(bareClient));
      const bareSummary = await closedLoop(level.requests, level.concurrency, get(bareClient));
      levels.push({
        concurrency: level.concurrency,
        events,
        bodyBytes: Buffer.byteLength(body),
        host: hostSummary,
        bare: bareSummary,
        ratio: ratio(hostSummary.perSecond, bareSummary.perSecond),
      });
    }
    return levels;
  } finally {
    transport.close();
    await bare.stop();
  }
}

/** Creates one run, closes it with its callback delivered, and returns its status token. */
async function closedRunToken(host: HostClient, trustProfileId: string, callbackUrl: string): Promise<string> {
  const quote = await host.ok<{ quote_id: string; credits_quoted: number }>('POST', '/quote', {
    body: {
      request_type: 'agent_quote_request',
      trust_profile_id: trustProfileId,
      requested_tool: 'tokenops',
      requested_capability: 'bench',
      estimate_basis: { records_count: 100, files_count: 1, needs_callback: true },
    },
  });
  const receipt = await host.ok<{ credit_entitlement_id: string }>('POST', '/settlements', {
    body: { request_type: 'agent_settlement_request', quote_id: quote.quote_id, settlement_provider: 'x402', provider_transaction_ref: `ledger-${Date.now()}`, credits: quote.credits_quoted },
    idempotencyKey: `ledger-settle-${Date.now()}`,
  });
  const created = await host.ok<{ status_token: string }>('POST', '/run', {
    body: {
      trust_profile_id: trustProfileId,
      quote_id: quote.quote_id,
      credit_entitlement_id: receipt.credit_entitlement_id,
      requested_tool: 'tokenops',
      requested_capability: 'bench',
      callback_url: callbackUrl,
    },
    idempotencyKey: `ledger-run-${Date.now()}`,
  });
  await host.advanceClock(60_000);
  return created.status_token;
}

export async function benchThroughput(): Promise<ThroughputFigures> {
  let deliveries = 0;
  const sink = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      deliveries++;
      res.writeHead(204).end();
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'atk-bench-'));
  const serve = await startServe();
  const bare = await startBare();
  const hostTransport = nodeHttpTransport(MAX_CONCURRENCY);
  const bareTransport = nodeHttpTransport(MAX_CONCURRENCY);
  try {
    const host = new HostClient(hostTransport, serve.url, serve.apiKey);
    const bareClient = new HostClient(bareTransport, bare.url, 'bare');
    const lifecycles: LifecycleLevel[] = [];
    for (const level of LIFECYCLE_LEVELS) lifecycles.push(await lifecycleLevel(host, bareClient, `${sink.url}/callback`, level));
    const ledger = await ledgerLevels(host, dir, `${sink.url}/callback`);
    return { lifecycles, callbacksReceived: deliveries, ledger };
  } finally {
    hostTransport.close();
    bareTransport.close();
    await bare.stop();
    await serve.stop();
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
