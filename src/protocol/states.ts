/**
 * The three state vocabularies and the normative mapping between them (SPEC.md §4).
 * Pure functions: hosts can call them in their own unit tests, the kit calls them to judge hosts.
 */

/** Run `state`: exactly the fourteen values of seed 000. */
export const RUN_STATES = [
  'quoted',
  'credit_pending',
  'funded',
  'run_created',
  'queued',
  'evidence_review',
  'tool_execution',
  'result_packaged',
  'receipt_issued',
  'callback_ready',
  'callback_delivered',
  'closed',
  'paused',
  'failed',
] as const;
export type RunState = (typeof RUN_STATES)[number];

/** `canonical_lifecycle_state`: the twenty-one console labels of seed 000. */
export const CANONICAL_STATES = [
  'created',
  'preflight_checked',
  'contract_ready',
  'contract_accepted',
  'trust_pending',
  'trusted',
  'quoted',
  'credit_pending',
  'credit_funded',
  'queued',
  'operating',
  'evidence_partial',
  'result_ready',
  'attested',
  'receipt_issued',
  'callback_pending',
  'callback_delivered',
  'exception_open',
  'replay_ready',
  'failed',
  'closed',
] as const;
export type CanonicalState = (typeof CANONICAL_STATES)[number];

/** Result contract v2 `lifecycle_state`: the twenty published values. */
export const CONTRACT_LIFECYCLE_STATES = [
  'created',
  'preflight_checked',
  'contract_ready',
  'contract_accepted',
  'trusted',
  'quoted',
  'credit_pending',
  'credit_funded',
  'queued',
  'operating',
  'result_ready',
  'attested',
  'settlement_receipt_issued',
  'usage_receipt_issued',
  'callback_pending',
  'callback_delivered',
  'exception_open',
  'replay_ready',
  'failed',
  'closed',
] as const;
export type ContractLifecycleState = (typeof CONTRACT_LIFECYCLE_STATES)[number];

export type EvidenceStatus = 'sufficient' | 'partial' | 'insufficient' | 'unknown';

/** Exception ticket statuses (published). Only the open ones influence the canonical label. */
export type ExceptionStatus =
  | 'open'
  | 'under_review'
  | 'waiting_on_requesting_agent'
  | 'recovery_requested'
  | 'replay_ready'
  | 'resolved'
  | 'closed';

/**
 * SPEC.md §9.1: the status of a ticket as it opens — `open`, or `under_review` at a host whose operators review
 * tickets from the moment they open. Either is current, and recovery is accepted from either (§9.2).
 */
export const OPENED_TICKET_STATUSES: readonly ExceptionStatus[] = ['open', 'under_review'];

export function isOpenedTicketStatus(status: unknown): boolean {
  return (OPENED_TICKET_STATUSES as readonly unknown[]).includes(status);
}

export const TERMINAL_STATES: readonly RunState[] = ['closed', 'failed'];

/**
 * SPEC.md §4.4: the states a run with sufficient evidence and a callback URL enters, in order — the run
 * states from run_created to closed, which seed 000 lists in exactly that order.
 */
export const HAPPY_PATH_STATES: readonly RunState[] = RUN_STATES.slice(RUN_STATES.indexOf('run_created'), RUN_STATES.indexOf('closed') + 1);

/**
 * SPEC.md §10.2: the states in which the runner owes a run work, run_created to receipt_issued; only a run in one
 * of them can be stuck (paused, terminal and callback_ready runs have signals of their own).
 */
export const RUNNER_STATES: readonly RunState[] = HAPPY_PATH_STATES.slice(0, HAPPY_PATH_STATES.indexOf('callback_ready'));

export function isRunnerState(state: unknown): boolean {
  return (RUNNER_STATES as readonly unknown[]).includes(state);
}

