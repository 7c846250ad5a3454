/**
 * Scenarios side by side against a host at a URL (SPEC.md §13.2, per-tenant clocks): `serve --conformance`
 * declares per-tenant test clocks, so `run --host` runs its scenarios concurrently by default. The report must
 * say the same as a run one at a time: every scenario's disposition and the rules it failed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe, stopServe, STARTUP_LIMIT_MS, type Served } from './support/run-cli.js';

const RUN_LIMIT_MS = 240_000;
/** Areas whose scenarios share the most with each other: tenants, clocks, runs resting and callbacks. */
const FILTER = 'SEAMS,LEDGER,CALLBACK,QUEUE';

interface Report {
  scenarios: Array<{ id: string; disposition: string; failures: Array<{ rule: string }> }>;
}

describe('run --host against serve --conformance (per-tenant clocks)', () => {
  let served: Served | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-concurrent-'));
  const reports: Record<'side_by_side' | 'one_at_a_time', Report | undefined> = { side_by_side: undefined, one_at_a_time: undefined };
  const stderr: string[] = [];

  beforeAll(async () => {
    served = await startServe(['--conformance']);
    for (const [name, workers] of [['side_by_side', []], ['one_at_a_time', ['--max-workers', '1']]] as const) {
      const path = join(dir, `${name}.json`);
      const result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--filter', FILTER, '--report-json', path, ...workers], { limitMs: RUN_LIMIT_MS });
      stderr.push(result.stderr.slice(-3000));
      reports[name] = JSON.parse(readFileSync(path, 'utf8')) as Report;
    }
  }, 2 * RUN_LIMIT_MS + STARTUP_LIMIT_MS);
  afterAll(async () => {
    if (served) await stopServe(served.child);
    rmSync(dir, { recursive: true, force: true });
  });

  const summary = (report: Report | undefined) =>
    (report?.scenarios ?? []).map((s) => ({ id: s.id, disposition: s.disposition, rules: [...new Set(s.failures.map((f) => f.rule))].sort() }));

  it('reports the same dispositions and failed rules side by side as one at a time', () => {
    expect(summary(reports.side_by_side).length).toBeGreaterThan(20);
    expect(summary(reports.side_by_side), stderr.join('\n')).toEqual(summary(reports.one_at_a_time));
  });

  it('fails and blocks nothing on the reference host', () => {
    const troubled = summary(reports.side_by_side).filter((s) => s.disposition === 'fail' || s.disposition === 'blocked');
    expect(troubled, stderr.join('\n')).toEqual([]);
  });
});
