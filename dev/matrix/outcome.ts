/** What one matrix cell records: a scenario run against the reference host with one fault (or none) on. */
import type { Disposition } from '../../src/harness/index.js';

export interface CellOutcome {
  /** The fault switched on; null for the fault-free host. */
  fault: string | null;
  scenario: string;
  disposition: Disposition;
  /** Rules of the failed assertions (sorted, unique); empty for a pass or a failure without one. */
  rules: string[];
  reason: string | null;
  /** Errors the host reported while serving the scenario (a fault may make it throw). */
  hostErrors: number;
  durationMs: number;
  /** Fault-free cells run with the guard probe: every fault whose guard the scenario's host evaluated. */
  reached?: string[];
  /** Not run: a fault whose guard the scenario never reaches leaves it exactly as on the fault-free host. */
  inferred?: true;
}

/** A batch of cells a worker runs: some scenarios against hosts with one fault (or none) on. */
export interface CellBatch {
  fault: string | null;
  /** Scenario ids; every scenario when null. */
  scenarios: string[] | null;
  /** Record which fault guards each scenario reaches (fault-free batches only). */
  probe: boolean;
}

/** Messages between the matrix and its worker processes. */
export type WorkerRequest = { type: 'batch'; batch: CellBatch } | { type: 'done' };
export type WorkerReply =
  | { type: 'want' }
  | { type: 'cell'; cell: CellOutcome }
  | { type: 'failed'; error: string }
  | { type: 'finished' };
