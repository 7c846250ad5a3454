/**
 * The real-time path (SPEC.md §13.7) end to end: `serve` without --conformance, with a staging deployment's short
 * settings and no seams, tested through the CLI. Scenarios that only need a natural run to progress pass at level
 * core; nothing fails or is blocked; the verdict names the level and what needs more.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS } from '../reference-host/faults.js';
import { STAGING_TIMING_FLAGS } from '../src/cli/serve-timing.js';
import { validate } from '../src/validate.js';
import { runCli, startServe, stopServe, STARTUP_LIMIT_MS, type CliResult, type Served } from './support/run-cli.js';

const RUN_LIMIT_MS = 300_000;

/** Scenarios the real-time driver serves against a host without the test clock. */
const SUBSET = [
  'ledger-hash-link',
  'lifecycle-happy-path',
  'lifecycle-run-created-links',
  'lifecycle-timestamps-utc',
  'receipt-links-both-ways',
  'receipt-settlement-funds-only',
  'security-secret-once',
  'callback-signature',
  'callback-webhook-id-stable',
  'callback-exhaustion',
  'callback-410-stops',
];

interface Report {
  summary: { scenarios: Record<string, number> };
  scenarios: Array<{ id: string; disposition: string; reason: string | null; failures: Array<{ rule: string }>; cases_left_out?: string[] }>;
  conformance: { offered_level: string | null; reached_level: string | null; complete: boolean; need_higher_level: unknown[] };
}

/**
 * Starts `serve` with `serveFlags`, runs `scenarios` against it through the CLI before the describe's tests, and
 * stops it after them; the getters read what the run gave.
 */
function servedRun(serveFlags: readonly string[], scenarios: readonly string[]): { result: () => CliResult; report: () => Report } {
  let served: Served | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-real-time-'));
  const jsonPath = join(dir, 'r.json');
  let result: CliResult | undefined;
  let report: Report | undefined;
  beforeAll(async () => {
    served = await startServe(serveFlags);
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--filter', scenarios.join(','), '--report-json', jsonPath], { limitMs: RUN_LIMIT_MS });
    report = JSON.parse(readFileSync(jsonPath, 'utf8')) as Report;
  }, RUN_LIMIT_MS + STARTUP_LIMIT_MS);
  afterAll(async () => {
    if (served) await stopServe(served.child);
    rmSync(dir, { recursive: true, force: true });
  });
  const ran = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the run against serve did not finish');
    return value;
  };
  return { result: () => ran(result), report: () => ran(report) };
}

describe('run --host against a staging-shaped serve (no seams, short settings)', () => {
  const ran = servedRun(['--allow-loopback-callbacks', ...STAGING_TIMING_FLAGS], SUBSET);

  it('passes every scenario of the subset in real time: none fails, none is blocked or inapplicable', () => {
    const checked = validate('conformance-report', ran.report());
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    const notPassed = ran.report().scenarios.filter((s) => s.disposition !== 'pass').map((s) => `${s.id}: ${s.disposition} ${s.reason}`);
    expect(notPassed, ran.result().stderr.slice(-4000)).toEqual([]);
    expect(ran.report().scenarios.map((s) => s.id).sort()).toEqual([...SUBSET].sort());
  });

  it('names level core reached and what needs the test clock or scripted runs', () => {
    expect(ran.report().conformance).toMatchObject({ offered_level: 'core', reached_level: 'core', complete: false });
    expect(ran.report().conformance.need_higher_level.length).toBeGreaterThan(0);
    expect(ran.result().stdout).toMatch(/Result: PASS at level core — \d+ of \d+ MUST rules tested; \d+ need the test clock/);
    expect(ran.result().exitCode).toBe(0);
  });

  it('--require-level refuses a level that does not exist', async () => {
    const again = await runCli(['run', '--host', 'http://127.0.0.1:1', '--api-key', 'k', '--require-level', 'nope']);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('--require-level nope is not a level; levels: core, timed, full');
  });
});

