/**
 * Progress of a matrix pass on stderr: a line every few seconds whether or not a cell finished (a long pass under
 * load used to run for minutes without a word), with cells done of total, elapsed time and an estimate.
 */

/**
 * "matrix full: 120/900 cells, 40 s, about 260 s left"; "matrix guided: 80 cells, 12 s" while the cells to run
 * are not known yet (a guided pass learns them from its fault-free pass); no estimate before the first cell.
 */
export function formatProgress(label: string, done: number, total: number | null, elapsedMs: number): string {
  const elapsed = Math.round(elapsedMs / 1000);
  if (total === null) return `${label}: ${done} cells, ${elapsed} s`;
  const left = done > 0 && total > done ? `, about ${Math.round(((total - done) * elapsedMs) / done / 1000)} s left` : '';
  return `${label}: ${done}/${total} cells, ${elapsed} s${left}`;
}

export interface ProgressTicker {
  /** Counts one finished cell. */
  cell(): void;
  /** Sets how many cells the pass will run, once known. */
  plan(total: number): void;
  /** Stops the ticker and writes the last line. */
  stop(): void;
}

/** Writes `formatProgress` every `everyMs` until stopped; the timer never keeps the process alive. */
export function startProgress(label: string, write: (line: string) => void, everyMs = 5_000, now = Date.now): ProgressTicker {
  const started = now();
  let done = 0;
  let total: number | null = null;
  const say = (): void => write(`${formatProgress(label, done, total, now() - started)}\n`);
  const timer = setInterval(say, everyMs);
  timer.unref();
  return {
    cell: () => {
      done += 1;
    },
    plan: (cells) => {
      total = cells;
    },
    stop: () => {
      clearInterval(timer);
      say();
    },
  };
}
