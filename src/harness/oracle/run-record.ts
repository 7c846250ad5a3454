/**
 * Invariants of a run record (status, ledger, replay and run-created answers): its state vocabularies and
 * their mapping (SPEC.md §4.1), its timestamps (§4.5), terminal states that never change (§4.3), and a
 * delivered callback that some attempt was really answered 2xx for (§8.4).
 */
import { CANONICAL_STATES, RUN_STATES, isRunState, mapCanonical } from '../../protocol/index.js';
import type { CanonicalState, EvidenceStatus } from '../../protocol/index.js';
import { violation } from './common.js';
import type { DocumentCheck, Violation } from './types.js';
import { text } from './types.js';

const TERMINAL: ReadonlySet<string> = new Set(['closed', 'failed']);

/**
 * States in which a run can have a current exception ticket in this version: a pause always opens one, and a
 * callback given up opens a callback_failure ticket while the run stays in callback_ready (SPEC.md §4.1, §9.1).
 */
const TICKET_STATES: ReadonlySet<string> = new Set(['paused', 'callback_ready']);
const TICKET_LABELS: readonly CanonicalState[] = ['exception_open', 'replay_ready'];

export const stateVocabularies: DocumentCheck = (doc) => {
  const { state, canonical_lifecycle_state: canonical } = doc.body;
  const out: Violation[] = [];
  const badState = state !== undefined && !isRunState(state);
  const badCanonical = canonical !== undefined && !(CANONICAL_STATES as readonly unknown[]).includes(canonical);
  if (badState || badCanonical) {
    out.push(
      violation('LIFECYCLE-STATE-ENUM', `${doc.where}: state and canonical_lifecycle_state are published values`, `state one of ${RUN_STATES.length} run states, canonical one of ${CANONICAL_STATES.length} labels`, { state, canonical_lifecycle_state: canonical }),
    );
    return out;
  }
  if (!isRunState(state) || typeof canonical !== 'string') return out;
  // The run record does not carry its ticket's status; what Table 4.1-A allows with and without a current
  // ticket is what a record alone can be held to.
  const evidenceStatus = (text(doc.body['evidence_status']) ?? null) as EvidenceStatus | null;
  const withoutTicket = mapCanonical({ state, evidenceStatus, exceptionStatus: null });
  const allowed = TICKET_STATES.has(state) ? [...new Set([withoutTicket, ...TICKET_LABELS])] : [withoutTicket];
  if (!allowed.includes(canonical as CanonicalState)) {
    out.push(
      violation('LIFECYCLE-CANONICAL-MAPPING', `${doc.where}: canonical_lifecycle_state of a run in ${state} (evidence ${String(evidenceStatus)})`, allowed.join(' or '), canonical),
    );
  }
  return out;
};

export const recordTimestamps: DocumentCheck = (doc) => {
  const { created_at: createdAt, updated_at: updatedAt, closed_at: closedAt, state } = doc.body;
  if (typeof createdAt !== 'string' || typeof state !== 'string') return [];
  const out: Violation[] = [];
  const created = Date.parse(createdAt);
  if (typeof updatedAt !== 'string' || !(Date.parse(updatedAt) >= created)) {
    out.push(violation('LIFECYCLE-TIMESTAMPS', `${doc.where}: updated_at is present and not before created_at`, `a timestamp ≥ ${createdAt}`, updatedAt));
  }
  if (TERMINAL.has(state) && (typeof closedAt !== 'string' || !(Date.parse(closedAt) >= created))) {
    out.push(violation('LIFECYCLE-TIMESTAMPS', `${doc.where}: a ${state} run carries closed_at`, `a timestamp ≥ ${createdAt}`, closedAt));
  }
  return out;
};

export const terminalAbsorbing: DocumentCheck = (doc, memory) => {
  // A replay answer repeated under its Idempotency-Key is the stored answer of its time, not the run now (§12).
  if (doc.exchange?.method === 'POST') return [];
  const runId = text(doc.body['agent_task_run_id']);
  const terminal = runId === undefined ? undefined : memory.runs.get(runId)?.terminal;
  const state = doc.body['state'];
  if (terminal === undefined || state === terminal.state) return [];
  return [violation('LIFECYCLE-TERMINAL-ABSORBING', `${doc.where}: the state of a run read ${terminal.state} before (${terminal.where})`, JSON.stringify(terminal.state), state)];
};

/**
 * A run that says its callback was delivered, whose callback URL is one of the scenario's mailboxes: that
 * mailbox answered some attempt 2xx. A redirect, an error or silence never delivers.
 */
export const deliveredOnlyOn2xx: DocumentCheck = (doc, memory) => {
  const callbackUrl = text(doc.body['callback_url']);
  const history = Array.isArray(doc.body['state_history']) ? (doc.body['state_history'] as unknown[]) : [];
  const delivered =
    doc.body['callback_status'] === 'delivered' ||
    history.some((e) => typeof e === 'object' && e !== null && (e as Record<string, unknown>)['event_type'] === 'callback_delivered');
  if (callbackUrl === undefined || !delivered || memory.answeredSuccess(callbackUrl) !== false) return [];
  return [
    violation('CALLBACK-2XX-ONLY', `${doc.where}: a callback counted as delivered was answered 2xx by the kit's receiver`, 'a delivery the receiver answered 2xx', {
      callback_status: doc.body['callback_status'],
      answers: memory.mailboxes.find((m) => m.url === callbackUrl)?.deliveries().map((d) => d.answered),
    }),
  ];
};
