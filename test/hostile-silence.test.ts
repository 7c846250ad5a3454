/**
 * Hosts that stop answering: a port nobody listens on, a host that accepts connections and never answers, one that
 * resets mid-body, one that trickles its answer, one slower than the scenario time limit. The run ends on its own
 * within its timeouts, says why once, writes valid reports and exits 3 (incomplete) where nothing could be observed;
 * a scenario stopped at its time limit leaves nothing behind for the next one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseXml } from './support/xml-parse.js';
import { CAPABILITIES, RAW_CONTROLS, hostileHost, outputs, report, runKit, type HostileHost, type KitRun } from './support/hostile.js';

const REQUEST_TIMEOUT_MS = 2_000;
/** Process start and scenario loading on a loaded machine, beyond the discovery timeout. */
const STARTUP_ALLOWANCE_MS = 20_000;
const TEST_LIMIT_MS = 90_000;
// One at a time (the host declares per-tenant clocks): the scenarios a stop spares are there to be skipped.
const SOME = ['--filter', 'DISCOVERY,lifecycle-happy-path,ledger-hash-link', '--max-workers', '1'];

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function rawServer(listener: Parameters<typeof createServer>[1]): Promise<string> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function hostile(intercept: Parameters<typeof hostileHost>[0]): Promise<HostileHost> {
  const host = await hostileHost(intercept);
  closers.push(() => host.close());
  return host;
}

/** Exit 3, one stop message, every scenario blocked, reports valid, nothing secret or raw. */
function expectStopped(run: KitRun, secret: string): void {
  expect(run.code, run.stderr).toBe(3);
  const stops = run.stderr.split('\n').filter((line) => line.includes('stopping the run'));
  expect(stops).toHaveLength(1);
  // No per-scenario repetition: the whole error output is a handful of lines.
  expect(run.stderr.split('\n').filter((line) => line.trim().length > 0).length).toBeLessThan(10);
  const json = report(run);
  expect(json.scenarios.length).toBeGreaterThan(1);
  expect(json.scenarios.every((s) => s.disposition === 'blocked')).toBe(true);
  expect(() => parseXml(run.junit ?? '')).not.toThrow();
  for (const text of outputs(run)) {
    expect(text).not.toMatch(RAW_CONTROLS);
    expect(text.includes(secret)).toBe(false);
  }
}

describe('hosts that stop answering', () => {
  it('stops at once against a closed port, with one message', async () => {
    const url = await rawServer(() => undefined);
    await closers.pop()!();
    const secret = `atk_closed_port_${Date.now()}`;
    const run = await runKit('run', ['--host', url, '--api-key', secret, ...SOME]);
    expectStopped(run, secret);
    expect(run.stderr).toContain('ECONNREFUSED');
    expect(run.wallMs).toBeLessThan(STARTUP_ALLOWANCE_MS);
    const doctor = await runKit('doctor', ['--host', url, '--api-key', secret]);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/fail\s+reachable/);
  }, TEST_LIMIT_MS);

  it('ends within the discovery timeout against a host that accepts and never answers', async () => {
    const url = await rawServer(() => undefined);
    const secret = `atk_silent_host_${Date.now()}`;
    const run = await runKit('run', ['--host', url, '--api-key', secret, '--request-timeout', String(REQUEST_TIMEOUT_MS)]);
    expectStopped(run, secret);
    expect(run.stderr).toContain(`no answer within ${REQUEST_TIMEOUT_MS} ms`);
    expect(run.wallMs).toBeLessThan(REQUEST_TIMEOUT_MS + STARTUP_ALLOWANCE_MS);
  }, TEST_LIMIT_MS);

  it('stops after a few transport failures in a row: resets mid-body, then trickling answers', async () => {
    let mode: 'reset' | 'trickle' = 'reset';
    const host = await hostile((req, res) => {
      if (req.url === CAPABILITIES) return false;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      if (mode === 'reset') {
        res.write('{"partial": ');
        setTimeout(() => res.socket?.destroy(), 20);
      } else {
        const timer = setInterval(() => res.write(' '), 300);
        res.on('close', () => clearInterval(timer));
      }
      return true;
    });
    const reset = await runKit('run', ['--host', host.url, '--api-key', host.apiKey, ...SOME, '--request-timeout', String(REQUEST_TIMEOUT_MS)]);
    expect(reset.code, reset.stderr).toBe(3);
    expect(reset.stderr.split('\n').filter((line) => line.includes('stopping the run'))).toHaveLength(1);
    expect(reset.stderr).toContain('the host stopped answering');
    expect(report(reset).scenarios.filter((s) => s.disposition === 'fail')).toEqual([]);
    mode = 'trickle';
    const trickle = await runKit('run', ['--host', host.url, '--api-key', host.apiKey, ...SOME, '--request-timeout', String(REQUEST_TIMEOUT_MS)]);
    expect(trickle.code, trickle.stderr).toBe(3);
    expect(trickle.stderr).toContain(`no answer within ${REQUEST_TIMEOUT_MS} ms`);
    expect(trickle.wallMs).toBeLessThan(4 * REQUEST_TIMEOUT_MS + STARTUP_ALLOWANCE_MS);
    for (const run of [reset, trickle]) expect(outputs(run).some((text) => text.includes(host.apiKey))).toBe(false);
  }, TEST_LIMIT_MS);

  it('stops a scenario at its time limit so the next one is not blamed for its clock advances', async () => {
    // Every clock advance is acted on at once and answered 2 s later: the first scenario cannot finish in time.
    const host = await hostile((req, res, reference) => {
      if (!(req.url ?? '').endsWith('/_seams/clock/advance')) return false;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const headers = Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string');
        void reference
          .fetch(new Request(`http://x${req.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }))
          .then(async (answer) => {
            const body = await answer.text();
            setTimeout(() => {
              res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
              res.end(body);
            }, 2_000);
          });
      });
      return true;
    });
    const run = await runKit('run', [
      '--host', host.url, '--api-key', host.apiKey,
      '--filter', 'lifecycle-happy-path,seams-clock-controls-time',
      '--scenario-timeout', '4000',
    ]);
    const byId = new Map(report(run).scenarios.map((s) => [s.id, s]));
    expect(byId.get('lifecycle-happy-path')).toMatchObject({ disposition: 'blocked' });
    expect(byId.get('lifecycle-happy-path')!.reason).toContain('did not finish within 4000 ms');
    const next = byId.get('seams-clock-controls-time')!;
    expect(next.failures.filter((f) => f.rule.startsWith('SEAMS-CLOCK')), JSON.stringify(next.failures)).toEqual([]);
    expect(next.disposition).not.toBe('fail');
    expect(run.wallMs).toBeLessThan(30_000);
  }, TEST_LIMIT_MS);
});
