/**
 * The task ledger: append-only, sequence-numbered, hash-linked events (SPEC.md §5–§6). An event is
 * frozen when appended and served as stored, so every read returns it byte-identical. Hash links are
 * digests of the events' JCS form; what is served is their JSON text (eventsJson), which parses back to
 * the very events digested.
 */
import { digest } from '../src/jcs.js';
import { isAllowedTransition, type EvidenceStatus, type RunState } from '../src/protocol/states.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { newId } from './ids.js';
import type { Doc, RunRecord, Step } from './model.js';
import { withHostExtras } from './variants.js';

export type EventType =
  | 'run_created'
  | 'credit_reserved'
  | 'lifecycle_state_changed'
  | 'evidence_review_started'
  | 'evidence_status_changed'
  | 'tool_execution_started'
  | 'result_package_ready'
  | 'credits_debited'
  | 'credits_released'
  | 'usage_receipt_issued'
  | 'callback_payload_ready'
  | 'callback_attempt_failed'
  | 'callback_failed'
  | 'callback_delivered'
  | 'run_closed'
  | 'run_failed'
  | 'exception_opened'
  | 'recovery_requested'
  | 'replay_package_ready'
  | 'replay_started'
  | 'stuck_alert_raised'
  | 'retry_command_accepted'
  | 'step_completed';

export type Actor = 'host' | 'runner' | 'requesting_agent' | 'operator' | 'callback_dispatcher';

export interface EventDraft {
  readonly type: EventType;
  /** Omitted: the event keeps the run's state. */
  readonly to?: RunState;
  readonly actor?: Actor;
  readonly step?: Step;
  readonly evidenceStatus?: EvidenceStatus;
  readonly creditDelta?: number;
  readonly note?: string;
  readonly links?: Readonly<Record<string, string>>;
  /** On run_failed: the result subtype of the failure. */
  readonly failureSubtype?: string;
}

/** Called after every append (the queue monitor measures progress from it). */
/** Told of an append with the core that made it: a tenant's view with per-tenant clocks (time-lines.ts). */
export type AppendListener = (core: HostCore, run: RunRecord, event: Doc, draft: EventDraft) => void;

/** Appends one event to the run's ledger and moves the run to its `to_state`. */
export function appendEvent(core: HostCore, run: RunRecord, draft: EventDraft): Doc {
  const from: RunState | null = run.ledger.length === 0 ? null : run.state;
  const to = draft.to ?? run.state;
  if (!isAllowedTransition(from, to)) {
    throw new Error(`ledger: ${draft.type} ${String(from)} → ${to} is not an allowed transition`);
  }
  const previous = run.ledger.at(-1);
  const nowMs = core.clock.now();
  const event = deepFreeze({
    sequence: previous === undefined ? 1 : Number(previous['sequence']) + (core.faults.has('ledger-sequence-gap') ? 2 : 1),
    event_id: core.faults.has('event-ids-per-run-counter') ? `evt_${run.ledger.length + 1}` : newId('evt', core.variants),
    prev_event_hash: previous === undefined ? null : digest(core.faults.has('ledger-hash-link-broken') ? { ...previous, prev_event_hash: null } : previous),
    event_type: draft.type,
    agent_task_run_id: core.faults.has('event-run-id-is-token') ? run.token : run.runId,
    work_order_id: run.workOrderId,
    requested_tool: run.requestedTool,
    from_state: core.faults.has('event-from-state-after-move') ? to : from,
    to_state: to,
    occurred_at: ((stamp: string) => (core.faults.has('event-time-offset-notation') ? stamp.replace(/Z$/, '+00:00') : stamp))(
      isoTime(
        core.faults.has('event-time-wall-clock')
          ? Date.now()
          : core.faults.has('exception-stamped-at-step-start') && draft.type === 'exception_opened'
            ? nowMs - run.script.stepDurationMs
            : nowMs,
      ),
    ),
    ...(core.variants.has('event-extras-omitted') ? {} : { actor: draft.actor ?? 'runner' }),
    ...(draft.step !== undefined ? { step: draft.step } : {}),
    ...(draft.evidenceStatus !== undefined ? { evidence_status: draft.evidenceStatus } : {}),
    ...(draft.creditDelta !== undefined ? { credit_delta: draft.creditDelta } : {}),
    ...(draft.note !== undefined && !core.variants.has('event-extras-omitted') ? { public_note: draft.note } : {}),
    ...(draft.links !== undefined && !core.variants.has('event-extras-omitted') ? { links: { ...draft.links } } : {}),
    ...(draft.failureSubtype !== undefined ? { failure_subtype: draft.failureSubtype } : {}),
  });
  run.ledger.push(core.variants.has('host-extra-members') ? deepFreeze(withHostExtras(event) as Doc) : event);
  run.state = to;
  run.updatedAtMs = nowMs;
  const stored = run.ledger.at(-1)!;
  for (const listener of core.appendListeners) listener(core, run, stored, draft);
  return stored;
}

/**
 * The run's events as JSON text, comma-joined: each event is serialised once, when first served, and the
 * text grows with the ledger. It is remade if a stored event is no longer the one it was made from, so a
 * host that edits its trail (a mistake the fault catalog models) still serves what it stores.
 */
export function eventsJson(run: RunRecord): string {
  const cache = run.ledgerJson;
  const events = run.ledger;
  const made = cache.sources;
  let intact = made.length <= events.length;
  for (let i = 0; intact && i < made.length; i++) intact = made[i] === events[i];
  if (!intact) {
    made.length = 0;
    cache.joined = '';
  }
  for (let i = made.length; i < events.length; i++) {
    const event = events[i]!;
    const text = JSON.stringify(event);
    cache.joined = i === 0 ? text : `${cache.joined},${text}`;
    made.push(event);
  }
  return cache.joined;
}

/** Freezes a JSON document and everything in it, so a stored document cannot drift from what was served. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
