import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CALLBACK_RETRY_SCHEDULE_MS } from '../../reference-host/config.js';
import { parseRetryAfter } from '../../src/protocol/retry-after.js';
import { verifyCallback } from '../../src/webhooks.js';
import { eventTypes, scriptedFetch, TestHost, type FetchAnswer } from './support.js';

const CALLBACK_URL = 'https://agent.example/callbacks';
let host: TestHost | undefined;
let server: Server | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A run that reaches callback_ready after 6 steps of 1 s; returns its token and creation answer. */
async function runToCallback(answers: FetchAnswer[], faults: string[] = []) {
  const outbound = scriptedFetch(answers);
  host = new TestHost({ fetch: outbound.fetch, faults });
  const { token, created } = await host.createRun({ callbackUrl: CALLBACK_URL });
  await host.advance(6000);
  return { token, secret: created.json.callback_signing_secret as string, outbound, host };
}

function attemptTimes(attempts: Array<{ attempted_at: string }>): number[] {
  return attempts.map((a) => Date.parse(a.attempted_at));
}

describe('callback delivery', () => {
  it('retries on the advertised schedule within the jitter bound, then fails, opens a ticket and raises an alert', async () => {
    const { token, secret, outbound, host } = await runToCallback(new Array(10).fill({ status: 500 }));
    await host.advance(90 * 3600_000); // 75.6 h of schedule plus at most 10 % jitter
    const delivery = await host.get(`/tasks/${token}/callback-attempts`);
    const attempts = delivery.json.attempts;
    expect(attempts).toHaveLength(10);
    const times = attemptTimes(attempts);
    for (let n = 1; n < times.length; n++) {
      const gap = times[n]! - times[n - 1]!;
      const scheduled = CALLBACK_RETRY_SCHEDULE_MS[n]!;
      expect(gap).toBeGreaterThanOrEqual(scheduled);
      expect(gap).toBeLessThanOrEqual(scheduled * 1.1);
      expect(attempts[n - 1].next_retry_at).toBe(attempts[n].attempted_at);
    }
    expect(attempts.at(-1).next_retry_at).toBeNull();
    expect(delivery.json).toMatchObject({ callback_status: 'failed', next_retry_at: null, disabled: false });

    // One message id, a fresh timestamp and a valid signature on every attempt.
    expect(new Set(outbound.deliveries.map((d) => d.headers['webhook-id'])).size).toBe(1);
    for (const [i, d] of outbound.deliveries.entries()) {
      expect(Number(d.headers['webhook-timestamp'])).toBe(Math.floor(times[i]! / 1000));
      expect(verifyCallback({ secrets: secret, headers: d.headers, body: d.body, nowSeconds: Number(d.headers['webhook-timestamp']) })).toEqual({ ok: true });
      expect(d.body).toBe(outbound.deliveries[0]!.body);
    }

    const status = await host.status(token);
    expect(status.json).toMatchObject({ state: 'callback_ready', callback_status: 'failed', canonical_lifecycle_state: 'exception_open' });
    const tickets = await host.get(`/tasks/${token}/exceptions`);
    expect(tickets.json.items).toMatchObject([{ exception_type: 'callback_failure', status: 'open' }]);
    const alerts = await host.get('/queue/alerts');
    expect(alerts.json.items).toMatchObject([{ task_token: token, stuck_reason: 'callback_delivery_failed', current_lifecycle_state: 'exception_open' }]);
    const ledger = await host.ledger(token);
    expect(eventTypes(ledger).filter((t) => t === 'callback_attempt_failed')).toHaveLength(10);
    expect(eventTypes(ledger).slice(-2)).toEqual(['callback_failed', 'stuck_alert_raised']);

    // A manual retry reuses the message id, is recorded as attempt 11 and closes the run on a 2xx.
    const command = await host.post(`/tasks/${token}/commands`, { action: 'retry_callback', reason: 'receiver fixed' });
    expect(command.status).toBe(201);
    expect(command.json.outcome).toMatchObject({ attempt_number: 11, delivered: true, http_status: 200 });
    expect(outbound.deliveries.at(-1)!.headers['webhook-id']).toBe(outbound.deliveries[0]!.headers['webhook-id']);
    const after = await host.get(`/tasks/${token}/callback-attempts`);
    expect(after.json.attempts.at(-1)).toMatchObject({ attempt_number: 11, trigger: 'manual', outcome: 'delivered' });
    expect((await host.status(token)).json).toMatchObject({ state: 'closed', callback_status: 'delivered' });
    expect((await host.get(`/tasks/${token}/exceptions`)).json.items[0].status).toBe('resolved');
    expect(host.schemaFailures).toEqual([]);
  });

  it('honours Retry-After when it asks for longer than the schedule', async () => {
    const { token, host } = await runToCallback([{ status: 503, headers: { 'retry-after': '120' } }]);
    let attempts = (await host.get(`/tasks/${token}/callback-attempts`)).json.attempts;
    expect(attempts[0]).toMatchObject({ retry_after_seconds: 120, http_status: 503, error: 'http_error' });
    const first = Date.parse(attempts[0].attempted_at);
    expect(Date.parse(attempts[0].next_retry_at)).toBe(first + 120_000);
    await host.advance(119_000);
    expect((await host.get(`/tasks/${token}/callback-attempts`)).json.attempts).toHaveLength(1);
    await host.advance(1_000);
    attempts = (await host.get(`/tasks/${token}/callback-attempts`)).json.attempts;
    expect(attempts).toHaveLength(2);
    expect(attempts[1].outcome).toBe('delivered');
    expect(Date.parse(attempts[1].attempted_at) - first).toBe(120_000);
  });

  it('stops at a 410: failed, disabled, ticket, no further automatic attempt', async () => {
    const { token, outbound, host } = await runToCallback([{ status: 410 }]);
    await host.advance(100 * 3600_000);
    expect(outbound.deliveries).toHaveLength(1);
    const delivery = await host.get(`/tasks/${token}/callback-attempts`);
    expect(delivery.json).toMatchObject({ callback_status: 'failed', disabled: true, attempts: [{ error: 'gone', http_status: 410, next_retry_at: null }] });
    expect((await host.get(`/tasks/${token}/exceptions`)).json.items).toMatchObject([{ exception_type: 'callback_failure' }]);
    expect((await host.status(token)).json.canonical_lifecycle_state).toBe('exception_open');
  });

  it('counts only 2xx as delivered; 3xx, 4xx, timeouts and resets are failed attempts', async () => {
    const { token, host } = await runToCallback([
      { status: 302, headers: { location: 'https://elsewhere.example/' } },
      { status: 404 },
      { throw: 'timeout' },
      { throw: 'reset' },
      { status: 204 },
    ]);
    await host.advance(3 * 3600_000);
    const attempts = (await host.get(`/tasks/${token}/callback-attempts`)).json.attempts;
    expect(attempts.map((a: { error: string | null; http_status: number | null }) => [a.error, a.http_status])).toEqual([
      ['redirect_not_followed', 302],
      ['http_error', 404],
      ['timeout', null],
      ['connection_error', null],
      [null, 204],
    ]);
    expect((await host.status(token)).json.state).toBe('closed');
    const monitor = await host.get('/queue/monitor');
    expect(monitor.json.counts.callback_retries).toBe(4);
  });

  it('does not follow a real redirect (local receiver); the callback-follows-redirects fault does', async () => {
    const hits: string[] = [];
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/hook') res.writeHead(302, { location: '/elsewhere' }).end();
      else res.writeHead(200).end('ok');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

    for (const [faults, expectedHits, outcome] of [
      [[], ['/hook'], 'failed'],
      [['callback-follows-redirects'], ['/hook', '/elsewhere'], 'delivered'],
    ] as const) {
      hits.length = 0;
      host = new TestHost({ faults: [...faults] });
      const { token } = await host.createRun({ callbackUrl: url });
      await host.advance(6000);
      const attempts = (await host.get(`/tasks/${token}/callback-attempts`)).json.attempts;
      expect(hits).toEqual(expectedHits);
      expect(attempts[0].outcome).toBe(outcome);
      await host.close();
      host = undefined;
    }
  });

  it('passes a timeout signal and manual redirect mode on every attempt', async () => {
    const { outbound } = await runToCallback([]);
    expect(outbound.deliveries[0]).toMatchObject({ redirect: 'manual', hasSignal: true });
  });

  it('refuses retry_callback while the callback is pending and on a closed run', async () => {
    const outbound = scriptedFetch();
    host = new TestHost({ fetch: outbound.fetch });
    const { token } = await host.createRun({ callbackUrl: CALLBACK_URL });
    const early = await host.post(`/tasks/${token}/commands`, { action: 'retry_callback' });
    expect(early.status).toBe(409);
    expect(early.json).toMatchObject({ type: 'urn:agent-task:problem:invalid-state', current_state: 'queued', allowed_from_states: ['exception_open', 'callback_pending'] });
    await host.advance(6000);
    const closed = await host.post(`/tasks/${token}/commands`, { action: 'retry_callback' });
    expect(closed.json).toMatchObject({ status: 409, current_state: 'closed' });
    expect(outbound.deliveries).toHaveLength(1);
    expect(host.schemaFailures).toEqual([]);
  });

  it('changes the webhook-id per attempt under the callback-webhook-id-changes fault', async () => {
    const { outbound, host } = await runToCallback([{ status: 500 }], ['callback-webhook-id-changes']);
    await host.advance(5_500);
    expect(outbound.deliveries).toHaveLength(2);
    expect(outbound.deliveries[0]!.headers['webhook-id']).not.toBe(outbound.deliveries[1]!.headers['webhook-id']);
  });
});

describe('Retry-After parsing', () => {
  it('reads delay-seconds and HTTP dates relative to host time', () => {
    const now = Date.parse('2026-06-02T10:00:00.000Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Tue, 02 Jun 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('Tue, 02 Jun 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    // The two older HTTP-date formats a recipient must accept (RFC 9110 §5.6.7), and nothing a lenient parser guesses.
    expect(parseRetryAfter('Tuesday, 02-Jun-26 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue Jun  2 10:00:45 2026', now)).toBe(45);
    for (const junk of ['+5', '-1', '1.5', '5, 6', '2026-06-02T10:01:00Z']) expect(parseRetryAfter(junk, now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
