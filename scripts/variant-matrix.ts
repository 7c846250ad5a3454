/**
 * Runs the variant matrix and writes spec/variant-matrix.json; `--check` instead compares a live run with the
 * stored file. Exits 1 when a variant makes a scenario that applies fail or block (a kit defect), or, with
 * --check, when the live matrix differs from the stored one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VARIANTS } from '../reference-host/variants.js';
import { liveVariantMatrix, readVariantMatrix, serializeVariantMatrix, VARIANT_MATRIX_FILE, variantMatrixDifferences, variantMatrixProblems } from '../dev/matrix/variants.js';
import { packageRoot } from '../src/schemas.js';

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const path = join(packageRoot, VARIANT_MATRIX_FILE);
  const { data, ran, cells, wallTimeMs } = await liveVariantMatrix(VARIANTS);
  process.stdout.write(`variant matrix: ${ran} cells run in ${wallTimeMs} ms\n`);
  for (const cell of cells) {
    if (cell.variant !== null && cell.disposition !== 'pass' && data.baseline[cell.scenario] !== cell.disposition) {
      process.stderr.write(`${cell.variant} × ${cell.scenario}: ${cell.disposition}: ${cell.reason ?? ''}\n`);
    }
  }
  const problems = variantMatrixProblems(data, VARIANTS);
  for (const problem of problems) process.stderr.write(`variant matrix: ${problem}\n`);
  if (check) {
    const stored = readVariantMatrix(path);
    const differences = stored === null ? [`${VARIANT_MATRIX_FILE} is missing`] : variantMatrixDifferences(data, stored);
    for (const difference of differences) process.stderr.write(`variant matrix: ${difference}\n`);
    return problems.length === 0 && differences.length === 0 ? 0 : 1;
  }
  writeFileSync(path, serializeVariantMatrix(data));
  process.stdout.write(`wrote ${path}\n`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
