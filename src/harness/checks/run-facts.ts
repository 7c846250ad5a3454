/**
 * Pure facts the scenarios derive from documents a host served: credit sums of a ledger, the state
 * trail, the exception context of the canonical mapping. Kept here so every scenario computes them the
 * same way, and never from a value the host computed for itself.
 */
import type { AgentRunStateEvent } from '../../../generated/types.js';
import type { ExceptionStatus } from '../../protocol/index.js';

/** The credit events of SPEC.md §5.1, whose `credit_delta` is the amount moved. */
export type CreditEventType = 'credit_reserved' | 'credits_debited' | 'credits_released';

/** Sum of `credit_delta` over the events of one credit event type (0 when there are none). */
export function creditDeltaSum(events: readonly AgentRunStateEvent[], eventType: CreditEventType): number {
  return events
    .filter((e) => e.event_type === eventType)
    .reduce((sum, e) => sum + (typeof e.credit_delta === 'number' ? e.credit_delta : Number.NaN), 0);
}

/**
 * The run states in the order the ledger says the run entered them: the first event's `to_state`, then
 * the `to_state` of every event that changes the state (`to_state` ≠ `from_state`).
 */
export function stateTrail(events: readonly AgentRunStateEvent[]): string[] {
  return events
    .filter((e, i) => i === 0 || (e.from_state ?? null) !== e.to_state)
    .map((e) => e.to_state);
}

const OUTCOME_EVENT_TYPES: ReadonlySet<string> = new Set([
  'credit_reserved',
  'credits_debited',
  'credits_released',
  'result_package_ready',
  'usage_receipt_issued',
]);

/**
 * Whether an event is one a SPEC.md §4.4 trail fixes: a change of state, a credit event, or an event that
 * announces a result, a usage receipt or a callback. Other events a host records in between (step_completed,
 * stuck alerts, …) are not part of what the trails fix.
 */
export function isOutcomeEvent(e: AgentRunStateEvent): boolean {
  return (
    (e.from_state ?? null) !== e.to_state ||
    OUTCOME_EVENT_TYPES.has(e.event_type) ||
    e.event_type.startsWith('callback_')
  );
}

/** An event as a trail row: type, from → to and, on credit events, the amount. */
export interface TrailRow {
  event_type: string;
  from_state: string | null;
  to_state: string;
  credit_delta?: number;
}

export function trailRow(e: AgentRunStateEvent): TrailRow {
  return {
    event_type: e.event_type,
    from_state: e.from_state ?? null,
    to_state: e.to_state,
    ...(e.credit_delta !== undefined ? { credit_delta: e.credit_delta } : {}),
  };
}

/** The outcome events recorded after the first event of type `after`, as trail rows (all of them when absent). */
export function outcomeRowsAfter(events: readonly AgentRunStateEvent[], after: string): TrailRow[] {
  return events
    .slice(events.findIndex((e) => e.event_type === after) + 1)
    .filter(isOutcomeEvent)
    .map(trailRow);
}

/** The fields of an exception ticket the canonical mapping reads. */
export interface TicketStatusFacts {
  readonly status: string;
  readonly created_at: string;
}

/**
 * Status of the run's current exception ticket (SPEC.md §4.1: its most recent ticket whose status is
 * neither `resolved` nor `closed`), or null when it has none.
 */
export function currentTicketStatus(tickets: readonly TicketStatusFacts[]): ExceptionStatus | null {
  const current = tickets
    .filter((ticket) => ticket.status !== 'resolved' && ticket.status !== 'closed')
    .reduce<TicketStatusFacts | null>(
      (latest, ticket) => (latest === null || Date.parse(ticket.created_at) >= Date.parse(latest.created_at) ? ticket : latest),
      null,
    );
  return current === null ? null : (current.status as ExceptionStatus);
}
