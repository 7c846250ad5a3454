/**
 * Figure 6: one slow receiver must not stall everyone (SPEC §8.10). `serve --allow-loopback-callbacks` in
 * production mode (real clock, 1 s steps, 15 s callback timeout) closes an unrelated run, timed from its
 * creation to `closed` by polling its status; then four runs whose callback targets accept the connection and
 * never answer are brought to their first attempt, and while those attempts hang another unrelated run is
 * timed the same way. The figure is the second time over the first.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchTransport, fundEntitlement, HostClient, runRequest, type Funding } from './host-client.js';
import { round } from './measure.js';
import { startServe } from './processes.js';

const HUNG_TARGETS = 4;
const POLL_MS = 25;
const LIMIT_MS = 60_000;

export interface StallFigures {
  /** An unrelated run's creation to closed, nothing else going on. */
  aloneMs: number;
  /** The same while four callback attempts hang. */
  withHungMs: number;
  ratio: number;
  hungTargets: number;
  /** Requests the hung targets had received when the second run was created. */
  hungAttemptsInFlight: number;
}

interface Receiver {
  url: string;
  hits: number;
  close(): Promise<void>;
}

async function receiver(answer: boolean): Promise<Receiver> {
  const state = { hits: 0 };
  const server: Server = createServer((req, res) => {
    state.hits++;
    req.resume();
    // A hung target reads the request and never answers; the host gives up after its request timeout.
    if (answer) req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function until(what: string, done: () => Promise<boolean> | boolean): Promise<void> {
  const startMs = performance.now();
  while (!(await done())) {
    if (performance.now() - startMs > LIMIT_MS) throw new Error(`stall bench: ${what} not within ${LIMIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function timeToClose(client: HostClient, funding: Funding, callbackUrl: string): Promise<number> {
  const startMs = performance.now();
  const created = await client.ok<{ status_token: string }>('POST', '/run', { body: runRequest(funding, { callback_url: callbackUrl }), idempotencyKey: randomUUID() });
  await until('the unrelated run closing', async () => (await client.ok<{ state: string }>('GET', `/status/${created.status_token}`)).state === 'closed');
  return performance.now() - startMs;
}

export async function benchStall(): Promise<StallFigures> {
  const serve = await startServe(['--allow-loopback-callbacks']);
  const healthy = await receiver(true);
  const hung: Receiver[] = [];
  try {
    for (let i = 0; i < HUNG_TARGETS; i++) hung.push(await receiver(false));
    const client = new HostClient(fetchTransport((request) => fetch(request)), serve.url, serve.apiKey);
    const funding = await fundEntitlement(client, { credits: 1_000, needsCallback: true });
    const aloneMs = await timeToClose(client, funding, healthy.url);
    for (const target of hung) await client.ok('POST', '/run', { body: runRequest(funding, { callback_url: target.url }), idempotencyKey: randomUUID() });
    await until('the hung attempts starting', () => hung.every((target) => target.hits > 0));
    const hungAttemptsInFlight = hung.reduce((sum, target) => sum + target.hits, 0);
    const withHungMs = await timeToClose(client, funding, healthy.url);
    return { aloneMs: round(aloneMs), withHungMs: round(withHungMs), ratio: round(withHungMs / aloneMs, 2), hungTargets: HUNG_TARGETS, hungAttemptsInFlight };
  } finally {
    for (const target of hung) await target.close();
    await healthy.close();
    await serve.stop();
  }
}
