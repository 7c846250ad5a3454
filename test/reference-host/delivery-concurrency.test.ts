import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryPool } from '../../reference-host/callbacks/pool.js';
import { RealClock } from '../../reference-host/clock.js';
import { Scheduler } from '../../reference-host/scheduler.js';
import { TestHost } from './support.js';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** Answers 200 at once, except to URLs on hung.example, which accept and never answer until the attempt gives up. */
function hangingFetch(): { fetch: typeof fetch; started: string[] } {
  const started: string[] = [];
  const fake = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    started.push(url);
    if (!url.includes('hung.example')) return Promise.resolve(new Response(null, { status: 200 }));
    return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  };
  return { fetch: fake as typeof fetch, started };
}

async function closedWithin(h: TestHost, token: string, limitMs: number): Promise<number> {
  const startMs = performance.now();
  while (performance.now() - startMs < limitMs) {
    if ((await h.status(token)).json.state === 'closed') return performance.now() - startMs;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`run ${token} did not close within ${limitMs} ms`);
}

describe('callback delivery never holds back other work (real clock)', () => {
  it('closes an unrelated run on time while four callback targets hang (CALLBACK-TIMEOUT, CALLBACK-SCHEDULE)', async () => {
    const outbound = hangingFetch();
    host = new TestHost({ conformance: false, fetch: outbound.fetch, timing: { stepDurationMs: 20, callbackRequestTimeoutMs: 2_500 } });
    const hung = [];
    for (let i = 0; i < 4; i++) hung.push((await host.createRun({ callbackUrl: `https://hung.example/hook/${i}` })).token);
    // The hung runs reach callback_ready first: their attempts are in flight while the next run's steps fall due.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outbound.started.filter((u) => u.includes('hung.example'))).toHaveLength(4);
    const { token } = await host.createRun({ callbackUrl: 'https://agent.example/hook' });
    // Six steps of 20 ms; awaiting the hung attempts in turn would take 2.5 s at least.
    expect(await closedWithin(host, token, 1_500)).toBeLessThan(1_500);
    for (const t of hung) expect((await host.status(t)).json.state).toBe('callback_ready');
  });
});

describe('scheduler with the real clock', () => {
  it('starts due tasks without waiting for the ones still running, and close waits for them', async () => {
    const scheduler = new Scheduler(new RealClock(), () => undefined);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let slowDone = false;
    scheduler.after(0, 'slow', async () => {
      await gate;
      slowDone = true;
    });
    await new Promise<void>((resolve) => scheduler.after(1, 'next', () => resolve()));
    expect(slowDone).toBe(false);
    const closed = scheduler.close();
    release();
    await closed;
    expect(slowDone).toBe(true);
  });
});

describe('delivery pool', () => {
  it('bounds attempts in flight overall and per host:port, starting waiters in order as slots free', async () => {
    const pool = new DeliveryPool(3, 2);
    const log: string[] = [];
    const gates = new Map<string, () => void>();
    const task = (url: string, name: string) =>
      pool.run(url, async () => {
        log.push(`start ${name}`);
        await new Promise<void>((resolve) => gates.set(name, resolve));
        log.push(`end ${name}`);
      });
    const all = [
      task('https://a.example/1', 'a1'),
      task('https://a.example/2', 'a2'),
      task('https://A.example/3', 'a3'),
      task('https://b.example/1', 'b1'),
      task('https://c.example/1', 'c1'),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a1', 'start a2', 'start b1']);
    expect(pool.active).toBe(3);
    gates.get('a1')!();
    await new Promise((resolve) => setImmediate(resolve));
    // a3 waited first and now fits its host's bound again.
    expect(log.slice(3)).toEqual(['end a1', 'start a3']);
    for (const name of ['a2', 'b1']) gates.get(name)!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toContain('start c1');
    for (const name of ['a3', 'c1']) gates.get(name)!();
    await Promise.all(all);
    expect(pool.active).toBe(0);
  });
});
