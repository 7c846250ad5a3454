/**
 * Ledger invariants (SPEC.md §5–§6) as one pure check over the events a host served. Each problem names
 * the rule it breaks, so hosts can run the same check in their own unit tests.
 */
import { digest } from '../jcs.js';
import { isAllowedTransition, isRunState, type RunState } from './states.js';

/** The fields of a run-state event the invariants read; hosts send more. */
export interface LedgerEvent {
  readonly sequence: number;
  readonly event_id: string;
  readonly prev_event_hash: string | null;
  readonly event_type: string;
  readonly agent_task_run_id: string;
  readonly from_state?: string | null;
  readonly to_state: string;
  readonly occurred_at: string;
}

export type LedgerRuleId =
  | 'LEDGER-SEQUENCE'
  | 'LEDGER-HASH-LINK'
  | 'LEDGER-EVENT-ID-UNIQUE'
  | 'LEDGER-TIMESTAMPS-ORDERED'
  | 'LEDGER-EVERY-TRANSITION'
  | 'LIFECYCLE-TRANSITIONS';

export interface LedgerProblem {
  readonly rule: LedgerRuleId;
  readonly sequence: number;
  readonly message: string;
  /** The members the problem is about, as served and as the rule wants them (JSON values, for reports). */
  readonly observed: Readonly<Record<string, unknown>>;
}

/** The `prev_event_hash` the event after `previous` must carry. */
export function nextPrevEventHash(previous: LedgerEvent | undefined): string | null {
  return previous === undefined ? null : digest(previous);
}

export function verifyLedgerChain(events: readonly LedgerEvent[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const seenIds = new Set<string>();
  let previous: LedgerEvent | undefined;
  for (const [index, event] of events.entries()) {
    const at = event.sequence;
    if (event.sequence !== index + 1) {
      problems.push({ rule: 'LEDGER-SEQUENCE', sequence: at, message: `event #${index + 1} has sequence ${event.sequence}`, observed: { position: index + 1, sequence: event.sequence } });
    }
    const expectedHash = nextPrevEventHash(previous);
    if (event.prev_event_hash !== expectedHash) {
      problems.push({
        rule: 'LEDGER-HASH-LINK',
        sequence: at,
        message: `prev_event_hash ${String(event.prev_event_hash)}, recomputed ${String(expectedHash)}`,
        observed: { prev_event_hash: event.prev_event_hash, recomputed: expectedHash },
      });
    }
    if (seenIds.has(event.event_id)) {
      problems.push({ rule: 'LEDGER-EVENT-ID-UNIQUE', sequence: at, message: `event_id ${event.event_id} repeats`, observed: { event_id: event.event_id } });
    }
    seenIds.add(event.event_id);
    if (previous && Date.parse(event.occurred_at) < Date.parse(previous.occurred_at)) {
      problems.push({
        rule: 'LEDGER-TIMESTAMPS-ORDERED',
        sequence: at,
        message: `occurred_at ${event.occurred_at} is before ${previous.occurred_at}`,
        observed: { occurred_at: event.occurred_at, previous_occurred_at: previous.occurred_at },
      });
    }
    problems.push(...transitionProblems(previous, event));
    previous = event;
  }
  return problems;
}

function transitionProblems(previous: LedgerEvent | undefined, event: LedgerEvent): LedgerProblem[] {
  const at = event.sequence;
  const expectedFrom = previous ? previous.to_state : null;
  const from = event.from_state ?? null;
  const problems: LedgerProblem[] = [];
  if (from !== expectedFrom) {
    problems.push({
      rule: 'LEDGER-EVERY-TRANSITION',
      sequence: at,
      message: `from_state ${String(from)} but the previous event left the run in ${String(expectedFrom)}`,
      observed: { from_state: from, previous_to_state: expectedFrom },
    });
  }
  if (!isRunState(event.to_state) || (from !== null && !isRunState(from))) {
    problems.push({ rule: 'LIFECYCLE-TRANSITIONS', sequence: at, message: `unknown state ${String(from)} → ${event.to_state}`, observed: { from_state: from, to_state: event.to_state } });
  } else if (!isAllowedTransition(from as RunState | null, event.to_state)) {
    problems.push({ rule: 'LIFECYCLE-TRANSITIONS', sequence: at, message: `${String(from)} → ${event.to_state} is not an allowed transition`, observed: { from_state: from, to_state: event.to_state } });
  }
  return problems;
}
