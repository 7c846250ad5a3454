/**
 * Flakiness soak of the real-time path: runs bench/real-time.ts's measurement `--runs` times in a row (default
 * 10), each against a freshly started staging-shaped host, and reports every run's figures and whether any run
 * had a failed or blocked scenario, or tested a different set of rules.
 *
 *   npx tsx bench/soak-realtime.ts [--runs 10] [--filter TERMS]
 */
import { parseArgs } from 'node:util';
import { measureRealTime, type RealTimeFigures } from './real-time.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, filter: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs} is not a positive integer`);

const figures: RealTimeFigures[] = [];
for (let i = 1; i <= runs; i += 1) {
  const run = await measureRealTime(values.filter ? values.filter.split(',') : []);
  figures.push(run);
  process.stderr.write(
    `run ${i}/${runs}: exit ${run.exitCode}, ${run.tested}/${run.mustRules} MUST rules tested (${run.share}%), ${run.failed.length} failed, ${run.blocked.length} blocked, ${(run.wallMs / 1000).toFixed(1)} s\n`,
  );
}
const walls = figures.map((f) => f.wallMs).sort((a, b) => a - b);
const summary = {
  runs,
  clean: figures.filter((f) => f.failed.length === 0 && f.blocked.length === 0).length,
  tested: [...new Set(figures.map((f) => f.tested))],
  wall_ms: { min: walls[0], median: walls[Math.floor(walls.length / 2)], max: walls[walls.length - 1] },
  problems: figures.flatMap((f, i) => [...f.failed, ...f.blocked].map((p) => `run ${i + 1}: ${p}`)),
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = summary.clean === runs ? 0 : 1;
