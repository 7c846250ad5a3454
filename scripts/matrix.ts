/**
 * Runs the mutation matrix and writes spec/mutation-matrix.json and coverage.md. The stored matrix comes from
 * a full run (every fault × every scenario), confirmed by a guided run; a cell the two disagree on is run alone
 * three times and keeps its majority outcome. `--check` instead makes a guided run and exits 1 when it differs
 * from the stored matrix (after rerunning the differing cells alone) or the matrix breaks one of its rules.
 * `--repair` brings the stored matrix up to date without a full run: a guided run, and every cell it disagrees
 * with the stored matrix on decided by the majority of three runs of it alone (as a full run's disagreements are);
 * scenarios and faults added since the stored matrix take the guided run's cells.
 * Flags: --workers N (processes), --concurrency N (cells each runs at once).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageProblems, readCoverageInput, renderCoverage } from '../dev/audit/coverage.js';
import { FAULTS } from '../reference-host/faults.js';
import { MATRIX_FILE, matrixDifferences, readMatrixData, serializeMatrix, type MatrixData } from '../dev/matrix/data.js';
import { liveMatrix, reconcile, settleAgainst } from '../dev/matrix/live.js';
import { startProgress, type ProgressTicker } from '../dev/matrix/progress.js';
import { packageRoot } from '../src/schemas.js';

function positive(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(text)) throw new Error(`--${name} must be a positive integer, not ${text}`);
  return Number(text);
}

/** How often a long matrix says how far it got; every cell would flood a CI log. */
const PROGRESS_EVERY_MS = 5000;

/** A pass's ticker; the pass tells it how many cells it will run (onPlan). */
function passProgress(mode: 'full' | 'guided'): ProgressTicker {
  return startProgress(`matrix ${mode}`, (line) => process.stderr.write(line), PROGRESS_EVERY_MS);
}

/**
 * The guided run's data with the stored entry of every cell both know. Cells of scenarios and faults added since
 * come from the guided run: a cell whose fault guard the scenario never reaches is the fault-free cell by
 * construction, and every other one was run.
 */
function withKnownCells(stored: MatrixData, guided: MatrixData): MatrixData {
  const merged = structuredClone(guided);
  const known = new Set(stored.scenarios);
  const keep = <T>(fresh: Record<string, T>, old: Record<string, T>): Record<string, T> =>
    Object.fromEntries([
      ...Object.entries(fresh).filter(([scenario]) => !known.has(scenario)),
      ...Object.entries(old).filter(([scenario]) => merged.scenarios.includes(scenario)),
    ]);
  merged.baseline = keep(guided.baseline, stored.baseline);
  for (const [id, row] of Object.entries(merged.faults)) {
    const old = stored.faults[id];
    if (old !== undefined) row.failed = keep(row.failed, old.failed);
  }
  return merged;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { check: { type: 'boolean' }, repair: { type: 'boolean' }, workers: { type: 'string' }, concurrency: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const sizing = { workers: positive(values.workers, 'workers'), concurrency: positive(values.concurrency, 'concurrency') };
  const options = Object.fromEntries(Object.entries(sizing).filter(([, v]) => v !== undefined)) as { workers?: number; concurrency?: number };
  const matrixPath = join(packageRoot, MATRIX_FILE);

  if (values.check) {
    const stored = readMatrixData(matrixPath);
    if (stored === null) {
      process.stderr.write(`matrix: ${MATRIX_FILE} is missing; run: npm run matrix\n`);
      return 1;
    }
    const progress = passProgress('guided');
    const { data, run } = await liveMatrix({ mode: 'guided', ...options, onCell: progress.cell, onPlan: progress.plan }).finally(progress.stop);
    const { data: settled, settled: flakes } = await settleAgainst(data, stored);
    const differences = matrixDifferences(settled, stored);
    process.stdout.write(`guided matrix: ${run.ran} of ${run.cells.length} cells run in ${run.wallTimeMs} ms on ${run.workers} workers\n`);
    for (const flake of flakes) process.stdout.write(`settled by a rerun: ${flake}\n`);
    for (const difference of differences) process.stderr.write(`matrix: ${difference}\n`);
    return differences.length === 0 ? 0 : 1;
  }

  const stored = values.repair ? readMatrixData(matrixPath) : null;
  if (values.repair && stored === null) {
    process.stderr.write(`matrix: ${MATRIX_FILE} is missing; run: npm run matrix\n`);
    return 1;
  }
  let base = stored;
  if (base === null) {
    const progress = passProgress('full');
    const full = await liveMatrix({ mode: 'full', ...options, onCell: progress.cell, onPlan: progress.plan }).finally(progress.stop);
    process.stdout.write(`full matrix: ${full.run.cells.length} cells in ${full.run.wallTimeMs} ms on ${full.run.workers} workers\n`);
    base = full.data;
  }
  const progress = passProgress('guided');
  const guided = await liveMatrix({ mode: 'guided', ...options, onCell: progress.cell, onPlan: progress.plan }).finally(progress.stop);
  process.stdout.write(`guided matrix: ${guided.run.ran} of ${guided.run.cells.length} cells run in ${guided.run.wallTimeMs} ms\n`);
  const { data, rerun } = await reconcile(withKnownCells(base, guided.data), guided.data);
  for (const cell of rerun) process.stdout.write(`runs disagreed; decided by three runs alone: ${cell}\n`);
  writeFileSync(matrixPath, serializeMatrix(data));
  process.stdout.write(`wrote ${matrixPath} (${FAULTS.length} faults × ${data.scenarios.length} scenarios)\n`);

  const input = readCoverageInput(packageRoot, FAULTS);
  writeFileSync(join(packageRoot, 'coverage.md'), renderCoverage(input));
  const problems = coverageProblems(input).map((p) => p.message);
  for (const problem of problems) process.stderr.write(`matrix: ${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