describe('run --host against a production-shaped serve that refuses the kit receiver on loopback', () => {
  const ran = servedRun(STAGING_TIMING_FLAGS, ['ledger-hash-link', 'callback-signature', 'security-callback-target', 'seams-off-by-default']);

  it('judges the refusal right: runs without a callback where none is needed, inapplicable with the way out where one is', () => {
    const seen = Object.fromEntries(ran.report().scenarios.map((s) => [s.id, s.disposition]));
    expect(seen).toEqual({ 'ledger-hash-link': 'pass', 'callback-signature': 'inapplicable', 'security-callback-target': 'pass', 'seams-off-by-default': 'pass' });
    expect(ran.report().scenarios.find((s) => s.id === 'callback-signature')?.reason).toMatch(/refuses the kit.s callback receiver .*\(--callback-listen and --callback-url\)$/);
  });
});

describe('run --host against a serve with a production retry schedule (24 h)', () => {
  const ran = servedRun(['--allow-loopback-callbacks', '--step-ms', '50'], ['attestation-stable', 'lifecycle-terminal-absorbing']);

  it('passes on what can be read at once and names the wait for time to pass that does not fit the budget', () => {
    for (const id of ['attestation-stable', 'lifecycle-terminal-absorbing']) {
      const outcome = ran.report().scenarios.find((s) => s.id === id);
      expect(outcome?.disposition, `${id}: ${outcome?.reason}`).toBe('pass');
      expect(outcome?.cases_left_out).toContain("time passing (the host's activity horizon of 26 h does not fit the time budget)");
    }
  });
});

/**
 * The real-time forms of the scenarios must fail too: against the staging-shaped host with one named fault on,
 * each scenario listed for it fails, citing one of the rules the fault breaks.
 */
const CAUGHT_IN_REAL_TIME: Readonly<Record<string, readonly string[]>> = {
  'quote-expiry-not-enforced': ['receipt-quote-expired'],
  'idempotency-never-expires': ['idempotency-expiry'],
  'canonical-closed-as-completed': ['lifecycle-canonical-mapping', 'lifecycle-state-enum'],
  'event-from-state-after-move': ['lifecycle-transitions-allowed'],
  'ledger-sequence-gap': ['ledger-sequence'],
  'signing-secret-per-tenant': ['security-signing-secret-format'],
  'updated-at-is-read-time': ['lifecycle-terminal-absorbing'],
  'ledger-events-rerendered-on-read': ['ledger-append-only'],
  'event-ids-per-run-counter': ['ledger-event-ids-unique'],
  'entitlement-remaining-ignores-reservations': ['receipt-credit-arithmetic'],
  'usage-receipt-kilo-units': ['receipt-usage-consumes-only', 'receipt-integer-units'],
  'overdraft-allowed': ['receipt-no-overdraft', 'receipt-concurrent-runs'],
  'attestation-digest-non-canonical': ['attestation-digest-recomputed'],
  'attestation-constant-digest': ['attestation-no-placeholder'],
  'attestation-provisional-before-result': ['attestation-not-before-result'],
  'attestation-reissued-on-read': ['attestation-stable'],
  'status-omits-receipt-links': ['lifecycle-status-matches-ledger'],
};

describe.each(Object.entries(CAUGHT_IN_REAL_TIME))('real time, serve --fault %s', (fault, scenarios) => {
  const ran = servedRun(['--allow-loopback-callbacks', ...STAGING_TIMING_FLAGS, '--fault', fault], scenarios);

  it(`fails ${scenarios.join(', ')} under a rule the fault breaks`, () => {
    const rules = new Set<string>(FAULTS.find((f) => f.id === fault)!.rules);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const seen = ran.report().scenarios.map((s) => ({ id: s.id, disposition: s.disposition, caught: s.failures.some((f) => rules.has(f.rule)) }));
    expect(seen.sort(byId), ran.result().stderr.slice(-4000)).toEqual(scenarios.map((id) => ({ id, disposition: 'fail', caught: true })).sort(byId));
  });
});
