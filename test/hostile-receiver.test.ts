/**
 * The callback receiver against a host that floods it: bodies far past the limit are answered 413 without being
 * buffered, deliveries to unknown mailboxes are refused from their headers, and deliveries whose signature does not
 * verify are refused and recorded, never counted as attempts nor given a scripted answer; in a run they fail the
 * scenario they claim under CALLBACK-SIGNATURE and leave every other scenario's verdict alone.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type CallbackReceiver } from '../src/harness/receiver.js';
import { generateSigningSecret, signCallback } from '../src/webhooks.js';
import { hostileHost, outputs, report, runKit } from './support/hostile.js';

const LIMIT = 1024 * 1024;
const TEST_LIMIT_MS = 90_000;

/** POSTs `total` bytes in 64 KiB chunks (never held whole), resolving with the status or the transport error. */
function flood(url: string, total: number, headers: Record<string, string> = {}): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function signed(secret: string, body: string, id = `msg_${Math.random().toString(36).slice(2)}`): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signCallback({ secret, id, timestamp, body }) };
}

describe('the receiver under a flood', () => {
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    receiver = await startReceiver({ bodyLimitBytes: LIMIT, waitForMs: 500 });
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('answers 413 to 20 MB bodies, with or without a length, and does not hold them', async () => {
    const box = receiver.mailbox();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const declared = await flood(box.url, 20 * 1024 * 1024, { 'content-length': String(20 * 1024 * 1024) });
    const chunked = await flood(box.url, 20 * 1024 * 1024);
    // A sender still writing may see the connection close before it reads the answer; never a 2xx.
    for (const result of [declared, chunked]) expect(result.status === 413 || result.error !== undefined, JSON.stringify(result)).toBe(true);
    expect(declared.status).toBe(413);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(box.deliveries()).toEqual([]);
    expect(box.rejected!().map((r) => r.reason)).toEqual(['oversize', 'oversize']);
    expect(box.rejected!()[0]!.detail).toBe('body is 20 MiB (content-length), limit 1 MiB');
    // The mailbox still works.
    expect(await post(box.url, '{}')).toBe(200);
  });

  it('refuses unknown mailboxes from their headers, without reading the body', async () => {
    const started = performance.now();
    const result = await flood(`${receiver.publicUrl}/mailbox/nope`, 20 * 1024 * 1024, { 'content-length': String(20 * 1024 * 1024) });
    expect(result.status === 404 || result.error !== undefined, JSON.stringify(result)).toBe(true);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('holds deliveries until the secret is known, then refuses the badly signed without using the script', async () => {
    const secret = generateSigningSecret();
    const box = receiver.mailbox([{ status: 503 }]);
    box.holdForSecret!();
    const body = '{"n":1}';
    const forged = Array.from({ length: 20 }, () => post(box.url, body, signed(generateSigningSecret(), body)));
    const early = post(box.url, body, signed(secret, body));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(box.deliveries()).toEqual([]);
    box.expectSignedWith!(secret);
    expect(await Promise.all(forged)).toEqual(Array(20).fill(401));
    // The one good delivery got the first scripted answer: the forged ones used none of them.
    expect(await early).toBe(503);
    expect(box.deliveries()).toHaveLength(1);
    expect(box.rejected!().filter((r) => r.reason === 'bad-signature')).toHaveLength(20);
    const statuses = await Promise.all(Array.from({ length: 200 }, () => post(box.url, body, { 'webhook-id': 'x', 'webhook-timestamp': '1', 'webhook-signature': 'v1,AAAA' })));
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(box.deliveries()).toHaveLength(1);
    expect(await post(box.url, body, signed(secret, body))).toBe(200);
  });
});

describe('a run whose host floods a mailbox with forged deliveries', () => {
  it('fails the flooded scenario under CALLBACK-SIGNATURE and leaves the next one alone', async () => {
    let flooded = false;
    const host = await hostileHost((req, res, reference) => {
      if (flooded || req.method !== 'POST' || req.url !== '/api/agents/run') return false;
      flooded = true;
      // The flood goes to the mailbox named in the request, then the reference host answers the request as usual.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const url = (JSON.parse(raw.toString('utf8')) as { callback_url?: string }).callback_url;
        const body = '{"forged":true}';
        const forged = url === undefined ? [] : Array.from({ length: 100 }, () => post(url, body, signed(generateSigningSecret(), body)).catch(() => 0));
        const headers = Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string');
        void reference.fetch(new Request(`http://x${req.url}`, { method: 'POST', headers, body: raw })).then(async (answer) => {
          const text = await answer.text();
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(text);
          await Promise.all(forged);
        });
      });
      return true;
    });
    try {
      // One at a time (the host declares per-tenant clocks): the first run created is the flooded scenario's.
      const run = await runKit('run', ['--host', host.url, '--api-key', host.apiKey, '--filter', 'callback-delivered-status,ledger-hash-link', '--max-workers', '1']);
      const byId = new Map(report(run).scenarios.map((s) => [s.id, s]));
      expect(run.code, run.stdout).toBe(1);
      expect(byId.get('callback-delivered-status')).toMatchObject({ disposition: 'fail' });
      expect(byId.get('callback-delivered-status')!.failures[0]!.rule, JSON.stringify(byId.get('callback-delivered-status')!.failures.map((f) => [f.rule, f.observed]))).toBe('CALLBACK-SIGNATURE');
      expect(byId.get('ledger-hash-link')!.disposition).toBe('pass');
      expect(run.wallMs).toBeLessThan(30_000);
      expect(outputs(run).some((text) => text.includes(host.apiKey))).toBe(false);
    } finally {
      await host.close();
    }
  }, TEST_LIMIT_MS);
});
