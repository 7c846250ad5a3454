/** The stored variant matrix (spec/variant-matrix.json): its shape and reader, without the machinery that makes it. */
import { readFileSync } from 'node:fs';
import type { Disposition } from '../../src/harness/outcome.js';

export const VARIANT_MATRIX_FILE = 'spec/variant-matrix.json';

export interface VariantRow {
  /** The SPEC.md sentence that allows the behaviour. */
  spec: string;
  /** Scenarios whose default run evaluates the variant's guard: those the variant can change, run with it on. */
  reached: string[];
  /** Scenarios that did not pass with the variant on (copied from the default host where not reached). */
  not_passed: Record<string, Disposition>;
}

export interface VariantMatrixData {
  variant_matrix_version: 1;
  scenarios: string[];
  /** Scenarios that did not pass against the default host, with their disposition. */
  baseline: Record<string, Disposition>;
  variants: Record<string, VariantRow>;
}

/** The stored matrix at `path`, or null when it is absent or unreadable. */
export function readVariantMatrix(path: string): VariantMatrixData | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as VariantMatrixData;
  } catch {
    return null;
  }
}
