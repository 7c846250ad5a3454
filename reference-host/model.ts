/** The host's internal records. Served documents are built from them (documents.ts) or stored frozen. */
import type { CreditPosition, Reservation } from '../src/protocol/credits.js';
import type { EvidenceStatus, ExceptionStatus, RunState } from '../src/protocol/states.js';
import type { ScheduledTask } from './scheduler.js';

export type Doc = Readonly<Record<string, unknown>>;

export const TOOLS = ['packetops', 'distributionops', 'tokenops', 'wever_labs_os'] as const;
export type Tool = (typeof TOOLS)[number];

export interface Tenant {
  readonly tenantId: string;
  readonly apiKey: string;
}

export interface Owned {
  readonly tenantId: string;
}

export interface TrustProfileRecord extends Owned {
  readonly trustProfileId: string;
  readonly approved: boolean;
  readonly doc: Doc;
}

export interface QuoteRecord extends Owned {
  readonly quoteId: string;
  readonly requestedTool: Tool;
  readonly requestedCapability: string;
  readonly creditsQuoted: number;
  readonly expiresAtMs: number;
  readonly doc: Doc;
}

export interface SettlementRecord extends Owned {
  readonly settlementId: string;
  /** Digest of the settlement request: a repeat by provider_transaction_ref must match it. */
  readonly requestDigest: string;
  readonly receipt: Doc;
}

export interface EntitlementRecord extends Owned {
  readonly entitlementId: string;
  position: CreditPosition;
  readonly settlementReceiptIds: string[];
  /** Settlement ids in funding order, parallel to settlementReceiptIds. */
  readonly settlementIds: string[];
  runsCreated: number;
  updatedAtMs: number;
}

export interface UsageReceiptRecord extends Owned {
  readonly receiptId: string;
  readonly doc: Doc;
}

export interface RunContractRecord extends Owned {
  readonly contractId: string;
  readonly runs: RunRecord[];
}

/** Runner steps, named after the state whose work they do. */
export const STEPS = ['evidence_review', 'tool_execution', 'result_packaged', 'receipt_issued', 'callback'] as const;
export type Step = (typeof STEPS)[number];

/** The runner's unit of work; each takes one `step_duration_ms` of host time. */
export const RUNNER_PHASES = [
  'start_evidence_review',
  'review_evidence',
  'start_tool_execution',
  'execute_tool',
  'meter_and_issue_receipt',
  'issue_usage_receipt',
  'prepare_callback',
] as const;
export type RunnerPhase = (typeof RUNNER_PHASES)[number];

export type SideEffects = 'none' | 'recorded' | 'unrecorded';

/** A run's test script with every default filled in (contract §13). */
export interface RunScript {
  readonly evidenceStatus: 'sufficient' | 'partial' | 'insufficient';
  readonly missingItems: readonly string[];
  readonly resultPackage: Doc;
  readonly meteredUnits: number;
  readonly failAt: 'evidence_review' | 'tool_execution' | 'result_packaged' | undefined;
  readonly unitsBeforeFailure: number;
  readonly stallAt: 'queued' | 'evidence_review' | 'tool_execution' | undefined;
  readonly sideEffects: SideEffects;
  readonly invalidStructuredAttempts: number;
  readonly stepDurationMs: number;
}

export type CallbackStatus = 'not_required' | 'pending' | 'ready' | 'delivered' | 'retrying' | 'failed';

export interface CallbackState {
  readonly url: string | undefined;
  readonly secret: string;
  /** The message id: fixed for the run's one callback message, reused by every attempt. */
  readonly webhookId: string;
  status: CallbackStatus;
  /** Every attempt as served at /callback-attempts, frozen once recorded. */
  readonly attempts: Doc[];
  scheduledAttempts: number;
  nextRetryAtMs: number | null;
  nextAttempt: ScheduledTask | undefined;
  disabled: boolean;
  /** The payload, fixed at callback_ready, and the exact bytes every attempt sends. */
  payload: Doc | undefined;
  body: string | undefined;
  /** Attempts run one at a time per run. */
  queue: Promise<unknown>;
}

export type ExceptionType = 'evidence_gap' | 'callback_failure' | 'tool_execution_pause';

export interface ExceptionTicket {
  readonly exceptionId: string;
  readonly exceptionType: ExceptionType;
  readonly severity: 'low' | 'medium' | 'high' | 'blocked';
  status: ExceptionStatus;
  readonly createdAtMs: number;
  resolvedAtMs: number | undefined;
  readonly evidenceStatus: 'sufficient' | 'partial' | 'insufficient' | 'not_applicable';
  readonly missingItems: readonly string[];
  readonly sideEffects: SideEffects;
  /** The step that failed; replays resume there. */
  readonly failedStep: Step | undefined;
  replayPackage: Doc | undefined;
}

export interface StuckAlertRecord extends Owned {
  readonly runToken: string;
  readonly doc: Doc;
}

/** A run's events as JSON text, comma-joined, and the very events it was made from, in order. */
export interface LedgerJson {
  readonly sources: Doc[];
  joined: string;
}

export interface RunRecord extends Owned {
  readonly runId: string;
  readonly token: string;
  /** Origin of the creating request: every URL in the run's documents is built from it. */
  readonly origin: string;
  readonly workOrderId: string;
  readonly contractId: string;
  readonly trustProfileId: string;
  readonly quoteId: string;
  readonly entitlementId: string;
  readonly settlementId: string;
  readonly settlementReceiptId: string;
  readonly usageReceiptId: string;
  readonly resultContractId: string;
  readonly requestedTool: Tool;
  readonly requestedCapability: string;
  readonly workflowContext: Doc;
  readonly expectedOutputs: readonly string[];
  readonly script: RunScript;

  state: RunState;
  evidenceStatus: EvidenceStatus;
  /** Evidence status a recovery decided (add_evidence, accept_partial); the rerun review reaches it. */
  evidenceOverride: 'sufficient' | 'partial' | undefined;
  readonly createdAtMs: number;
  updatedAtMs: number;
  closedAtMs: number | undefined;
  /** Frozen events as served; never modified once appended. */
  readonly ledger: Doc[];
  /** The events' JSON text as last served (ledger.ts eventsJson). */
  readonly ledgerJson: LedgerJson;

  readonly creditsReserved: number;
  reservation: Reservation;
  creditsDebited: number;
  meteredUnits: number;
  /** The entitlement's remaining credits after the run's latest credit event. */
  remainingCredits: number;

  /** Completed steps and the sequence of the event that recorded each completion. */
  readonly completedSteps: Map<Step, number>;
  /** The runner's next step task, when one is scheduled. */
  nextStep: ScheduledTask | undefined;
  /** The phase a scripted stall holds back until advance_queue. */
  stalledPhase: RunnerPhase | undefined;
  stallSpent: boolean;
  failureSpent: boolean;

  resultPackage: Doc | undefined;
  attestation: Doc | undefined;
  resultSubtype: string | undefined;
  usageReceipt: Doc | undefined;
  readonly callback: CallbackState;
  readonly tickets: ExceptionTicket[];
  replayCount: number;

  /** Host time of the run's last progress; stuck checks measure from it. */
  lastProgressMs: number;
  /** The scheduler place taken at the run's last progress (Scheduler.place): where its stuck check runs. */
  progressPlace: number;
  /** The run's one stuck check, while it is in a runner state. */
  stuckCheck: ScheduledTask | undefined;
  /** lastProgressMs at which the current stall was alerted: one alert per stall. */
  alertedProgressMs: number | undefined;
  readonly alertIds: string[];
}