/** Allowed transitions (SPEC.md §4.2). `null` is "no state yet": a run record's first event. */
const TRANSITIONS: ReadonlyMap<RunState | null, readonly RunState[]> = new Map<RunState | null, readonly RunState[]>([
  [null, ['run_created', 'quoted']],
  ['quoted', ['credit_pending']],
  ['credit_pending', ['funded']],
  ['funded', ['run_created']],
  ['run_created', ['queued']],
  ['queued', ['evidence_review', 'paused']],
  ['evidence_review', ['tool_execution', 'paused']],
  ['tool_execution', ['result_packaged', 'paused', 'failed']],
  ['result_packaged', ['receipt_issued', 'paused']],
  ['receipt_issued', ['callback_ready', 'closed']],
  ['callback_ready', ['callback_delivered']],
  ['callback_delivered', ['closed']],
  ['paused', ['queued', 'failed', 'closed']],
  ['closed', []],
  ['failed', []],
]);

export function isRunState(value: unknown): value is RunState {
  return typeof value === 'string' && (RUN_STATES as readonly string[]).includes(value);
}

export function isTerminal(state: RunState): boolean {
  return TERMINAL_STATES.includes(state);
}

/** Successor states of `from`; an event that keeps the state (from === to) is not a transition. */
export function allowedSuccessors(from: RunState | null): readonly RunState[] {
  return TRANSITIONS.get(from) ?? [];
}

/**
 * Whether an event may move a run from `from` to `to`. An event whose `to_state` equals its
 * `from_state` records something other than a transition and is allowed outside terminal states.
 */
export function isAllowedTransition(from: RunState | null, to: RunState): boolean {
  if (from !== null && from === to) return !isTerminal(from);
  return allowedSuccessors(from).includes(to);
}

export interface CanonicalContext {
  state: RunState;
  evidenceStatus?: EvidenceStatus | null;
  /** Status of the run's open exception ticket, if any. */
  exceptionStatus?: ExceptionStatus | null;
}

const OPEN_EXCEPTION: readonly ExceptionStatus[] = [
  'open',
  'under_review',
  'waiting_on_requesting_agent',
  'recovery_requested',
];

const CANONICAL_BY_STATE: Readonly<Record<RunState, CanonicalState>> = {
  quoted: 'quoted',
  credit_pending: 'credit_pending',
  funded: 'credit_funded',
  run_created: 'credit_funded',
  queued: 'queued',
  evidence_review: 'operating',
  tool_execution: 'operating',
  result_packaged: 'result_ready',
  receipt_issued: 'receipt_issued',
  callback_ready: 'callback_pending',
  callback_delivered: 'callback_delivered',
  closed: 'closed',
  // A paused run without a ticket is still an exception from the console's point of view.
  paused: 'exception_open',
  failed: 'failed',
};

/** SPEC.md §4.1: the canonical label a run record must carry, evaluated in the spec's order. */
export function mapCanonical(context: CanonicalContext): CanonicalState {
  const { state, evidenceStatus, exceptionStatus } = context;
  if (isTerminal(state)) return CANONICAL_BY_STATE[state];
  if (exceptionStatus && OPEN_EXCEPTION.includes(exceptionStatus)) return 'exception_open';
  if (exceptionStatus === 'replay_ready') return 'replay_ready';
  if ((state === 'evidence_review' || state === 'tool_execution') && evidenceStatus === 'partial') {
    return 'evidence_partial';
  }
  return CANONICAL_BY_STATE[state];
}

const CONTRACT_BY_CANONICAL: Readonly<Record<CanonicalState, ContractLifecycleState>> = {
  created: 'created',
  preflight_checked: 'preflight_checked',
  contract_ready: 'contract_ready',
  contract_accepted: 'contract_accepted',
  trust_pending: 'trusted',
  trusted: 'trusted',
  quoted: 'quoted',
  credit_pending: 'credit_pending',
  credit_funded: 'credit_funded',
  queued: 'queued',
  operating: 'operating',
  evidence_partial: 'operating',
  result_ready: 'result_ready',
  attested: 'attested',
  receipt_issued: 'usage_receipt_issued',
  callback_pending: 'callback_pending',
  callback_delivered: 'callback_delivered',
  exception_open: 'exception_open',
  replay_ready: 'replay_ready',
  failed: 'failed',
  closed: 'closed',
};

/** SPEC.md §4.1: the result contract `lifecycle_state` for a canonical label. */
export function mapContractLifecycle(canonical: CanonicalState): ContractLifecycleState {
  return CONTRACT_BY_CANONICAL[canonical];
}
