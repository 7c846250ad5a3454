/**
 * The variant matrix: the suite passes against the reference host under every variant (a behaviour SPEC.md
 * allows that the host does not choose by default), each variant on its own, and a live guided run gives exactly
 * the matrix stored in spec/variant-matrix.json (`npm run variant-matrix` writes it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARIANTS, type VariantDefinition } from '../reference-host/variants.js';
import {
  buildVariantMatrix,
  liveVariantMatrix,
  readVariantMatrix,
  VARIANT_MATRIX_FILE,
  variantMatrixDifferences,
  variantMatrixProblems,
  type VariantCell,
} from '../dev/matrix/variants.js';
import { packageRoot } from '../src/schemas.js';

const LIMIT_MS = 300_000;

describe('variant matrix data', () => {
  const catalog = [
    { id: 'coarse-phases', description: 'd', spec: '§13.3' },
    { id: 'fine-phases', description: 'd', spec: '§13.3' },
  ];
  const baseline: VariantCell[] = [
    { variant: null, scenario: 'a', disposition: 'pass', reason: null, reached: ['coarse-phases'] },
    { variant: null, scenario: 'b', disposition: 'inapplicable', reason: 'x', reached: [] },
  ];

  it('copies unreached scenarios from the default host and reports a variant that breaks the suite', () => {
    const data = buildVariantMatrix(catalog, baseline, [{ variant: 'coarse-phases', scenario: 'a', disposition: 'fail', reason: 'r' }]);
    expect(data.variants['coarse-phases']).toEqual({ spec: '§13.3', reached: ['a'], not_passed: { a: 'fail', b: 'inapplicable' } });
    expect(variantMatrixProblems(data, catalog)).toEqual([
      'variant coarse-phases: a is fail (a kit defect: the variant is allowed by §13.3)',
      'variant fine-phases is reached by no scenario: its behaviour is never exercised',
    ]);
  });
});

describe('the variant matrix of this repository', () => {
  it(
    'passes every scenario that applies under every variant, exactly as stored',
    async () => {
      const stored = readVariantMatrix(join(packageRoot, VARIANT_MATRIX_FILE));
      expect(stored, `${VARIANT_MATRIX_FILE} is missing: run npm run variant-matrix`).not.toBeNull();
      const { data, ran, cells, wallTimeMs } = await liveVariantMatrix(VARIANTS);
      console.info(`variant matrix: ${VARIANTS.length} variants × ${data.scenarios.length} scenarios, ${ran} cells run in ${wallTimeMs} ms`);
      const leftOut = (variant: string | null) => (VARIANTS as readonly VariantDefinition[]).find((v) => v.id === variant)?.leavesInapplicable ?? [];
      const failing = cells.filter(
        (cell) =>
          cell.variant !== null &&
          cell.disposition !== 'pass' &&
          data.baseline[cell.scenario] !== cell.disposition &&
          !(cell.disposition === 'inapplicable' && leftOut(cell.variant).includes(cell.scenario)),
      );
      expect(failing.map((cell) => `${cell.variant} × ${cell.scenario}: ${cell.disposition} ${cell.reason ?? ''}`)).toEqual([]);
      expect(variantMatrixProblems(data, VARIANTS)).toEqual([]);
      expect(variantMatrixDifferences(data, stored!)).toEqual([]);
    },
    LIMIT_MS,
  );
});
