/**
 * Invariants of a ledger answer (a run record with state_history), recomputed by the kit with src/protocol:
 * the chain (sequence, hash links, event ids, timestamps, transitions: SPEC.md §5), the record against its own
 * events (state, timestamps, credits: §4.5, §7.3), and the ledger against every earlier read of it (§5.3, §4.3).
 */
import { verifyLedgerChain } from '../../protocol/index.js';
import type { LedgerEvent, LedgerProblem } from '../../protocol/index.js';
import { debitedSum, jcsOrNull } from './memory.js';
import { violation } from './common.js';
import type { DocumentCheck, Members, Received, Violation } from './types.js';
import { objects, text } from './types.js';

const TERMINAL: ReadonlySet<string> = new Set(['closed', 'failed']);
const CREDIT_EVENTS: ReadonlySet<string> = new Set(['credit_reserved', 'credits_debited', 'credits_released']);

function eventsOf(doc: Received): Members[] | undefined {
  const history = doc.body['state_history'];
  return Array.isArray(history) ? objects(history) : undefined;
}

function sum(events: readonly Members[], type: string): number {
  return events
    .filter((e) => e['event_type'] === type)
    .reduce((total, e) => total + (typeof e['credit_delta'] === 'number' ? (e['credit_delta'] as number) : Number.NaN), 0);
}

const CHAIN_EXPECTED: Readonly<Record<LedgerProblem['rule'], string>> = {
  'LEDGER-SEQUENCE': 'sequence equal to the position, from 1',
  'LEDGER-HASH-LINK': 'prev_event_hash: the digest of the previous event as served, null for the first',
  'LEDGER-EVENT-ID-UNIQUE': 'an event_id not used before',
  'LEDGER-TIMESTAMPS-ORDERED': "occurred_at not before the previous event's",
  'LEDGER-EVERY-TRANSITION': "from_state equal to the previous event's to_state",
  'LIFECYCLE-TRANSITIONS': 'a transition of SPEC.md §4.2',
};

export const ledgerChain: DocumentCheck = (doc, memory) => {
  const events = eventsOf(doc);
  if (events === undefined || events.length === 0) return [];
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const problem of verifyLedgerChain(events as unknown as LedgerEvent[])) {
    if (seen.has(problem.rule)) continue;
    seen.add(problem.rule);
    out.push(violation(problem.rule, `${doc.where}: ledger event at sequence ${problem.sequence}`, CHAIN_EXPECTED[problem.rule], problem.observed));
  }
  const runId = text(doc.body['agent_task_run_id']);
  const foreign = events.filter((e) => e['agent_task_run_id'] !== runId).map((e) => ({ sequence: e['sequence'], agent_task_run_id: e['agent_task_run_id'] }));
  if (foreign.length > 0) out.push(violation('LEDGER-EVENT-SCHEMA', `${doc.where}: every event names the run's agent_task_run_id`, JSON.stringify(runId), foreign));
  if (!seen.has('LEDGER-EVENT-ID-UNIQUE')) {
    const elsewhere = events
      .map((e) => ({ event_id: text(e['event_id']), sequence: e['sequence'] }))
      .filter((e) => e.event_id !== undefined && memory.eventIds.has(e.event_id) && memory.eventIds.get(e.event_id) !== runId)
      .map((e) => ({ ...e, run: memory.eventIds.get(e.event_id!) }));
    if (elsewhere.length > 0) out.push(violation('LEDGER-EVENT-ID-UNIQUE', `${doc.where}: event ids not served before by another run's ledger`, 'event ids unique within the host', elsewhere));
  }
  return out;
};

/** The record and its own events describe the same run at the same moment. */
export const recordAgreesWithEvents: DocumentCheck = (doc) => {
  const events = eventsOf(doc);
  if (events === undefined || events.length === 0) return [];
  const out: Violation[] = [];
  const body = doc.body;
  const last = events.at(-1)!;
  if (last['to_state'] !== body['state']) {
    out.push(violation('LIFECYCLE-STATUS-MATCHES-LEDGER', `${doc.where}: the last event's to_state is the record's state`, JSON.stringify(body['state']), last['to_state']));
  }
  const created = events.find((e) => e['event_type'] === 'run_created') ?? events[0]!;
  const sameInstant = (a: unknown, b: unknown): boolean => typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);
  const times: string[] = [];
  if (!sameInstant(body['created_at'], created['occurred_at'])) times.push(`created_at ${String(body['created_at'])} is not the run_created event's ${String(created['occurred_at'])}`);
  if (body['updated_at'] !== undefined && !sameInstant(body['updated_at'], last['occurred_at'])) {
    times.push(`updated_at ${String(body['updated_at'])} is not the latest event's ${String(last['occurred_at'])}`);
  }
  if (TERMINAL.has(String(body['state'])) && body['closed_at'] !== undefined) {
    const terminalEvent = [...events].reverse().find((e) => TERMINAL.has(String(e['to_state'])) && e['from_state'] !== e['to_state']);
    if (terminalEvent !== undefined && !sameInstant(body['closed_at'], terminalEvent['occurred_at'])) {
      times.push(`closed_at ${String(body['closed_at'])} is not the terminal event's ${String(terminalEvent['occurred_at'])}`);
    }
  }
  if (times.length > 0) out.push(violation('LIFECYCLE-TIMESTAMPS', `${doc.where}: the record's timestamps are those of its events`, 'created_at, updated_at and closed_at at the times of the first, latest and terminal events', times));
  return out;
};

