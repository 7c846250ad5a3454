/**
 * Runs the scenarios of one worker against faulty hosts: every fault's discovery is read once (a fault may
 * change the capabilities document), then each (fault, scenario) cell runs through the harness's own
 * runScenario, many at a time in one process.
 */
import { DEFAULT_TIMEOUTS, discoverTarget, runScenario } from '../harness/index.js';
import type { CallbackReceiver, ScenarioEntry, ScenarioOutcome } from '../harness/index.js';
import type { CellOutcome } from './outcome.js';
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

export function cellOf(fault: string | null, outcome: ScenarioOutcome, hostErrors: number): CellOutcome {
  return {
    fault,
    scenario: outcome.id,
    disposition: outcome.disposition,
    rules: [...new Set(outcome.failures.map((f) => f.rule))].sort(),
    reason: outcome.reason,
    hostErrors,
  };
}

export interface CellEvents {
  /** A cell got its slot. */
  started(): void;
  ended(cell: CellOutcome): void;
}

/** Runs every entry against hosts with `fault` on (none for null), each in a slot; resolves when all have ended. */
export async function runFaultCells(
  fault: string | null,
  entries: readonly ScenarioEntry[],
  receiver: CallbackReceiver,
  slots: Slots,
  events: CellEvents,
): Promise<void> {
  const faults = fault === null ? [] : [fault];
  const { discovery } = await discoverTarget(faultyHostTarget(faults, () => undefined), DEFAULT_TIMEOUTS.requestMs);
  await Promise.all(
    entries.map((entry) =>
      slots.run(async () => {
        events.started();
        let hostErrors = 0;
        const target = faultyHostTarget(faults, () => {
          hostErrors += 1;
        });
        const outcome = await runScenario(entry, { target, receiver, capabilities: discovery, timeouts: DEFAULT_TIMEOUTS });
        events.ended(cellOf(fault, outcome, hostErrors));
      }),
    ),
  );
}
