/**
 * A host's rate limit (SPEC.md §11.3) is waited out, a bounded number of times and within one budget per run:
 * the kit neither fails a host for pacing it nor hangs on one that answers 429 to everything.
 */
import { describe, expect, it } from 'vitest';
import { RateLimited } from '../src/harness/errors.js';
import { HostHealth } from '../src/harness/health.js';
import { HostHttp } from '../src/harness/http.js';
import { MAX_RATE_LIMIT_WAIT_MS, RATE_LIMIT_RETRIES, RateLimitBudget } from '../src/harness/rate-limit.js';
import { Transcript } from '../src/harness/transcript.js';

const NOW_MS = Date.parse('2026-06-02T10:00:00.000Z');
const tooMany = (retryAfter?: string): { status: number; headers: Record<string, string> } => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
});

describe('the rate-limit budget', () => {
  it('waits what Retry-After asks, in seconds or until an HTTP-date, a few times per request', () => {
    const budget = new RateLimitBudget(60_000, () => NOW_MS);
    expect(budget.afterAnswer(tooMany('2'), 0)).toEqual({ waitMs: 2000 });
    expect(budget.afterAnswer(tooMany('Tue, 02 Jun 2026 10:00:05 GMT'), 1)).toEqual({ waitMs: 5000 });
    expect(budget.afterAnswer(tooMany('0'), RATE_LIMIT_RETRIES - 1)).toEqual({ waitMs: 0 });
    expect(budget.afterAnswer(tooMany('0'), RATE_LIMIT_RETRIES)).toBe('unanswered');
  });

  it('takes as the answer a 429 without a readable Retry-After and anything but a 429; a delay too long leaves it unanswered', () => {
    const budget = new RateLimitBudget(600_000, () => NOW_MS);
    expect(budget.afterAnswer(tooMany(), 0)).toBe('answer');
    expect(budget.afterAnswer(tooMany('soon'), 0)).toBe('answer');
    expect(budget.afterAnswer({ status: 503, headers: { 'retry-after': '1' } }, 0)).toBe('answer');
    expect(budget.afterAnswer(tooMany(String(MAX_RATE_LIMIT_WAIT_MS / 1000 + 1)), 0)).toBe('unanswered');
  });

  it('spends one budget for the run, counting waits that overlap once', () => {
    let nowMs = NOW_MS;
    const budget = new RateLimitBudget(10_000, () => nowMs);
    // Five requests refused together wait side by side: the run waits 4 s, not 20.
    for (let i = 0; i < 5; i += 1) expect(budget.afterAnswer(tooMany('4'), 0)).toEqual({ waitMs: 4000 });
    nowMs += 4000;
    expect(budget.afterAnswer(tooMany('5'), 0)).toEqual({ waitMs: 5000 });
    nowMs += 5000;
    // 9 s spent of 10: a wait of 2 s no longer fits, one of 1 s does.
    expect(budget.afterAnswer(tooMany('2'), 0)).toBe('unanswered');
    expect(budget.afterAnswer(tooMany('1'), 0)).toEqual({ waitMs: 1000 });
  });
});

describe('a request the host refuses with 429', () => {
  it('is sent again with the same key once the delay has passed, and every answer is in the transcript', async () => {
    const seen: Array<string | null> = [];
    const fetch = async (request: Request): Promise<Response> => {
      seen.push(request.headers.get('idempotency-key'));
      return seen.length < 3
        ? new Response(JSON.stringify({ type: 'urn:agent-task:problem:too-many-requests', title: 'Too many requests', status: 429 }), {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '0' },
          })
        : new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } });
    };
    const transcript = new Transcript();
    const http = new HostHttp({ baseUrl: 'http://host.invalid', fetch, transcript, requestTimeoutMs: 1000, defaultApiKey: async () => null, health: new HostHealth() });
    const exchange = await http.request('POST', '/api/agents/run', { body: {}, idempotencyKey: 'key-1' });
    expect(exchange.status).toBe(201);
    expect(seen).toEqual(['key-1', 'key-1', 'key-1']);
    expect(transcript.count).toBe(3);
  });

  it('leaves the request unanswered (blocked) when the host keeps refusing, unless the caller judges the 429', async () => {
    let sent = 0;
    const refusing = (retryAfter: string | null) => async (): Promise<Response> => {
      sent += 1;
      return new Response('{}', { status: 429, headers: retryAfter === null ? {} : { 'retry-after': retryAfter } });
    };
    const client = (fetch: () => Promise<Response>) =>
      new HostHttp({ baseUrl: 'http://host.invalid', fetch, transcript: new Transcript(), requestTimeoutMs: 1000, defaultApiKey: async () => null, health: new HostHealth() });

    await expect(client(refusing('0')).request('GET', '/api/agents/queue/monitor')).rejects.toThrow(RateLimited);
    expect(sent).toBe(RATE_LIMIT_RETRIES + 1);
    // A delay longer than the kit waits: no retry, and still no answer to judge.
    sent = 0;
    await expect(client(refusing('3600')).request('GET', '/api/agents/queue/monitor')).rejects.toThrow(/beyond what the kit waits out/);
    expect(sent).toBe(1);
    // The caller tests a bound: the 429 is its answer.
    const judged = await client(refusing('0')).request('POST', '/api/agents/run', { body: {}, acceptTooManyRequests: true });
    expect(judged.status).toBe(429);
    // Without Retry-After a 429 is no rate limit SPEC allows: judged like any answer.
    expect((await client(refusing(null)).request('GET', '/api/agents/queue/monitor')).status).toBe(429);
  });
});
