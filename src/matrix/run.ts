/**
 * The mutation matrix run: every fault of the catalog (and the fault-free host) against every scenario, in
 * worker processes that each run many cells at once. Faults are handed out one at a time to whichever
 * worker has room, so a slow fault does not hold the others back.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeExtension, runsCompiled } from '../schemas.js';
import type { CellOutcome, WorkerReply, WorkerRequest } from './outcome.js';

export interface MatrixRunOptions {
  /** Fault ids to run; the fault-free host is always run too. */
  faults: readonly string[];
  /** Worker processes; default min(2, available cores). */
  workers?: number;
  /** Cells each worker runs at once; default 24 (cells mostly wait on in-process I/O). */
  concurrency?: number;
  /** Called as each cell ends (progress). */
  onCell?: (cell: CellOutcome) => void;
}

export interface MatrixRun {
  cells: CellOutcome[];
  wallTimeMs: number;
  workers: number;
}

const WORKER = fileURLToPath(new URL(`./worker${codeExtension}`, import.meta.url));
// From sources, workers run the TypeScript through tsx, whatever loaded this module (tsx, vitest).
const WORKER_EXEC_ARGV = runsCompiled ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];

export async function runMatrix(options: MatrixRunOptions): Promise<MatrixRun> {
  const startedMs = performance.now();
  const queue: Array<string | null> = [null, ...options.faults];
  const workers = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
  const cells: CellOutcome[] = [];
  const runs = Array.from({ length: workers }, () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(WORKER, [], {
        execArgv: WORKER_EXEC_ARGV,
        env: { ...process.env, ATK_MATRIX_CONCURRENCY: String(options.concurrency ?? 24) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let finished = false;
      const request = (message: WorkerRequest): void => {
        child.send(message);
      };
      child.on('message', (reply: WorkerReply) => {
        if (reply.type === 'want') {
          const next = queue.shift();
          request(next === undefined ? { type: 'done' } : { type: 'fault', fault: next });
        } else if (reply.type === 'cell') {
          cells.push(reply.cell);
          options.onCell?.(reply.cell);
        } else if (reply.type === 'failed') {
          reject(new Error(`matrix worker failed: ${reply.error}`));
        } else {
          finished = true;
        }
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (finished) resolve();
        else reject(new Error(`matrix worker exited with code ${String(code)} before it finished`));
      });
    }),
  );
  await Promise.all(runs);
  return { cells, wallTimeMs: Math.round(performance.now() - startedMs), workers };
}
