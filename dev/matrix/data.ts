/**
 * The matrix as data (spec/mutation-matrix.json): for the fault-free host the scenarios that did not pass,
 * and for every fault the scenarios that failed with it on and the rules they failed. Only outcomes that are
 * deterministic are kept (which scenario fails, on which rules), so two runs of the same tree give the same
 * data and a stored copy can be checked against a live run.
 */
import { readFileSync } from 'node:fs';
import type { Disposition } from '../../src/harness/index.js';
import type { CellOutcome } from './outcome.js';

export const MATRIX_FILE = 'spec/mutation-matrix.json';

export interface FaultRow {
  /** The rules the fault's catalog entry says it breaks. */
  rules: string[];
  /** Scenario id → the rules its failed assertions cited (empty: it failed without an assertion failure). */
  failed: Record<string, string[]>;
}

export interface MatrixData {
  matrix_version: 1;
  /** Every scenario id, sorted: the matrix's columns. */
  scenarios: string[];
  /** Scenarios that did not pass against the fault-free host, with their disposition. */
  baseline: Record<string, Disposition>;
  /** Fault id → its row, in catalog order. */
  faults: Record<string, FaultRow>;
}

export interface CatalogFault {
  readonly id: string;
  readonly description: string;
  readonly rules: readonly string[];
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildMatrixData(cells: readonly CellOutcome[], catalog: readonly CatalogFault[], scenarios: readonly string[]): MatrixData {
  const baseline = cells.filter((cell) => cell.fault === null && cell.disposition !== 'pass');
  return {
    matrix_version: 1,
    scenarios: [...scenarios].sort(),
    baseline: sortedRecord(baseline.map((cell) => [cell.scenario, cell.disposition])),
    faults: Object.fromEntries(
      catalog.map((fault) => [
        fault.id,
        {
          rules: [...fault.rules],
          failed: sortedRecord(
            cells.filter((cell) => cell.fault === fault.id && cell.disposition === 'fail').map((cell) => [cell.scenario, cell.rules]),
          ),
        },
      ]),
    ),
  };
}

/** The stored file's text: scenarios sorted in every record, so two runs give the same bytes. */
export function serializeMatrix(data: MatrixData): string {
  const sorted: MatrixData = {
    ...data,
    baseline: sortedRecord(Object.entries(data.baseline)),
    faults: Object.fromEntries(Object.entries(data.faults).map(([id, row]) => [id, { ...row, failed: sortedRecord(Object.entries(row.failed)) }])),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function readMatrixData(path: string): MatrixData | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as MatrixData;
  } catch {
    return null;
  }
}

/** Where two matrices differ, one line per difference; empty when they agree. */
export function matrixDifferences(live: MatrixData, stored: MatrixData): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (!same(live.scenarios, stored.scenarios)) out.push('the scenario list differs');
  if (!same(live.baseline, stored.baseline)) out.push(`fault-free host: ${JSON.stringify(live.baseline)} now, ${JSON.stringify(stored.baseline)} stored`);
  const ids = new Set([...Object.keys(live.faults), ...Object.keys(stored.faults)]);
  for (const id of ids) {
    const now = live.faults[id];
    const then = stored.faults[id];
    if (now === undefined || then === undefined) {
      out.push(`${id}: ${now === undefined ? 'not in the catalog any more' : 'not in the stored matrix'}`);
      continue;
    }
    if (!same(now.rules, then.rules)) out.push(`${id}: rules ${now.rules.join(', ')} now, ${then.rules.join(', ')} stored`);
    const scenarios = new Set([...Object.keys(now.failed), ...Object.keys(then.failed)]);
    for (const scenario of scenarios) {
      const a = now.failed[scenario];
      const b = then.failed[scenario];
      if (!same(a, b)) out.push(`${id} × ${scenario}: ${a ? `fails on ${a.join(', ') || '(no assertion)'}` : 'does not fail'} now, ${b ? `fails on ${b.join(', ') || '(no assertion)'}` : 'does not fail'} stored`);
    }
  }
  return out;
}
