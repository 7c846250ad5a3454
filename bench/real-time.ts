/**
 * The real-time path (SPEC.md §13.7) against a staging-shaped host: `serve` without --conformance, with short
 * settings and loopback callbacks allowed for the kit on the same machine, tested through the CLI as an
 * implementer would. Reports the share of MUST rules tested, the dispositions and the wall time.
 *
 *   npx tsx bench/real-time.ts [--filter TERMS]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { STAGING_TIMING_FLAGS } from '../src/cli/serve-timing.js';
import { BIN, startServe } from './processes.js';

export interface RealTimeFigures {
  exitCode: number;
  wallMs: number;
  scenarios: Record<string, number>;
  mustRules: number;
  tested: number;
  share: number;
  reached: string | null;
  failed: string[];
  blocked: string[];
}

interface Report {
  summary: { scenarios: Record<string, number> };
  scenarios: Array<{ id: string; disposition: string; reason: string | null }>;
  conformance: { reached_level: string | null; must_rules: number; tested: string[] };
}

export async function measureRealTime(filter: readonly string[] = []): Promise<RealTimeFigures> {
  const host = await startServe(['--allow-loopback-callbacks', ...STAGING_TIMING_FLAGS]);
  const dir = mkdtempSync(join(tmpdir(), 'atk-bench-real-time-'));
  const jsonPath = join(dir, 'report.json');
  try {
    const args = [BIN, 'run', '--host', host.url, '--api-key', host.apiKey, '--report-json', jsonPath, ...(filter.length > 0 ? ['--filter', filter.join(',')] : [])];
    const startedMs = performance.now();
    const exitCode = await new Promise<number>((resolve) => {
      execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error) => resolve(error ? Number(error.code ?? 4) : 0));
    });
    const wallMs = Math.round(performance.now() - startedMs);
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as Report;
    const ids = (disposition: string) => report.scenarios.filter((s) => s.disposition === disposition).map((s) => `${s.id}: ${s.reason}`);
    return {
      exitCode,
      wallMs,
      scenarios: report.summary.scenarios,
      mustRules: report.conformance.must_rules,
      tested: report.conformance.tested.length,
      share: Math.round((report.conformance.tested.length / report.conformance.must_rules) * 1000) / 10,
      reached: report.conformance.reached_level,
      failed: ids('fail'),
      blocked: ids('blocked'),
    };
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { filter: { type: 'string' } } });
  const figures = await measureRealTime(values.filter ? values.filter.split(',') : []);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
