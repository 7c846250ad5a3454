/**
 * Live matrix data: a matrix run turned into MatrixData, and the settling of cells that two runs disagree on.
 * The kit waits for a callback timeout in real time, so a cell near that timing can come out differently on a
 * loaded machine; such a cell is run again on its own, and the outcome it keeps is the one it reproduces.
 */
import { FAULTS } from '../../reference-host/faults.js';
import { DEFAULT_TIMEOUTS, discoverTarget, loadScenarios, runScenario, startReceiver } from '../../src/harness/index.js';
import { cellOf } from './cells.js';
import { buildMatrixData, type MatrixData } from './data.js';
import type { CellOutcome } from './outcome.js';
import { runMatrix, type MatrixMode, type MatrixRun } from './run.js';
import { faultyHostTarget } from './target.js';

export interface LiveMatrixOptions {
  mode: MatrixMode;
  workers?: number;
  concurrency?: number;
  onCell?: (cell: CellOutcome) => void;
  onPlan?: (cellsToRun: number) => void;
  signal?: AbortSignal;
}

export async function liveMatrix(options: LiveMatrixOptions): Promise<{ data: MatrixData; run: MatrixRun }> {
  const scenarios = (await loadScenarios()).map((entry) => entry.def.id);
  const run = await runMatrix({ ...options, faults: FAULTS.map((fault) => fault.id), scenarios });
  return { data: buildMatrixData(run.cells, FAULTS, scenarios), run };
}

/** One cell, run on its own in this process. */
export async function runCellAlone(fault: string | null, scenario: string): Promise<CellOutcome> {
  const entry = (await loadScenarios()).find((candidate) => candidate.def.id === scenario);
  if (entry === undefined) throw new Error(`no scenario ${scenario}`);
  const faults = fault === null ? [] : [fault];
  const receiver = await startReceiver();
  try {
    const { discovery } = await discoverTarget(faultyHostTarget(faults, { onHostError: () => undefined }), DEFAULT_TIMEOUTS.requestMs);
    let hostErrors = 0;
    const target = faultyHostTarget(faults, {
      onHostError: () => {
        hostErrors += 1;
      },
    });
    return cellOf(fault, await runScenario(entry, { target, receiver, capabilities: discovery, timeouts: DEFAULT_TIMEOUTS }), hostErrors);
  } finally {
    await receiver.close();
  }
}

/** A cell's entry in MatrixData: the rules it failed on, or null when it did not fail. */
function entryOf(data: MatrixData, fault: string | null, scenario: string): string[] | null {
  if (fault === null) return data.baseline[scenario] === undefined ? null : [data.baseline[scenario]!];
  return data.faults[fault]?.failed[scenario] ?? null;
}

function setEntry(data: MatrixData, fault: string | null, scenario: string, cell: CellOutcome): void {
  if (fault === null) {
    if (cell.disposition === 'pass') delete data.baseline[scenario];
    else data.baseline[scenario] = cell.disposition;
    return;
  }
  const failed = data.faults[fault]!.failed;
  if (cell.disposition === 'fail') failed[scenario] = cell.rules;
  else delete failed[scenario];
}

function cellEntry(fault: string | null, cell: CellOutcome): string[] | null {
  if (fault === null) return cell.disposition === 'pass' ? null : [cell.disposition];
  return cell.disposition === 'fail' ? cell.rules : null;
}

/** The cells (fault or null, scenario) on which `a` and `b` disagree. */
export function disagreements(a: MatrixData, b: MatrixData): Array<{ fault: string | null; scenario: string }> {
  const out: Array<{ fault: string | null; scenario: string }> = [];
  const same = (x: string[] | null, y: string[] | null): boolean => JSON.stringify(x) === JSON.stringify(y);
  for (const scenario of a.scenarios) {
    if (!same(entryOf(a, null, scenario), entryOf(b, null, scenario))) out.push({ fault: null, scenario });
    for (const fault of Object.keys(a.faults)) {
      if (b.faults[fault] !== undefined && !same(entryOf(a, fault, scenario), entryOf(b, fault, scenario))) out.push({ fault, scenario });
    }
  }
  return out;
}

/**
 * Runs every cell `live` and `reference` disagree on again, alone, up to `attempts` times: when a rerun
 * reproduces the reference, `live` takes the reference's entry (the difference was timing). Returns the
 * settled data and the cells that were settled that way.
 */
export async function settleAgainst(
  live: MatrixData,
  reference: MatrixData,
  options: { attempts?: number; signal?: AbortSignal } = {},
): Promise<{ data: MatrixData; settled: string[] }> {
  const data = structuredClone(live);
  const settled: string[] = [];
  for (const { fault, scenario } of disagreements(live, reference)) {
    const wanted = JSON.stringify(entryOf(reference, fault, scenario));
    for (let attempt = 0; attempt < (options.attempts ?? 2); attempt += 1) {
      options.signal?.throwIfAborted();
      const cell = await runCellAlone(fault, scenario);
      if (JSON.stringify(cellEntry(fault, cell)) === wanted) {
        setEntry(data, fault, scenario, cell);
        settled.push(`${fault ?? '(fault-free)'} × ${scenario}`);
        break;
      }
    }
  }
  return { data, settled };
}

/** Decides every cell two runs disagree on by the majority of three runs of it alone. */
export async function reconcile(first: MatrixData, second: MatrixData): Promise<{ data: MatrixData; rerun: string[] }> {
  const data = structuredClone(first);
  const rerun: string[] = [];
  for (const { fault, scenario } of disagreements(first, second)) {
    const outcomes: CellOutcome[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) outcomes.push(await runCellAlone(fault, scenario));
    const keys = outcomes.map((cell) => JSON.stringify(cellEntry(fault, cell)));
    const winner = outcomes[keys.findIndex((key) => keys.filter((k) => k === key).length >= 2)] ?? outcomes[0]!;
    setEntry(data, fault, scenario, winner);
    rerun.push(`${fault ?? '(fault-free)'} × ${scenario}`);
  }
  return { data, rerun };
}
