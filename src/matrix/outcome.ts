/** What one matrix cell records: a scenario run against the reference host with one fault (or none) on. */
import type { Disposition } from '../harness/index.js';

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
}

/** Messages between the matrix and its worker processes. */
export type WorkerRequest = { type: 'fault'; fault: string | null } | { type: 'done' };
export type WorkerReply =
  | { type: 'want' }
  | { type: 'cell'; cell: CellOutcome }
  | { type: 'failed'; error: string }
  | { type: 'finished' };
