/**
 * Hosts whose answers the kit cannot accept: nested thousands deep, tens of megabytes long, not JSON, empty,
 * redirecting forever, echoing the API key, full of terminal control characters. Each is reported against the
 * host with what was wrong (never a crash), within a bounded time, and no output carries the key or a raw control.
 */
import { Readable } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseXml } from './support/xml-parse.js';
import { CAPABILITIES, RAW_CONTROLS, hostileHost, outputs, report, runKit, type HostileHost, type Intercept } from './support/hostile.js';

const WALL_LIMIT_MS = 30_000;
const TEST_LIMIT_MS = 90_000;
const FILTER = ['--filter', 'discovery-document,lifecycle-happy-path'];

let current: HostileHost | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function serve(intercept: Intercept): Promise<HostileHost> {
  current = await hostileHost(intercept);
  return current;
}

/** Answers the capabilities request with `body`; everything else goes to the reference host. */
const capabilitiesAnswer = (body: string, status = 200): Intercept => (req, res) => {
  if (req.url !== CAPABILITIES) return false;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
  return true;
};

/** `bytes` of JSON-looking filler, streamed with backpressure so the server never holds it either. */
function stream(res: ServerResponse, bytes: number, contentLength: boolean): void {
  res.writeHead(200, { 'content-type': 'application/json', ...(contentLength ? { 'content-length': String(bytes) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  Readable.from(
    (function* () {
      while (sent < bytes) {
        sent += chunk.length;
        yield chunk;
      }
    })(),
  )
    .on('error', () => undefined)
    .pipe(res)
    .on('error', () => undefined);
}

function expectClean(run: Awaited<ReturnType<typeof runKit>>, secrets: readonly string[] = []): void {
  for (const text of outputs(run)) {
    expect(text).not.toMatch(RAW_CONTROLS);
    for (const secret of secrets) expect(text.includes(secret), 'a secret reached an output').toBe(false);
  }
  expect(run.stderr).not.toMatch(/Maximum call stack|Cannot create a string|internal error/);
  expect(run.wallMs).toBeLessThan(WALL_LIMIT_MS);
}

describe('hostile answers', () => {
  it('fails a capabilities document nested 5,000 deep, in run and doctor, without overflowing', async () => {
    const deep = `{"protocol_version":"1.0","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const host = await serve(capabilitiesAnswer(deep));
    const run = await runKit('run', ['--host', host.url, '--api-key', host.apiKey, ...FILTER, '--request-timeout', '5000']);
    expect(run.code, run.stderr).toBe(1);
    expect(report(run).verdict.status).toBe('fail');
    expect(run.stdout).toContain('nests deeper than 128 levels');
    expectClean(run, [host.apiKey]);
    const doctor = await runKit('doctor', ['--host', host.url, '--api-key', host.apiKey]);
    expect(doctor.code, doctor.stderr).toBe(1);
    expect(doctor.stdout).toMatch(/fail\s+capabilities .*nests deeper than 128 levels/);
    expectClean(doctor, [host.apiKey]);
  }, TEST_LIMIT_MS);

  it('reports a 50 MB answer with its size and the limit, reading no more than the limit', async () => {
    // Declared to the run, streamed without a length to doctor: both stop at the limit.
    let declared = true;
    const host = await serve((req, res) => {
      if (req.url !== CAPABILITIES) return false;
      stream(res, 50 * 1024 * 1024, declared);
      return true;
    });
    const run = await runKit('run', ['--host', host.url, '--api-key', host.apiKey, ...FILTER]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('body is 50 MiB (content-length), limit 8 MiB');
    expectClean(run, [host.apiKey]);
    declared = false;
    const doctor = await runKit('doctor', ['--host', host.url, '--api-key', host.apiKey, '--response-body-limit', '1048576']);
    expect(doctor.code, doctor.stderr).toBe(1);
    expect(doctor.stdout).toContain('body is more than 1 MiB, the limit');
    expectClean(doctor, [host.apiKey]);
  }, TEST_LIMIT_MS);

  it('says an answer is not JSON or empty instead of crashing', async () => {
    const invalid = await serve(capabilitiesAnswer('{"protocol_version": "1.0", oops'));
    const run = await runKit('run', ['--host', invalid.url, '--api-key', invalid.apiKey, ...FILTER]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('body is not JSON');
    expectClean(run, [invalid.apiKey]);
    await invalid.close();
    const empty = await serve(capabilitiesAnswer(''));
    const doctor = await runKit('doctor', ['--host', empty.url, '--api-key', empty.apiKey]);
    expect(doctor.code, doctor.stderr).toBe(1);
    expect(doctor.stdout).toContain('body is empty, expected JSON');
    expectClean(doctor, [empty.apiKey]);
  }, TEST_LIMIT_MS);

  it('does not follow a redirect loop: the 302 is the answer, judged at once', async () => {
    const host = await serve((req, res) => {
      res.writeHead(302, { location: req.url ?? '/' });
      res.end();
      return true;
    });
    const run = await runKit('run', ['--host', host.url, '--api-key', host.apiKey, ...FILTER]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('answered 302');
    expectClean(run, [host.apiKey]);
  }, TEST_LIMIT_MS);

  it('masks an API key the host echoes and escapes its control characters everywhere', async () => {
    const apiKey = `atk_hostile_${'k'.repeat(8)}_${Date.now()}`;
    const controls = '\u001b[2J\u001b]0;owned\u0007\u0000\u009b';
    const host = await serve((req, res, reference) => {
      const auth = req.headers['authorization'];
      if (req.url === CAPABILITIES) {
        // The tenants seam is withdrawn, so every authenticated request carries the configured key.
        void reference.fetch(new Request(`http://x${CAPABILITIES}`)).then(async (answer) => {
          const document = (await answer.json()) as { seams: { tenants: { supported: boolean } } };
          document.seams.tenants.supported = false;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(document));
        });
        return true;
      }
      const key = (auth ?? '').replace(/^Bearer /, '');
      res.writeHead(401, { 'content-type': 'application/problem+json', 'x-echo': key });
      // Inside JSON strings the controls arrive escaped; after the document they arrive raw.
      res.end(`${JSON.stringify({ type: 'about:blank', title: `bad key ${key}${controls}`, status: 401, detail: `you sent ${auth}`, key })}${controls}`);
      return true;
    });
    const run = await runKit('run', ['--host', host.url, '--api-key', apiKey, ...FILTER]);
    expect(run.code, run.stderr).toBe(1);
    expectClean(run, [apiKey]);
    expect(run.stdout).toContain('\\x1b');
    expect(report(run).verdict.status).toBe('fail');
    expect(() => parseXml(run.junit ?? '')).not.toThrow();
  }, TEST_LIMIT_MS);
});
