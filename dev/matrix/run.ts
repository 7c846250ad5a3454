/**
 * The mutation matrix run: every fault of the catalog, and the fault-free host, against every scenario, in
 * worker processes that each run a few cells at once. Batches are handed to whichever worker has room, so a
 * slow fault does not hold the others back.
 *
 * Two modes. `full` runs every cell. `guided` first runs the fault-free host with a probe that hears every
 * fault guard a scenario's host evaluates, then runs each fault only against the scenarios that reach its
 * guard: a scenario that never evaluates a fault's guard takes exactly the fault-free path with the fault on,
 * so its cell is the fault-free cell (the coverage analysis of mutation-testing tools). The stored matrix
 * comes from a full run; a guided run reproducing it is the check that the inference holds.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeExtension, runsCompiled } from '../../src/schemas.js';
import type { CellBatch, CellOutcome, WorkerReply, WorkerRequest } from './outcome.js';

export type MatrixMode = 'full' | 'guided';

/**
 * Cells a worker runs at once. Host, kit and receiver share the worker's event loop, so more cells only
 * lengthen each one (and a callback answered late times out): a sample of 919 cells took 36 s at 1, 29 s at 2
 * and 33 s at 4 on a 2-core machine.
 */
export const CELL_CONCURRENCY = 2;

export interface MatrixRunOptions {
  /** Fault ids to run; the fault-free host is always run too. */
  faults: readonly string[];
  /** Ids of every scenario (the matrix's columns). */
  scenarios: readonly string[];
  mode: MatrixMode;
  /** Worker processes; default min(2, available cores). */
  workers?: number;
  /** Cells each worker runs at once; default CELL_CONCURRENCY. */
  concurrency?: number;
  /** Called as each cell that ran ends (progress). */
  onCell?: (cell: CellOutcome) => void;
  /** Called once the cells that will run are known: at once in full mode, after the fault-free pass in guided. */
  onPlan?: (cellsToRun: number) => void;
  /** Ends the run early: the workers are killed and the run rejects (a test that timed out must not leave them). */
  signal?: AbortSignal;
}

export interface MatrixRun {
  mode: MatrixMode;
  /** One per (fault or null, scenario): run, or inferred in guided mode. */
  cells: CellOutcome[];
  /** Cells actually run. */
  ran: number;
  wallTimeMs: number;
  workers: number;
}

const WORKER = fileURLToPath(new URL(`./worker${codeExtension}`, import.meta.url));
// From sources, workers run the TypeScript through tsx, whatever loaded this module (tsx, vitest).
const WORKER_EXEC_ARGV = runsCompiled ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];

/** Splits `items` into at most `parts` slices of near-equal length. */
function slices<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, parts));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The batches of a guided run's second phase: each fault against the scenarios that reach its guard. */
export function guidedBatches(faults: readonly string[], baseline: readonly CellOutcome[]): CellBatch[] {
  return faults.flatMap((fault) => {
    const scenarios = baseline.filter((cell) => cell.reached?.includes(fault)).map((cell) => cell.scenario);
    return scenarios.length === 0 ? [] : [{ fault, scenarios, probe: false }];
  });
}

/** A guided run's cells that did not run: each copies the fault-free cell of its scenario. */
export function inferredCells(faults: readonly string[], baseline: readonly CellOutcome[], ran: readonly CellOutcome[]): CellOutcome[] {
  const done = new Set(ran.map((cell) => `${String(cell.fault)}\u0000${cell.scenario}`));
  return faults.flatMap((fault) =>
    baseline
      .filter((cell) => !done.has(`${fault}\u0000${cell.scenario}`))
      .map(({ reached: _reached, ...cell }) => ({ ...cell, fault, inferred: true as const })),
  );
}

export async function runMatrix(options: MatrixRunOptions): Promise<MatrixRun> {
  const startedMs = performance.now();
  const workers = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
  const guided = options.mode === 'guided';
  const queue: CellBatch[] = guided
    ? slices(options.scenarios, 2 * workers).map((scenarios) => ({ fault: null, scenarios, probe: true }))
    : [null, ...options.faults].map((fault) => ({ fault, scenarios: null, probe: false }));
  let queueComplete = !guided;
  if (!guided) options.onPlan?.((options.faults.length + 1) * options.scenarios.length);
  const waiting: Array<(request: WorkerRequest) => void> = [];
  const ranCells: CellOutcome[] = [];
  const baseline: CellOutcome[] = [];

  const dispatch = (): void => {
    while (waiting.length > 0 && (queue.length > 0 || queueComplete)) {
      const batch = queue.shift();
      waiting.shift()!(batch === undefined ? { type: 'done' } : { type: 'batch', batch });
    }
  };
  const received = (cell: CellOutcome): void => {
    ranCells.push(cell);
    options.onCell?.(cell);
    if (cell.fault !== null) return;
    baseline.push(cell);
    if (guided && baseline.length === options.scenarios.length) {
      const batches = guidedBatches(options.faults, baseline);
      options.onPlan?.(baseline.length + batches.reduce((sum, batch) => sum + batch.scenarios!.length, 0));
      queue.push(...batches);
      queueComplete = true;
      dispatch();
    }
  };

  const children: ChildProcess[] = [];
  const stop = (): void => {
    for (const child of children) child.kill();
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  const runs = Array.from({ length: workers }, () =>
    new Promise<void>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new Error('matrix run aborted'));
        return;
      }
      const child = fork(WORKER, [], {
        execArgv: WORKER_EXEC_ARGV,
        env: { ...process.env, ATK_MATRIX_CONCURRENCY: String(options.concurrency ?? CELL_CONCURRENCY) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      let finished = false;
      child.on('message', (reply: WorkerReply) => {
        if (reply.type === 'want') {
          waiting.push((request) => child.send(request));
          dispatch();
        } else if (reply.type === 'cell') {
          received(reply.cell);
        } else if (reply.type === 'failed') {
          reject(new Error(`matrix worker failed: ${reply.error}`));
        } else {
          finished = true;
        }
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (finished) resolve();
        else if (options.signal?.aborted) reject(new Error('matrix run aborted'));
        else reject(new Error(`matrix worker exited with code ${String(code)} before it finished`));
      });
    }),
  );
  try {
    await Promise.all(runs);
  } finally {
    // One worker failing must not leave the others running.
    stop();
    options.signal?.removeEventListener('abort', stop);
  }
  const cells = guided ? [...ranCells, ...inferredCells(options.faults, baseline, ranCells)] : ranCells;
  return { mode: options.mode, cells, ran: ranCells.length, wallTimeMs: Math.round(performance.now() - startedMs), workers };
}
