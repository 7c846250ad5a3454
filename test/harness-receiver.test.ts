import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListen, startReceiver } from '../src/harness/receiver.js';
import type { CallbackReceiver } from '../src/harness/receiver.js';

let receiver: CallbackReceiver;

beforeAll(async () => {
  receiver = await startReceiver({ hangLimitMs: 5_000 });
});
afterAll(async () => {
  await receiver.close();
});

type Result = { status: number; headers: Record<string, string | string[] | undefined>; body: string } | { error: string };

/** A raw node:http POST, so the exact bytes and connection behaviour are under the test's control. */
function post(url: string, body: Buffer | string, options: { timeoutMs?: number; headers?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    if (options.timeoutMs) req.setTimeout(options.timeoutMs, () => req.destroy(new Error('client timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

describe('callback receiver', () => {
  it('keeps the exact bytes, headers and arrival time of a delivery', async () => {
    const box = receiver.mailbox();
    const raw = Buffer.from('{ "b":1,  "a":"é\\u00e9" }\n', 'utf8');
    const before = Date.now();
    const result = await post(box.url, raw, { headers: { 'Webhook-Id': 'msg_1', 'webhook-timestamp': '1614265330' } });
    expect(result).toMatchObject({ status: 200 });
    const [delivery] = box.deliveries();
    expect(delivery!.raw.equals(raw)).toBe(true);
    expect(delivery!.text).toBe(raw.toString('utf8'));
    expect(delivery!.json).toEqual({ b: 1, a: 'éé' });
    expect(delivery!.headers['webhook-id']).toBe('msg_1');
    expect(delivery!.headers['webhook-timestamp']).toBe('1614265330');
    expect(delivery!.method).toBe('POST');
    expect(delivery!.path).toBe(new URL(box.url).pathname);
    expect(delivery!.answered).toEqual({ status: 200 });
    expect(delivery!.arrivedAt).toBeGreaterThanOrEqual(before);
  });

  it('answers from the script in order, then 200', async () => {
    const box = receiver.mailbox([
      { status: 503, retryAfter: '120', body: 'busy' },
      { status: 410 },
      { status: 500, body: 'boom' },
    ]);
    const first = await post(box.url, '{}');
    expect(first).toMatchObject({ status: 503, body: 'busy', headers: { 'retry-after': '120' } });
    expect(await post(box.url, '{}')).toMatchObject({ status: 410 });
    expect(await post(box.url, '{}')).toMatchObject({ status: 500, body: 'boom' });
    expect(await post(box.url, '{}')).toMatchObject({ status: 200 });
    expect(box.deliveries().map((d) => d.answered)).toEqual([
      { status: 503, retryAfter: '120', body: 'busy' },
      { status: 410 },
      { status: 500, body: 'boom' },
      { status: 200 },
    ]);
  });

  it('redirects to a path of the same mailbox, so a followed redirect is visible', async () => {
    const box = receiver.mailbox([{ redirect: 307 }]);
    const result = await post(box.url, '{}');
    expect(result).toMatchObject({ status: 307, headers: { location: `${box.url}/redirected` } });
    await post(`${box.url}/redirected`, '{}');
    expect(box.deliveries().map((d) => d.path)).toEqual([new URL(box.url).pathname, `${new URL(box.url).pathname}/redirected`]);
  });

  it('resets the connection without an answer', async () => {
    const box = receiver.mailbox([{ reset: true }]);
    const result = await post(box.url, '{"x":1}');
    expect(result).toHaveProperty('error');
    expect(box.deliveries()).toHaveLength(1);
    expect(box.deliveries()[0]!.text).toBe('{"x":1}');
  });

  it('holds a hanging answer until the sender gives up', async () => {
    const box = receiver.mailbox([{ hang: true }]);
    const started = Date.now();
    const result = await post(box.url, '{}', { timeoutMs: 200 });
    expect(result).toEqual({ error: 'client timeout' });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(box.deliveries()).toHaveLength(1);
    // The receiver still answers the next delivery normally.
    expect(await post(box.url, '{}')).toMatchObject({ status: 200 });
  });

  it('closes a hang itself after the hang limit', async () => {
    const short = await startReceiver({ hangLimitMs: 100 });
    try {
      const box = short.mailbox([{ hang: true }]);
      const result = await post(box.url, '{}');
      expect(result).toHaveProperty('error');
    } finally {
      await short.close();
    }
  });

  it('answers 404 for unknown and closed mailboxes without recording', async () => {
    const box = receiver.mailbox();
    box.close();
    expect(await post(box.url, '{}')).toMatchObject({ status: 404 });
    expect(await post(`${receiver.publicUrl}/mailbox/nope`, '{}')).toMatchObject({ status: 404 });
    expect(await post(`${receiver.publicUrl}/elsewhere`, '{}')).toMatchObject({ status: 404 });
    expect(box.deliveries()).toEqual([]);
  });
});

describe('waitFor', () => {
  it('resolves on arrival, not on its timeout', async () => {
    const box = receiver.mailbox();
    const waiting = box.waitFor(2, 30_000);
    const started = Date.now();
    await post(box.url, '{"n":1}');
    await post(box.url, '{"n":2}');
    const deliveries = await waiting;
    expect(deliveries.map((d) => d.json)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('resolves at once when enough deliveries are already there', async () => {
    const box = receiver.mailbox();
    await post(box.url, '{}');
    expect(await box.waitFor(1, 1)).toHaveLength(1);
  });

  it('resolves with what arrived when the time is up', async () => {
    const box = receiver.mailbox();
    await post(box.url, '{}');
    expect(await box.waitFor(3, 20)).toHaveLength(1);
  });

  it('resolves pending waiters when the mailbox closes', async () => {
    const box = receiver.mailbox();
    const waiting = box.waitFor(1, 30_000);
    box.close();
    expect(await waiting).toEqual([]);
  });
});

describe('placement', () => {
  it('parses listen addresses', () => {
    expect(parseListen('127.0.0.1:8080')).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(parseListen('[::1]:0')).toEqual({ host: '::1', port: 0 });
    expect(parseListen(':9000')).toEqual({ host: '127.0.0.1', port: 9000 });
    expect(() => parseListen('localhost')).toThrow(/HOST:PORT/);
    expect(() => parseListen('h:70000')).toThrow(/HOST:PORT/);
  });

  it('builds mailbox URLs on the configured public URL', async () => {
    const placed = await startReceiver({ listen: '127.0.0.1:0', publicUrl: 'https://hooks.example.test/kit/' });
    try {
      expect(placed.publicUrl).toBe('https://hooks.example.test/kit');
      expect(placed.listenUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(placed.mailbox().url).toMatch(/^https:\/\/hooks\.example\.test\/kit\/mailbox\/[0-9a-f]{24}$/);
    } finally {
      await placed.close();
    }
  });
});
