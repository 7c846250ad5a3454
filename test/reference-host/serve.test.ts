import { connect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/serve.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the shared argument parser writes to stderr during `run`. */
async function stderrOf(run: () => Promise<number>): Promise<{ exitCode: number; stderr: string }> {
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  const exitCode = await run();
  vi.restoreAllMocks();
  return { exitCode, stderr: written.join('') };
}

/** `serve` started with `flags` and announced: its output lines, URL, demo API key, and how to stop it. */
async function serving(flags: string[]): Promise<{ out: string[]; url: string; apiKey: string | undefined; stop: () => void; exit: Promise<number> }> {
  const out: string[] = [];
  let stop!: () => void;
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  let announced!: () => void;
  const ready = new Promise<void>((resolve) => (announced = resolve));
  const record = (line: string): void => {
    out.push(line);
    if (line.includes('API key')) announced();
  };
  const exit = main(flags, { out: record, err: record, stopSignal });
  await ready;
  const url = /listening on (http:\/\/\S+)/.exec(out[0]!)?.[1] ?? '';
  return { out, url, apiKey: /API key: (\S+)/.exec(out.join('\n'))?.[1], stop, exit };
}

describe('serve verb', () => {
  it('listens, prints its URL and a demo API key, serves the host and stops cleanly', async () => {
    const { out, url, apiKey, stop, exit } = await serving(['--conformance', '--port', '0']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const caps = await fetch(`${url}/api/agents/capabilities`);
    expect(caps.status).toBe(200);
    expect((await caps.json()).seams.supported).toBe(true);
    const clock = await fetch(`${url}/api/agents/_seams/clock`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect((await clock.json()).now).toBe('2026-06-02T10:00:00.000Z');

    stop();
    expect(await exit).toBe(0);
    expect(out.at(-1)).toBe('reference host stopped');
  });

  it('exits 2 on an unknown flag and names the valid ones', async () => {
    const { exitCode, stderr } = await stderrOf(() => main(['--portt', '1']));
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--port, --host, --conformance');
  });

  it('applies its limit flags, advertises them and answers what the HTTP layer refuses with problem+json', async () => {
    const flags = ['--port', '0', '--allow-loopback-callbacks', '--max-runs-in-flight', '11', '--max-closed-runs', '12', '--closed-run-retention-ms', '3600000'];
    const { url, stop, exit } = await serving(flags);
    const caps = await (await fetch(`${url}/api/agents/capabilities`)).json();
    expect(caps.limits).toMatchObject({ max_runs_in_flight_per_tenant: 11, closed_runs_kept_per_tenant: 12, closed_run_retention_ms: 3_600_000 });
    expect(caps.callbacks.loopback_targets_allowed).toBe(true);
    expect(caps.seams.supported).toBe(false);
    const { port } = new URL(url);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.end('GET /api/agents\\capabilities HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).toContain('content-type: application/problem+json');
    expect(answer).toContain('urn:agent-task:problem:malformed-request');
    stop();
    expect(await exit).toBe(0);
  });

  it('exits 2 on a limit flag that is not a whole number or is below its floor (SPEC.md §4.6)', async () => {
    expect((await stderrOf(() => main(['--max-runs-in-flight', 'many']))).exitCode).toBe(2);
    expect((await stderrOf(() => main(['--max-runs-in-flight', '0']))).exitCode).toBe(2);
    expect((await stderrOf(() => main(['--max-closed-runs', '9']))).exitCode).toBe(2);
    expect((await stderrOf(() => main(['--closed-run-retention-ms', '3599999']))).exitCode).toBe(2);
    expect((await stderrOf(() => main(['--max-idempotency-keys', '999']))).exitCode).toBe(2);
  });

  it('exits 2 on a bad port or a positional argument', async () => {
    expect((await stderrOf(() => main(['--port', '99999']))).exitCode).toBe(2);
    expect((await stderrOf(() => main(['--port', 'eighty']))).exitCode).toBe(2);
    expect((await stderrOf(() => main(['extra']))).exitCode).toBe(2);
  });
});
