/**
 * `agent-task-kit faults` lists the catalog; `agent-task-kit run --fault ID` catches the fault (exit 1, a failed
 * scenario citing one of its rules in the JSON report) where the same run without it passes (exit 0).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAULTS } from '../reference-host/faults.js';
import { ruleRegistry } from '../src/rules.js';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atk-cli-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  faults: string[];
  scenarios: Array<{ id: string; disposition: string; failures: Array<{ rule: string }> }>;
}

describe('agent-task-kit faults', () => {
  it('lists at least 40 faults as JSON, each breaking known rules, together covering every rule area', async () => {
    const result = await runCli(['faults', '--json']);
    expect(result.exitCode).toBe(0);
    const listing = JSON.parse(result.stdout) as Array<{ id: string; description: string; rules: string[]; areas: string[] }>;
    expect(listing.length).toBeGreaterThanOrEqual(40);
    expect(listing.map((f) => f.id)).toEqual(FAULTS.map((f) => f.id));
    const known: ReadonlySet<string> = new Set(ruleRegistry.rules.map((r) => r.id));
    for (const fault of listing) {
      expect(fault.rules.length, fault.id).toBeGreaterThan(0);
      for (const rule of fault.rules) expect(known.has(rule), `${fault.id} → ${rule}`).toBe(true);
    }
    expect(new Set(listing.flatMap((f) => f.areas))).toEqual(new Set(ruleRegistry.areas));
  });

  it('prints a table with every fault id by default', async () => {
    const result = await runCli(['faults']);
    expect(result.exitCode).toBe(0);
    for (const fault of FAULTS) expect(result.stdout).toContain(fault.id);
    expect(result.stdout).toContain(`${FAULTS.length} faults`);
  });

  it('refuses unknown flags with exit 2', async () => {
    const result = await runCli(['faults', '--table']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('unknown flag --table');
  });
});

describe('agent-task-kit run --fault', () => {
  const cases = [
    { fault: 'callback-webhook-id-changes', filter: 'callback-webhook-id-stable' },
    { fault: 'idempotency-no-422', filter: 'idempotency-payload-mismatch' },
  ] as const;

  it.each(cases)('$fault: the run without it passes; with it exits 1 and the report cites one of its rules', async ({ fault, filter }) => {
    const clean = await runCli(['run', '--filter', filter]);
    expect(clean.exitCode, clean.stdout + clean.stderr).toBe(0);

    const reportPath = join(dir, `${fault}.json`);
    const faulty = await runCli(['run', '--fault', fault, '--filter', filter, '--report-json', reportPath]);
    expect(faulty.exitCode, faulty.stdout + faulty.stderr).toBe(1);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
    expect(report.faults).toEqual([fault]);
    const rules: readonly string[] = FAULTS.find((f) => f.id === fault)!.rules;
    const citing = report.scenarios.filter((s) => s.disposition === 'fail' && s.failures.some((f) => rules.includes(f.rule)));
    expect(citing.map((s) => s.id)).toEqual([filter]);
  }, 120_000);
});
