/**
 * The suite over real HTTP, the way an implementer runs it: `serve --conformance` in one process, `run --host` in
 * another, and the reports it writes read back (JSON against its schema, JUnit through a strict XML reader). A
 * second pass points the kit at `serve` without `--conformance`, the one host on which the seams' default
 * (seams-off-by-default) can be observed. Every child process is killed when its pass ends or times out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../src/report/xml-parse.js';
import { packageRoot } from '../src/schemas.js';
import { validate } from '../src/validate.js';

const BIN = join(packageRoot, 'bin', 'agent-task-kit.js');
/** Real time for a child process to start listening; nothing protocol-related waits on it. */
const STARTUP_LIMIT_MS = 30_000;
const RUN_LIMIT_MS = 600_000;

interface Served {
  child: ChildProcess;
  url: string;
  apiKey: string;
}

function startServe(options: { conformance: boolean }): Promise<Served> {
  const args = [BIN, 'serve', ...(options.conformance ? ['--conformance'] : []), '--port', '0'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<Served>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL and key within ${STARTUP_LIMIT_MS} ms:\n${out}${err}`));
    }, STARTUP_LIMIT_MS);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const apiKey = /API key: (\S+)/.exec(out)?.[1];
      if (url && apiKey) {
        clearTimeout(timer);
        resolve({ child, url, apiKey });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening:\n${out}${err}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(forced);
}

/** Runs the CLI to completion; a run still going after `limitMs` is killed and reported as an error. */
function runCli(args: string[], limitMs = RUN_LIMIT_MS): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args[0]} did not finish within ${limitMs} ms:\n${stdout.slice(-2000)}${stderr.slice(-2000)}`));
    }, limitMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function elements(root: XmlElement, name: string): XmlElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((child) => elements(child, name))];
}

describe('run --host against serve --conformance over HTTP', () => {
  let served: Served | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-http-'));
  const jsonPath = join(dir, 'r.json');
  const junitPath = join(dir, 'j.xml');
  let result: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    served = await startServe({ conformance: true });
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--report-json', jsonPath, '--report-junit', junitPath]);
  }, RUN_LIMIT_MS);

  afterAll(async () => {
    if (served) await stop(served.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0', () => {
    // On failure the message carries the verdict and stderr; the full evidence is in the run's own output.
    const verdict = result.stdout.slice(result.stdout.lastIndexOf('\nScenarios: '));
    expect(result.code, `${verdict}\n${result.stderr.slice(-4000)}`).toBe(0);
    expect(result.stdout).toContain('Result: PASS');
  });

  it('writes a JSON report that validates and names the host and the wall time', () => {
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown> & { scenarios: unknown[] };
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(report['host_url']).toBe(served!.url);
    expect(report['wall_time_ms']).toEqual(expect.any(Number));
    expect(report['capabilities_digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.scenarios.length).toBeGreaterThan(0);
  });

  it('doctor finds every check ok against the same host', async () => {
    const doctor = await runCli(['doctor', '--host', served!.url, '--api-key', served!.apiKey]);
    const lines = doctor.stdout.split('\n').filter((line) => /^(ok|warn|fail) /.test(line));
    expect(lines.map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok reachable',
      'ok capabilities',
      'ok auth',
      'ok callbacks',
      'ok clock',
    ]);
    expect(doctor.code).toBe(0);
  }, RUN_LIMIT_MS);

  it('writes well-formed JUnit XML with one testcase per scenario', () => {
    const root = parseXml(readFileSync(junitPath, 'utf8'));
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as { scenarios: { id: string }[] };
    expect(root.name).toBe('testsuites');
    expect(root.attributes['failures']).toBe('0');
    expect(elements(root, 'testcase').map((c) => c.attributes['name']).sort()).toEqual(report.scenarios.map((s) => s.id).sort());
  });
});

describe('run --host against serve without --conformance', () => {
  let served: Served | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-http-default-'));
  const jsonPath = join(dir, 'r.json');
  let result: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    served = await startServe({ conformance: false });
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--filter', 'seams-off-by-default', '--report-json', jsonPath]);
  }, RUN_LIMIT_MS);

  afterAll(async () => {
    if (served) await stop(served.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes seams-off-by-default, which a conformance-mode host can only report inapplicable', () => {
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as { scenarios: Array<{ id: string; disposition: string; reason: string | null }> };
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(report.scenarios.map((s) => ({ id: s.id, disposition: s.disposition, reason: s.reason }))).toEqual([
      { id: 'seams-off-by-default', disposition: 'pass', reason: null },
    ]);
    expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
  });
});
