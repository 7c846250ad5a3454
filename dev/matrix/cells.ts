/**
 * Runs batches of matrix cells in one process: a fault's capabilities document is read once per batch (a fault
 * may change it), then each scenario runs through the harness's own runScenario against a fresh faulty host,
 * a few at a time (callback attempts are timed in real time: a crowded event loop would time them out).
 */
import { DEFAULT_TIMEOUTS, discoverTarget, runScenario } from '../../src/harness/index.js';
import type { CallbackReceiver, ScenarioEntry, ScenarioOutcome } from '../../src/harness/index.js';
import type { CellBatch, CellOutcome } from './outcome.js';
import { faultyHostTarget } from './target.js';

/** At most `limit` tasks at once, started in the order they were submitted. */
export class Slots {
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.#running += 1;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.#running -= 1;
            this.#waiting.shift()?.();
          });
      };
      if (this.#running < this.limit) start();
      else this.#waiting.push(start);
    });
  }
}

export function cellOf(fault: string | null, outcome: ScenarioOutcome, hostErrors: number, reached?: ReadonlySet<string>): CellOutcome {
  return {
    fault,
    scenario: outcome.id,
    disposition: outcome.disposition,
    rules: [...new Set(outcome.failures.map((f) => f.rule))].sort(),
    reason: outcome.reason,
    hostErrors,
    durationMs: outcome.durationMs,
    ...(reached ? { reached: [...reached].sort() } : {}),
  };
}

export interface CellEvents {
  /** A cell got its slot. */
  started(): void;
  ended(cell: CellOutcome): void;
}

/** Runs one batch, each cell in a slot; resolves when all its cells have ended. */
export async function runBatch(
  batch: CellBatch,
  entries: readonly ScenarioEntry[],
  receiver: CallbackReceiver,
  slots: Slots,
  events: CellEvents,
): Promise<void> {
  const faults = batch.fault === null ? [] : [batch.fault];
  const wanted = batch.scenarios === null ? entries : entries.filter((entry) => batch.scenarios!.includes(entry.def.id));
  const { discovery } = await discoverTarget(faultyHostTarget(faults, { onHostError: () => undefined }), DEFAULT_TIMEOUTS.requestMs);
  await Promise.all(
    wanted.map((entry) =>
      slots.run(async () => {
        events.started();
        let hostErrors = 0;
        const reached = batch.probe ? new Set<string>() : undefined;
        const target = faultyHostTarget(faults, {
          onHostError: () => {
            hostErrors += 1;
          },
          ...(reached ? { onGuard: (id: string) => reached.add(id) } : {}),
        });
        const outcome = await runScenario(entry, { target, receiver, capabilities: discovery, timeouts: DEFAULT_TIMEOUTS });
        events.ended(cellOf(batch.fault, outcome, hostErrors, reached));
      }),
    ),
  );
}

/** How many cells a batch holds. */
export function batchSize(batch: CellBatch, entries: readonly ScenarioEntry[]): number {
  return batch.scenarios === null ? entries.length : batch.scenarios.length;
}