/**
 * Credit events move integer amounts, and the record's credit fields are what its events moved: the debits
 * summed, and the reservation less its debits and release (SPEC.md §5.1, §7.3). A debit beyond the
 * reservation, a second release, a debit after the release, or a reservation still held once the usage
 * receipt is issued or the run has ended breaks the bound (§7.3).
 */
export const creditEvents: DocumentCheck = (doc) => {
  const events = eventsOf(doc);
  if (events === undefined || events.length === 0) return [];
  const out: Violation[] = [];
  const body = doc.body;
  const credit = events.filter((e) => CREDIT_EVENTS.has(String(e['event_type'])));
  const badDelta = credit.filter((e) => !(Number.isSafeInteger(e['credit_delta']) && (e['credit_delta'] as number) >= 0));
  if (badDelta.length > 0) {
    out.push(violation('LEDGER-CREDIT-EVENTS', `${doc.where}: every credit event carries the integer amount it moved`, 'credit_delta an integer ≥ 0', badDelta.map((e) => ({ sequence: e['sequence'], event_type: e['event_type'], credit_delta: e['credit_delta'] }))));
    return out;
  }
  const reserved = sum(events, 'credit_reserved');
  const debited = debitedSum(events);
  const released = sum(events, 'credits_released');
  const recorded = { credits_debited: body['credits_debited'], credits_reserved: body['credits_reserved'] };
  const fromEvents = { credits_debited: debited, credits_reserved: reserved - debited - released };
  if (typeof recorded.credits_debited === 'number' && typeof recorded.credits_reserved === 'number' && (recorded.credits_debited !== fromEvents.credits_debited || recorded.credits_reserved !== fromEvents.credits_reserved)) {
    out.push(violation('LEDGER-CREDIT-EVENTS', `${doc.where}: the record's credits are what its credit events moved`, JSON.stringify(fromEvents), recorded));
  }
  const bound: string[] = [];
  if (debited > reserved) bound.push(`debited ${debited} > reserved ${reserved}`);
  const releases = events.map((e, i) => (e['event_type'] === 'credits_released' ? i : -1)).filter((i) => i >= 0);
  if (releases.length > 1) bound.push(`${releases.length} credits_released events`);
  if (releases.length > 0 && events.slice(releases[0]! + 1).some((e) => e['event_type'] === 'credits_debited')) bound.push('a debit after the release');
  const settled = TERMINAL.has(String(body['state'])) || events.some((e) => e['event_type'] === 'usage_receipt_issued');
  if (settled && typeof body['credits_reserved'] === 'number' && body['credits_reserved'] !== 0) bound.push(`credits_reserved ${String(body['credits_reserved'])} once the usage receipt is issued or the run has ended`);
  if (bound.length > 0) out.push(violation('RECEIPT-DEBIT-BOUNDED', `${doc.where}: the run is debited at most its reservation, resolved once`, 'debits ≤ reservation, one release at most, nothing debited after it, nothing held once settled', bound));
  return out;
};

/** Every later read serves every event served before, unchanged and at the same position; a terminal ledger does not grow. */
export const appendOnly: DocumentCheck = (doc, memory) => {
  const history = doc.body['state_history'];
  const runId = text(doc.body['agent_task_run_id']);
  const before = runId === undefined ? undefined : memory.runs.get(runId)?.events;
  if (!Array.isArray(history) || before === undefined) return [];
  const now = history.map((event) => jcsOrNull(event) ?? '');
  const changed = before.jcs.findIndex((form, i) => now[i] !== form);
  if (changed >= 0) {
    const replayed = objects(history).slice(before.jcs.length).some((e) => e['event_type'] === 'replay_started');
    return [
      violation(replayed ? 'REPLAY-PREFIX-UNCHANGED' : 'LEDGER-APPEND-ONLY', `${doc.where}: event at position ${changed + 1} as served before (${before.where})`, before.jcs[changed]!, now[changed] ?? 'absent: the ledger is shorter'),
    ];
  }
  if (before.terminal && now.length > before.jcs.length) {
    return [violation('LIFECYCLE-TERMINAL-ABSORBING', `${doc.where}: the ledger of a run that was terminal (${before.where}) gains no event`, `${before.jcs.length} events`, { events: now.length, appended: now.slice(before.jcs.length) })];
  }
  return [];
};
