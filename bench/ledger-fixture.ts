/**
 * Long, valid ledgers for the validation and growth benchmarks: the happy path up to callback_ready, then
 * failed callback attempts (events that keep the state) until the ledger has `count` events, then delivery
 * and close. Sequences, hash links and timestamps are real, so verifyLedgerChain finds nothing to report.
 */
import { digest } from '../src/jcs.js';

export interface FixtureEvent {
  sequence: number;
  event_id: string;
  prev_event_hash: string | null;
  event_type: string;
  agent_task_run_id: string;
  work_order_id: string;
  requested_tool: string;
  from_state: string | null;
  to_state: string;
  occurred_at: string;
  actor: string;
  public_note?: string;
  credit_delta?: number;
}

const HEAD: ReadonlyArray<[type: string, to: string, creditDelta?: number]> = [
  ['run_created', 'run_created'],
  ['credit_reserved', 'run_created', 5],
  ['lifecycle_state_changed', 'queued'],
  ['evidence_review_started', 'evidence_review'],
  ['evidence_status_changed', 'evidence_review'],
  ['tool_execution_started', 'tool_execution'],
  ['result_package_ready', 'result_packaged'],
  ['credits_debited', 'result_packaged', 5],
  ['usage_receipt_issued', 'receipt_issued'],
  ['callback_payload_ready', 'callback_ready'],
];
const TAIL: ReadonlyArray<[type: string, to: string]> = [
  ['callback_delivered', 'callback_delivered'],
  ['run_closed', 'closed'],
];

export const MIN_FIXTURE_EVENTS = HEAD.length + TAIL.length;

export function syntheticLedger(count: number, ids = { runId: 'run_bench', workOrderId: 'wo_bench', tool: 'tokenops' }): FixtureEvent[] {
  if (count < MIN_FIXTURE_EVENTS) throw new RangeError(`a fixture ledger has at least ${MIN_FIXTURE_EVENTS} events`);
  const startMs = Date.parse('2026-06-02T10:00:00.000Z');
  const middle = count - HEAD.length - TAIL.length;
  const plan: Array<[string, string, number?]> = [
    ...HEAD,
    ...Array.from({ length: middle }, (): [string, string] => ['callback_attempt_failed', 'callback_ready']),
    ...TAIL,
  ];
  const events: FixtureEvent[] = [];
  for (const [index, [type, to, creditDelta]] of plan.entries()) {
    const previous = events.at(-1);
    events.push({
      sequence: index + 1,
      event_id: `evt_${index.toString(16).padStart(12, '0')}`,
      prev_event_hash: previous === undefined ? null : digest(previous),
      event_type: type,
      agent_task_run_id: ids.runId,
      work_order_id: ids.workOrderId,
      requested_tool: ids.tool,
      from_state: previous === undefined ? null : previous.to_state,
      to_state: to,
      occurred_at: new Date(startMs + index * 1000).toISOString(),
      actor: type.startsWith('callback') ? 'callback_dispatcher' : 'runner',
      ...(type === 'callback_attempt_failed' ? { public_note: `attempt ${index - HEAD.length + 1} failed: HTTP 503 (http_error)` } : {}),
      ...(creditDelta !== undefined ? { credit_delta: creditDelta } : {}),
    });
  }
  return events;
}
