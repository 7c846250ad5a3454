/**
 * The real-time path (SPEC.md §13.7) end to end: `serve` without --conformance, with a staging deployment's short
 * settings and no seams, tested through the CLI. Scenarios that only need a natural run to progress pass at level
 * core; nothing fails or is blocked; the verdict names the level and what needs more.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGING_TIMING_FLAGS } from '../src/cli/serve-timing.js';
import { packageRoot } from '../src/schemas.js';
import { validate } from '../src/validate.js';

const BIN = join(packageRoot, 'bin', 'agent-task-kit.js');
const STARTUP_LIMIT_MS = 30_000;
const RUN_LIMIT_MS = 300_000;

/** Scenarios the real-time driver serves against a host without the test clock. */
const SUBSET = [
  'ledger-hash-link',
  'lifecycle-happy-path',
  'lifecycle-run-created-links',
  'receipt-links-both-ways',
  'receipt-settlement-funds-only',
  'security-secret-once',
  'callback-signature',
  'callback-webhook-id-stable',
  'callback-exhaustion',
  'callback-410-stops',
];

function startStaging(): Promise<{ child: ChildProcess; url: string; apiKey: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--allow-loopback-callbacks', ...STAGING_TIMING_FLAGS], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL and key within ${STARTUP_LIMIT_MS} ms:\n${out}`));
    }, STARTUP_LIMIT_MS);
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
      reject(new Error(`serve exited with ${code} before listening:\n${out}`));
    });
  });
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`run did not finish within ${RUN_LIMIT_MS} ms:\n${stdout.slice(-2000)}${stderr.slice(-2000)}`));
    }, RUN_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

interface Report {
  summary: { scenarios: Record<string, number> };
  scenarios: Array<{ id: string; disposition: string; reason: string | null }>;
  conformance: { offered_level: string | null; reached_level: string | null; complete: boolean; need_higher_level: unknown[] };
}

describe('run --host against a staging-shaped serve (no seams, short settings)', () => {
  let child: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-real-time-'));
  const jsonPath = join(dir, 'r.json');
  let result: { code: number | null; stdout: string; stderr: string };
  let report: Report;

  beforeAll(async () => {
    const served = await startStaging();
    child = served.child;
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--filter', SUBSET.join(','), '--report-json', jsonPath]);
    report = JSON.parse(readFileSync(jsonPath, 'utf8')) as Report;
  }, RUN_LIMIT_MS + STARTUP_LIMIT_MS);

  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes every scenario of the subset in real time: none fails, none is blocked or inapplicable', () => {
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const notPassed = report.scenarios.filter((s) => s.disposition !== 'pass').map((s) => `${s.id}: ${s.disposition} ${s.reason}`);
    expect(notPassed, result.stderr.slice(-4000)).toEqual([]);
    expect(report.scenarios.map((s) => s.id).sort()).toEqual([...SUBSET].sort());
  });

  it('names level core reached and what needs the test clock or scripted runs', () => {
    expect(report.conformance).toMatchObject({ offered_level: 'core', reached_level: 'core', complete: false });
    expect(report.conformance.need_higher_level.length).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/Result: PASS at level core — \d+ of \d+ MUST rules tested; \d+ need the test clock/);
    expect(result.code).toBe(0);
  });

  it('--require-level refuses a level that does not exist', async () => {
    const again = await runCli(['run', '--host', 'http://127.0.0.1:1', '--api-key', 'k', '--require-level', 'nope']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--require-level nope is not a level; levels: core, timed, full');
  });
});
