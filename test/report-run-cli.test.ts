/**
 * `agent-task-kit run` as a user meets it: flags checked before anything runs (exit 2), a named fault caught
 * (exit 1), and the baseline excusing a known failure but failing the run when an entry has gone stale.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/run.js';
import { packageRoot } from '../src/schemas.js';

const BIN = join(packageRoot, 'bin', 'agent-task-kit.js');
const CLI_LIMIT_MS = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'atk-run-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function baseline(name: string, document: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof document === 'string' ? document : JSON.stringify(document));
  return path;
}

/** Runs the verb in-process (usage errors return before any request), capturing what it writes to stderr. */
async function usageRun(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    return { code: await main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('run: usage errors exit 2 before any request', () => {
  it.each([
    [['--bogus'], 'unknown flag --bogus; valid flags: --host, --api-key'],
    [['stray'], 'unexpected arguments: stray'],
    [['--host', 'ftp://x.test'], '--host must be an http(s) URL'],
    [['--api-key', 'k'], '--api-key needs --host'],
    [['--host', 'http://127.0.0.1:9', '--fault', 'ledger-sequence-gap'], '--fault works only with the embedded host'],
    [['--fault', 'no-such-fault'], 'unknown fault no-such-fault; known faults: '],
    [['--max-workers', '0'], '--max-workers must be an integer from 1 to 64'],
    [['--callback-listen', 'localhost'], '--callback-listen must be HOST:PORT'],
    [['--callback-url', 'not a url'], '--callback-url must be an http(s) URL'],
    [['--filter', 'NOPE-AREA'], '--filter NOPE-AREA names no area, rule id or scenario id'],
    [['--filter', 'DISCOVERY,'], '--filter has an empty term'],
    [['--baseline', '/nonexistent/baseline.json'], '--baseline: cannot read /nonexistent/baseline.json'],
  ])('%j', async (args, message) => {
    const result = await usageRun(args);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(2);
  }, CLI_LIMIT_MS);

  it('refuses a baseline naming an unknown rule or with a typo in its key', async () => {
    const unknown = await usageRun(['--baseline', baseline('unknown.json', { known_failures: ['LEDGER-HASH-LNK'] })]);
    expect(unknown.stderr).toContain('unknown rule id(s): LEDGER-HASH-LNK');
    expect(unknown.code).toBe(2);
    const typo = await usageRun(['--baseline', baseline('typo.json', { known_failure: [] })]);
    expect(typo.stderr).toContain('unknown key(s) known_failure');
    expect(typo.code).toBe(2);
    const duplicateKey = await usageRun(['--baseline', baseline('dup.json', '{"known_failures": [], "known_failures": ["LEDGER-HASH-LINK"]}')]);
    expect(duplicateKey.stderr).toContain('duplicate member name "known_failures"');
    expect(duplicateKey.code).toBe(2);
  }, CLI_LIMIT_MS);
});

describe('run against the embedded host', () => {
  const filter = ['--filter', 'ledger-hash-link'];
  const fault = ['--fault', 'ledger-hash-link-broken'];

  it('passes a clean host and writes a report naming no fault', async () => {
    const reportPath = join(dir, 'clean.json');
    const result = await run([...filter, '--report-json', reportPath]);
    expect(result.stdout).toContain('Result: PASS');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { faults: string[]; summary: { scenarios: { pass: number } } };
    expect(report.faults).toEqual([]);
    expect(report.summary.scenarios.pass).toBe(1);
  }, CLI_LIMIT_MS);

  it('catches a fault, prints the evidence and exits 1', async () => {
    const reportPath = join(dir, 'fault.json');
    const result = await run([...filter, ...fault, '--report-json', reportPath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}fail +MUST +LEDGER-HASH-LINK +failed in ledger-hash-link$/m);
    expect(result.stdout).toContain('LEDGER-HASH-LINK: ');
    expect(result.stdout).toContain('  transcript:');
    expect(result.stdout).toContain('faults: ledger-hash-link-broken');
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { faults: string[] };
    expect(report.faults).toEqual(['ledger-hash-link-broken']);
  }, CLI_LIMIT_MS);

  it('lets a baseline excuse the known failure (exit 0) and fails on a stale entry (exit 1)', async () => {
    const known = baseline('known.json', { known_failures: ['LEDGER-HASH-LINK'] });
    const excused = await run([...filter, ...fault, '--baseline', known]);
    expect(excused.stdout).toContain('[known failure: baseline]');
    expect(excused.stdout).toContain('Result: PASS');
    expect(excused.code).toBe(0);

    const stale = await run([...filter, '--baseline', known]);
    expect(stale.stdout).toContain('stale (now pass, remove them): LEDGER-HASH-LINK');
    expect(stale.code).toBe(1);
  }, CLI_LIMIT_MS);
});
