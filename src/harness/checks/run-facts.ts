/**
 * Pure facts the scenarios derive from documents a host served: credit sums of a ledger, the state
 * trail, the exception context of the canonical mapping, the runtime contract's task block. Kept here so
 * every scenario computes them the same way, and never from a value the host computed for itself.
 */
import type { AgentRunStateEvent, AppRuntime, AppRuntimeAgentTask } from '../../../generated/types.js';
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

/** The contract's agent task block, top-level or under `agentRuntime` (seed 003 allows either). */
export function runtimeAgentTask(contract: AppRuntime | undefined): AppRuntimeAgentTask | undefined {
  return contract?.agentRuntime?.agentTask ?? contract?.agentTask;
}
