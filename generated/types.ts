// generated — do not edit; `npm run generate` writes this file from schemas/*.schema.json.
/* eslint-disable */

/**
 * Any document defined by one of the schema files.
 */
export type SchemaDocument =
  | AgentRunStateEvent
  | AgentTaskRun
  | AppRuntime
  | CallbackDelivery
  | CallbackDeliveryAttempt
  | CallbackPayload
  | ClockAdvanceRequest
  | ClockState
  | ConformanceBaseline
  | ConformanceReport
  | CreditEntitlement
  | ExceptionTicket
  | ExceptionTicketList
  | HostCapabilities
  | InTotoStatement
  | LimeAgentTaskEvent
  | LimeAgentTaskResult
  | ProblemDetails
  | QueueMonitor
  | Quote
  | QuoteRequest
  | RecoveryRequest
  | ReplayPackage
  | ReplayRequest
  | ResultAttestation
  | ResultContract
  | ResultPackage
  | RetryCommand
  | RetryCommandRequest
  | RuleRegistry
  | RunContract
  | RunCreated
  | RunRequest
  | SettlementReceipt
  | SettlementRequest
  | StuckTaskAlert
  | StuckTaskAlertList
  | TenantCredentials
  | TenantCredentialsList
  | TenantRequest
  | TestScript
  | TrustProfile
  | TrustProfileRequest
  | UsageReceipt
  | WorkOrder;
export type AgentTaskRunRequestedTool = "packetops" | "distributionops" | "tokenops" | "wever_labs_os";
export type AgentTaskRunEvidenceStatus = "sufficient" | "partial" | "insufficient" | "unknown";
/**
 * Kit addition: the runner step a step event starts or completes.
 */
export type AgentRunStateEventStep =
  "evidence_review" | "tool_execution" | "result_packaged" | "receipt_issued" | "callback";
export type AgentTaskRunCallbackStatus = "not_required" | "pending" | "ready" | "delivered" | "retrying" | "failed";
/**
 * Normalized lifecycle label used by the Agent Operating Console v2.
 */
export type AgentTaskRunCanonicalLifecycleState =
  | "created"
  | "preflight_checked"
  | "contract_ready"
  | "contract_accepted"
  | "trust_pending"
  | "trusted"
  | "quoted"
  | "credit_pending"
  | "credit_funded"
  | "queued"
  | "operating"
  | "evidence_partial"
  | "result_ready"
  | "attested"
  | "receipt_issued"
  | "callback_pending"
  | "callback_delivered"
  | "exception_open"
  | "replay_ready"
  | "failed"
  | "closed";
export type CallbackPayloadResultStatus = "ready" | "partial" | "failed" | "delivered";
export type ClockStateReads = {
  /**
   * The path as the advance request named it.
   */
  path: string;
  /**
   * The HTTP status the GET answers.
   */
  status: number;
  /**
   * The Content-Type the GET answers; empty when it sends none.
   */
  content_type: string;
  /**
   * The body the GET answers, as text.
   */
  body: string;
}[];
/**
 * Stable rule id: the area, then words, e.g. LEDGER-HASH-LINK.
 */
export type RuleRegistryRuleId = string;
export type ConformanceReportCount = number;
export type ConformanceReportLevelOrNull = "core" | "timed" | "full" | null;
/**
 * A scenario's id: its file name in scenarios/ without .test.ts.
 */
export type ConformanceReportScenarioId = string;
export type RuleRegistryArea = string;
export type QueueMonitorCount = number;
export type ResultContractRequestedTool =
  "packetops" | "distributionops" | "tokenops" | "wever_labs_os" | "custom_workflow";
/**
 * The callback payload's result statuses plus pending (no result packaged yet).
 */
export type ResultContractResultStatus = "pending" | "ready" | "partial" | "failed" | "delivered";
export type RetryCommandRequestAction =
  | "retry_callback"
  | "replay_from_checkpoint"
  | "advance_queue"
  | "request_evidence"
  | "release_credit_allocation"
  | "rerun_result_contract"
  | "close_exception";
/**
 * The 201 answer to POST /api/agents/run: the run record (agent-task-run) plus the links a requesting agent needs to follow the run and the run's callback signing secret. Designed by the kit: the secret is returned here and in no later response, so this is the only document that carries it; the status token must be long enough to hold at least 128 bits of randomness.
 */
export type RunCreated = AgentTaskRun & {
  /**
   * Unguessable token naming the run in every /status and /tasks URL; 22 characters is the fewest that can carry 128 bits in base64url.
   */
  status_token: string;
  status_url: string;
  ledger_url: string;
  result_url: string;
  result_attestation_url: string;
  /**
   * Standard Webhooks signing secret for this run's callbacks: `whsec_` + base64 of 24 to 64 random bytes. Returned only in this answer.
   */
  callback_signing_secret: string;
};
/**
 * Provider types of the settlement page; seed 000's run record uses a narrower list plus not_selected.
 */
export type SettlementReceiptSettlementProvider =
  "stripe_stablecoin" | "x402" | "circle_usdc" | "ap2_mandate" | "manual_invoice" | "custom_provider";

/**
 * One entry of a run's task ledger (`state_history` of the run record), the schema seed 000 references by this $id. It keeps every published field and the 25 published event types. The kit extends it because the published event has no order, identity or hash link, so append-only and immutable ledgers could not be tested: it adds the required `sequence` (1, 2, 3 … with no gap), `event_id` (unique within the host) and `prev_event_hash` (digest of the previous event as served, null on the first), the optional `step` of step events, and seven event types for credit release, recovery, replay, callback attempts, stuck alerts, retry commands and completed steps. Events that do not change the run's state repeat `to_state` as `from_state`.
 */
export interface AgentRunStateEvent {
  /**
   * What happened. The first 25 values are published; credits_released, recovery_requested, replay_started, callback_attempt_failed, stuck_alert_raised, retry_command_accepted and step_completed are kit additions.
   */
  event_type:
    | "run_created"
    | "credit_reserved"
    | "evidence_review_started"
    | "evidence_status_changed"
    | "tool_execution_started"
    | "result_package_ready"
    | "credits_debited"
    | "usage_receipt_issued"
    | "callback_payload_ready"
    | "callback_delivered"
    | "run_closed"
    | "run_paused"
    | "run_failed"
    | "lifecycle_state_changed"
    | "preflight_checked"
    | "contract_ready"
    | "contract_accepted"
    | "trust_approved"
    | "settlement_intent_created"
    | "settlement_provider_confirmed"
    | "credit_funded_from_settlement"
    | "exception_opened"
    | "replay_package_ready"
    | "callback_failed"
    | "task_closed"
    | "credits_released"
    | "recovery_requested"
    | "replay_started"
    | "callback_attempt_failed"
    | "stuck_alert_raised"
    | "retry_command_accepted"
    | "step_completed";
  agent_task_run_id: string;
  work_order_id?: string;
  /**
   * The run's state before the event; null on the event that creates the run.
   */
  from_state?: string | null;
  /**
   * The run's state after the event; equal to from_state when the event does not change the state.
   */
  to_state: string;
  occurred_at: string;
  /**
   * Who caused the event, e.g. runner, requesting_agent, operator.
   */
  actor?: string;
  requested_tool?: AgentTaskRunRequestedTool;
  evidence_status?: AgentTaskRunEvidenceStatus;
  /**
   * Credits moved by a credit event (credit_reserved, credits_debited, credits_released): the amount, as an integer.
   */
  credit_delta?: number;
  public_note?: string;
  /**
   * Absolute URLs of the documents the event produced or refers to, e.g. result_url, attestation_url, usage_receipt_url, stuck_task_alert_url.
   */
  links?: {
    [k: string]: string;
  };
  /**
   * Kit addition: position in the run's ledger, starting at 1 and increasing by exactly 1.
   */
  sequence: number;
  /**
   * Kit addition: identifier unique within the host.
   */
  event_id: string;
  /**
   * Kit addition: digest (sha256 over the RFC 8785 form) of the previous event as served, including its own prev_event_hash; null on the first event.
   */
  prev_event_hash: string | null;
  step?: AgentRunStateEventStep;
}
/**
 * A metered agent task run record tying trust, quote, credit entitlement, Work Order, state, evidence, receipt, callback, and result URLs together. Seed 000 verbatim (every property, type, format, enum value and the required list unchanged). Kit additions, all optional: exception_id, replay_count and metered_units, because the exception, replay and metering rules must be observable on the run record itself. Hosts MUST send integers in the three credit fields (typed number by the seed).
 */
export interface AgentTaskRun {
  object_type: "agent_task_run";
  agent_task_run_id: string;
  work_order_id: string;
  trust_profile_id?: string;
  quote_id?: string;
  credit_entitlement_id?: string;
  requested_tool: AgentTaskRunRequestedTool;
  requested_capability?: string;
  state:
    | "quoted"
    | "credit_pending"
    | "funded"
    | "run_created"
    | "queued"
    | "evidence_review"
    | "tool_execution"
    | "result_packaged"
    | "receipt_issued"
    | "callback_ready"
    | "callback_delivered"
    | "closed"
    | "paused"
    | "failed";
  evidence_status?: AgentTaskRunEvidenceStatus;
  status_token?: string;
  status_url?: string;
  ledger_url?: string;
  result_url?: string;
  result_attestation_url?: string;
  receipt_url?: string;
  callback_url?: string;
  callback_status?: AgentTaskRunCallbackStatus;
  credits_reserved?: number;
  credits_debited?: number;
  remaining_credits?: number;
  state_history?: AgentRunStateEvent[];
  created_at: string;
  updated_at?: string;
  closed_at?: string;
  /**
   * Optional upstream agent handshake ID.
   */
  handshake_id?: string;
  /**
   * Optional upstream preflight check ID.
   */
  preflight_id?: string;
  /**
   * Optional upstream run contract ID.
   */
  contract_id?: string;
  /**
   * Optional URL for the run contract object.
   */
  run_contract_url?: string;
  canonical_lifecycle_state?: AgentTaskRunCanonicalLifecycleState;
  settlement_mode?: "manual" | "provider_controlled" | "provider_auto_funded" | "paused";
  settlement_provider?: "stripe_stablecoin" | "x402" | "circle_usdc" | "manual_invoice" | "not_selected";
  settlement_intent_id?: string;
  settlement_receipt_url?: string;
  console_url?: string;
  agent_result_contract_id?: string;
  agent_result_contract_url?: string;
  settlement_receipt_id?: string;
  usage_receipt_url?: string;
  os_support_matrix_url?: string;
  rail_binding_url?: string;
  runtime_execution_plan_url?: string;
  /**
   * Kit addition: the exception ticket currently open or replay-ready on this run, if any.
   */
  exception_id?: string;
  /**
   * Kit addition: how many replays of this run have started.
   */
  replay_count?: number;
  /**
   * Kit addition: units metered for this run so far (debits never exceed the reservation).
   */
  metered_units?: number;
}
/**
 * v0.6 Agent task runtime control plane for lime.agent tasks; v0.9 App Server bridge profile; v0.10 shared host runtime profile for mini-program style apps and host-supervised app backend services.
 */
export interface AppRuntime {
  agentRuntime?: {
    bridge?: AppRuntimeBridge;
    agentTask?: AppRuntimeAgentTask;
    [k: string]: unknown;
  };
  agentTask?: AppRuntimeAgentTask;
  [k: string]: unknown;
}
/**
 * v0.9 host-mediated bridge from Capability SDK / Host Bridge to App Server JSON-RPC. v0.10 keeps app UI, workflow, storage, and app backend services behind shared host runtime capabilities instead of exposing transport handles.
 */
export interface AppRuntimeBridge {
  kind?: "app-server-json-rpc" | "host-native" | "reference-mock";
  transport?: "host-mediated" | "stdio-jsonl" | "local-socket" | "web-host";
  protocolVersion?: string;
  clientSurface?: "capability-sdk" | "host-bridge" | "server-client";
  hostBoundary?: "desktop-host-ipc" | "web-host-postmessage" | "host-native";
  runtimeOwner?: "runtime-core" | "host-native" | "reference-mock";
  methods?: AppRuntimeBridgeMethods;
  events?: {
    notification?: "agentSession/event";
    deriveFromRuntimeFacts?: boolean;
    allowUiSynthesis?: false;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface AppRuntimeBridgeMethods {
  initialize?: "initialize";
  initialized?: "initialized";
  startSession?: "agentSession/start";
  readSession?: "agentSession/read";
  startTurn?: "agentSession/turn/start";
  cancelTurn?: "agentSession/turn/cancel";
  respondAction?: "agentSession/action/respond";
  events?: "agentSession/event";
  listCapabilities?: "capability/list";
  readArtifact?: "artifact/read";
  exportEvidence?: "evidence/export";
  [k: string]: unknown;
}
export interface AppRuntimeAgentTask {
  eventSchema?: "lime.agent-task-event.v1";
  resultSchema?: "lime.agent-task-result.v1";
  structuredOutput?: AppRuntimeStructuredOutput;
  approval?: AppRuntimeApproval;
  sessionPolicy?: AppRuntimeSessionPolicy;
  toolDiscovery?: AppRuntimeToolDiscovery;
  checkpointScope?: AppRuntimeCheckpointScope;
  observability?: AppRuntimeObservability;
  [k: string]: unknown;
}
export interface AppRuntimeStructuredOutput {
  type?: "json_schema" | "none";
  schemaRef?: string;
  schema?: {
    [k: string]: unknown;
  };
  maxValidationRetries?: number;
  failureSubtype?: "error_max_structured_output_retries" | "error_during_execution";
  [k: string]: unknown;
}
export interface AppRuntimeApproval {
  behavior?: "host-mediated" | "auto-deny" | "manifest-only";
  supportsUpdatedInput?: boolean;
  supportsDefer?: boolean;
  rememberScopes?: ("task" | "session" | "workspace")[];
  [k: string]: unknown;
}
export interface AppRuntimeSessionPolicy {
  modes?: ("new" | "resume" | "continue" | "fork")[];
  compactionEvents?: boolean;
  [k: string]: unknown;
}
export interface AppRuntimeToolDiscovery {
  mode?: "eager" | "on_demand" | "none";
  topK?: number;
  includeSchemas?: "all" | "selected_only" | "none";
  [k: string]: unknown;
}
export interface AppRuntimeCheckpointScope {
  workflowState?: boolean;
  appStorage?: boolean;
  artifacts?: boolean;
  files?: "tracked_only" | "none";
  conversation?: "resume_only" | "rewind" | "none";
  externalSideEffects?: "record_only" | "manual_compensation" | "none";
  [k: string]: unknown;
}
export interface AppRuntimeObservability {
  profileEvents?: boolean;
  openTelemetryMapping?: boolean;
  exportContentByDefault?: boolean;
  [k: string]: unknown;
}
/**
 * The delivery record of a run's callback served at /tasks/{token}/callback-attempts: the callback message's webhook id, its target, its status and every attempt made so far. Designed by the kit from the published delivery binding; `disabled` is true once the receiver answered 410, after which no automatic attempt is made. A run created without a callback_url has callback_status not_required, no webhook id or target, and no attempt.
 */
export interface CallbackDelivery {
  object_type: "agent_callback_delivery";
  agent_task_run_id: string;
  webhook_id?: string;
  callback_url?: string;
  callback_status: AgentTaskRunCallbackStatus;
  /**
   * Every attempt in the order made, automatic and manual.
   */
  attempts: CallbackDeliveryAttempt[];
  /**
   * When the next automatic attempt is due; null when none will be made.
   */
  next_retry_at?: string | null;
  /**
   * True after a 410 answer: automatic delivery has stopped for this callback.
   */
  disabled?: boolean;
}
/**
 * One attempt to deliver a run's callback, automatic or manual. Designed by the kit from the published delivery binding (each attempt records status, attempt count, HTTP response, error reason and next retry time), with the Standard Webhooks id and timestamp it was signed with, so retry schedules, Retry-After, timeouts and manual retries can be checked attempt by attempt.
 */
export interface CallbackDeliveryAttempt {
  attempt_number: number;
  /**
   * The `webhook-id` header sent; the same on every attempt of one callback.
   */
  webhook_id: string;
  attempted_at: string;
  /**
   * The `webhook-timestamp` header sent: host time of the attempt in Unix seconds.
   */
  webhook_timestamp: number;
  /**
   * scheduled: made by the retry schedule; manual: made by a retry_callback command.
   */
  trigger: "scheduled" | "manual";
  outcome: "delivered" | "failed";
  /**
   * Status the receiver answered; null when no answer arrived.
   */
  http_status?: number | null;
  /**
   * Why a failed attempt failed; null on delivery.
   */
  error?: "timeout" | "connection_error" | "redirect_not_followed" | "http_error" | "gone" | null;
  /**
   * The receiver's Retry-After, in seconds, when it sent one.
   */
  retry_after_seconds?: number;
  /**
   * When the next automatic attempt is due; null when none will be made.
   */
  next_retry_at?: string | null;
}
/**
 * The body of the signed callback POSTed to a run's callback_url, also served at /tasks/{token}/callback-payload. It keeps the published fields; the kit adds the optional `task_token`, `result_package_hash` and `result_contract_url` so the receiver can fetch and verify the result from the callback alone. The payload is fixed when the run reaches callback_ready: attempt metadata is not in the body, so every attempt sends the same bytes (a host that includes `delivery` freezes it at that moment).
 */
export interface CallbackPayload {
  payload_type: "agent_callback_payload";
  event_type:
    "task_result_ready" | "task_result_partial" | "task_result_failed" | "task_result_delivered" | "receipt_issued";
  work_order_id: string;
  agent_task_run_id: string;
  requested_tool: AgentTaskRunRequestedTool;
  result_status: CallbackPayloadResultStatus;
  result_url: string;
  /**
   * The run's usage receipt.
   */
  receipt_url?: string;
  usage_receipt?: UsageReceipt;
  result_package?: ResultPackage;
  delivery?: {
    callback_status: AgentTaskRunCallbackStatus;
    attempt_count: number;
  };
  /**
   * Kit addition: the run's status token.
   */
  task_token?: string;
  /**
   * Kit addition: the attestation's result_package_hash.
   */
  result_package_hash?: string;
  /**
   * Kit addition: the run's Agent Result Contract.
   */
  result_contract_url?: string;
  issued_at: string;
}
/**
 * Record of the credits one run consumed, issued when the run reaches receipt_issued and served at GET /api/agents/receipts/{receipt_id}. The published receipt exists for one tool (tokenops_usage_receipt); the kit generalises it to every tool (`<tool>_usage_receipt`), makes `meter_units`, `settlement_reference` and `settlement_receipt_url` required so the usage receipt always names the settlement receipt that funded it, types every amount as an integer, and forbids funding fields (settlement_status, top-level credits_funded).
 */
export interface UsageReceipt {
  receipt_id: string;
  /**
   * `<operating tool>_usage_receipt`, e.g. tokenops_usage_receipt.
   */
  receipt_type: string;
  operating_tool: AgentTaskRunRequestedTool;
  work_order_id: string;
  agent_task_run_id: string;
  requested_tool: AgentTaskRunRequestedTool;
  /**
   * Credits the run consumed in total, across replays.
   */
  credits_debited: number;
  /**
   * The entitlement's remaining credits when the receipt was issued.
   */
  remaining_credits: number;
  meter_units: number;
  result_status: CallbackPayloadResultStatus;
  /**
   * The receipt_id of the settlement receipt that funded the credits.
   */
  settlement_reference: string;
  settlement_receipt_url: string;
  payment_request_reference?: string;
  credit_ledger_entry?: {
    ledger_entry_id: string;
    agent_account_id?: string;
    credits_funded?: number;
    credits_debited: number;
    remaining_credits: number;
    currency_or_unit?: string;
  };
  issued_at: string;
}
/**
 * The document served at a run's result_url once the result is packaged (409 result-not-ready before). Designed by the kit (the published system only names it): an envelope naming the run and tool around the tool's outputs. The attestation's result_package_hash is the digest of exactly this document as served, so it never changes once issued.
 */
export interface ResultPackage {
  object_type: "agent_result_package";
  agent_task_run_id: string;
  work_order_id?: string;
  requested_tool: AgentTaskRunRequestedTool;
  evidence_status: AgentTaskRunEvidenceStatus;
  /**
   * What the tool produced; for a scripted run, the script's result_package verbatim.
   */
  outputs: {
    [k: string]: unknown;
  };
  produced_at: string;
  /**
   * On a failure result, why it failed: error_max_structured_output_retries (SPEC.md §6.2, §15.3).
   */
  result_subtype?: string;
}
/**
 * Designed by the kit: body of POST /api/agents/_seams/clock/advance. The host moves its clock forward by `ms`, performs all work due up to the new time in due order, each at its own due time, and answers when that work is done.
 */
export interface ClockAdvanceRequest {
  ms: number;
  /**
   * Protocol 1.1, for a host declaring seams.test_clock.advance_until_rest: the status token of a run; the advance stops right after the work that leaves that run at rest (closed, failed, paused, or its callback given up), at that work's due time, or after `ms` (SPEC.md §13.2).
   */
  until_at_rest?: string;
  /**
   * Protocol 1.1, for a host declaring seams.test_clock.advance_to_next_due: true stops the advance right after the work due at the first due time it reaches, heartbeat pulses aside, with `now` at that time; with nothing due within `ms` it advances the whole `ms` (SPEC.md §13.2).
   */
  to_next_due?: boolean;
  /**
   * Protocol 1.1, for a host declaring seams.test_clock.advance_reads: paths of GET endpoints relative to the API base (`/tasks/{token}/ledger`); the answer carries, per path and in order, what a GET of it with the same credentials answers once the advance's work is done (SPEC.md §13.2).
   */
  reads?: string[];
  /**
   * Protocol 1.1, as `reads`, but answered as a GET answers when the advance begins, before it performs any work (SPEC.md §13.2).
   */
  reads_before?: string[];
}
/**
 * Designed by the kit: the test_clock seam's reading of host time, served at GET /api/agents/_seams/clock and by POST /api/agents/_seams/clock/advance. Host time moves only through the seam, so the kit tests retry schedules, stuck thresholds and key lifetimes without waiting.
 */
export interface ClockState {
  now: string;
  /**
   * The same instant in Unix milliseconds.
   */
  now_ms: number;
  /**
   * Protocol 1.1, optional: the host time at which the earliest work still pending on this clock falls due, heartbeat pulses aside (a runner phase, a callback attempt, a stuck check); null when none is pending (SPEC.md §13.2).
   */
  next_due_at?: string | null;
  /**
   * Protocol 1.1: in the answer to an advance that named `reads`, one entry per path in the order asked: what a GET of that path with the advance's credentials answers once the advance's work is done (SPEC.md §13.2).
   */
  reads?: ClockStateReads;
  /**
   * Protocol 1.1: in the answer to an advance that named `reads_before`, one entry per path in the order asked: what a GET of that path with the advance's credentials answered when the advance began, before any of its work (SPEC.md §13.2).
   */
  reads_before?: ClockStateReads;
}
/**
 * Designed by the kit: the known-failures file of `agent-task-kit run --baseline FILE`, which lets an implementer adopt the kit gradually. A failed scenario whose every failed rule is listed does not fail the run; a listed rule that passes fails the run as stale, so the file only ever shrinks. Every listed id must also be a rule of the registry (spec/rules.json), which the run command checks.
 */
export interface ConformanceBaseline {
  /**
   * Where editors find this schema, e.g. node_modules/agent-task-kit/schemas/conformance-baseline.schema.json. Ignored by the kit.
   */
  $schema?: string;
  /**
   * Ids of the rules whose failures are known and accepted for now, each listed once.
   */
  known_failures: RuleRegistryRuleId[];
}
/**
 * Designed by the kit: its JSON report of one run against a host. Every scenario and every rule of the registry gets a disposition (pass, fail, inapplicable, blocked; rules also untested), every failure names its rule, expected and observed values and the request transcript, and a baseline of known failures is reported with its stale entries.
 */
export interface ConformanceReport {
  report_version: "1.0";
  kit: {
    name: string;
    version: string;
  };
  spec_version: string;
  host_url: string;
  /**
   * Digest of the capabilities document the run used; null when it could not be read.
   */
  capabilities_digest: string | null;
  started_at: string;
  finished_at: string;
  wall_time_ms: number;
  /**
   * HTTP exchanges of the whole run with the host: every scenario's plus the kit's own discovery requests.
   */
  exchanges: ConformanceReportCount;
  /**
   * The run's outcome, as its exit code says: fail exactly when there is at least one problem; incomplete when nothing failed but something could not be observed.
   */
  verdict: {
    /**
     * pass: everything run was observed and passed; fail: a host answer broke a rule, the baseline is stale or a required level was not reached; incomplete: nothing failed, but a scenario was blocked or the run stopped early.
     */
    status: "pass" | "fail" | "incomplete";
    /**
     * The exit code of `agent-task-kit run` for this verdict.
     */
    exit_code: 0 | 1 | 3;
    /**
     * Why the run fails: scenarios failed outside the baseline, stale baseline entries, an invalid capabilities document, blocked scenarios under --strict, a required level not reached.
     */
    problems: string[];
    /**
     * What the run could not observe: blocked scenarios (also when accepted with --allow-blocked), an early stop.
     */
    unobserved: string[];
  };
  /**
   * The conformance level (SPEC.md §13.6) the host offers and reached, and how many of the MUST rules that apply to it the run tested; every untested one is listed with why.
   */
  conformance?: {
    /**
     * The highest level whose seams the host declares; null without a capabilities document.
     */
    offered_level: ConformanceReportLevelOrNull;
    /**
     * The highest offered level at and below which no MUST rule failed; null when a core MUST rule failed.
     */
    reached_level: ConformanceReportLevelOrNull;
    /**
     * The level --require-level asked for; null without it.
     */
    required_level: ConformanceReportLevelOrNull;
    /**
     * MUST rules that apply to the host: all but those of optional areas it does not declare.
     */
    must_rules: number;
    /**
     * Applicable MUST rules a scenario passed or failed.
     */
    tested: string[];
    /**
     * True when every applicable MUST rule was tested; only then does the console say a bare PASS.
     */
    complete: boolean;
    need_higher_level: ConformanceReportUntestedRule[];
    not_tested: ConformanceReportUntestedRule[];
    not_applicable: string[];
  };
  summary: {
    scenarios: {
      pass: ConformanceReportCount;
      fail: ConformanceReportCount;
      inapplicable: ConformanceReportCount;
      blocked: ConformanceReportCount;
    };
    rules: {
      pass: ConformanceReportCount;
      fail: ConformanceReportCount;
      inapplicable: ConformanceReportCount;
      blocked: ConformanceReportCount;
      untested: ConformanceReportCount;
    };
    /**
     * Rule-citing assertions made, summed over every scenario.
     */
    assertions: ConformanceReportCount;
  };
  scenarios: {
    id: ConformanceReportScenarioId;
    /**
     * The scenario's TypeScript source in the kit's repository, e.g. scenarios/ledger-hash-link.test.ts (the package ships it compiled).
     */
    file: string;
    title: string;
    area: RuleRegistryArea;
    /**
     * @minItems 1
     */
    rules: [RuleRegistryRuleId, ...RuleRegistryRuleId[]];
    /**
     * Capability paths the host must declare for the scenario to apply; an undeclared one makes it inapplicable.
     */
    requires: (
      | "callbacks"
      | "replay"
      | "queue_monitor"
      | "idempotency"
      | "agent_runtime"
      | "attestation_statement"
      | "seams"
      | "seams.test_clock"
      | "seams.scripted_runs"
      | "seams.tenants"
    )[];
    disposition: "pass" | "fail" | "inapplicable" | "blocked";
    /**
     * Why the scenario was inapplicable, blocked or failed; null on pass.
     */
    reason: string | null;
    assertions: number;
    duration_ms: number;
    /**
     * HTTP exchanges the scenario made with the host; callback deliveries to the kit are not counted.
     */
    exchanges: ConformanceReportCount;
    /**
     * Cases the scenario left out because the host lacks what they need, each naming the capability (SPEC.md §13.6), or a wait for time to pass that did not fit the time budget (§13.7); a pass rests on what ran. Absent when nothing was left out.
     *
     * @minItems 1
     */
    cases_left_out?: [string, ...string[]];
    failures: {
      rule: RuleRegistryRuleId;
      /**
       * The rule's text from the registry.
       */
      text: string;
      /**
       * What the failed assertion checked.
       */
      what: string;
      /**
       * What the rule required, rendered (JSON where the value is data).
       */
      expected: string;
      /**
       * What the host did, rendered (JSON where the value is data).
       */
      observed: string;
      /**
       * The scenario's exchanges up to the failure, curl-style, secrets masked.
       */
      transcript: string;
      /**
       * Present when the scenario was not written for this rule: a step it needed broke the rule all the same (SPEC.md §1.6).
       */
      incidental?: true;
      /**
       * The value the check compared against, as JSON; absent when the expectation is a description.
       */
      expected_value?: unknown;
      /**
       * What the host did as a JSON value (the document, status or field observed).
       */
      observed_value?: unknown;
      /**
       * The scenario's exchanges up to the failure as records, secrets masked, bodies whole.
       */
      exchanges?: ConformanceReportExchange[];
    }[];
    /**
     * For a blocked or errored scenario without assertion failures: the exchanges that explain it, curl-style, secrets masked. Absent otherwise.
     */
    transcript?: string;
    /**
     * The exchanges of `transcript` as records, secrets masked, bodies whole. Absent when there is no transcript or it holds no exchange.
     */
    transcript_exchanges?: ConformanceReportExchange[];
  }[];
  rules: {
    id: RuleRegistryRuleId;
    level: "MUST" | "SHOULD" | "MAY";
    /**
     * The lowest conformance level at which the rule is testable; null when no scenario cites it.
     */
    conformance_level?: ConformanceReportLevelOrNull;
    area: RuleRegistryArea;
    disposition: "pass" | "fail" | "inapplicable" | "blocked" | "untested";
    /**
     * Which scenarios decided the disposition and why; null exactly on pass.
     */
    reason: string | null;
    /**
     * Ids of the scenarios that cite the rule.
     */
    scenarios: ConformanceReportScenarioId[];
  }[];
  baseline?: {
    file: string;
    /**
     * Rules whose failures the baseline file expects (conformance-baseline.schema.json).
     */
    known_failures: RuleRegistryRuleId[];
    /**
     * Ids of the failed scenarios whose every failed rule is a known failure: they do not fail the run.
     */
    excused: ConformanceReportScenarioId[];
    /**
     * Known failures whose rule now passes; a stale entry fails the run.
     */
    stale: RuleRegistryRuleId[];
  };
  /**
   * Fault ids switched on in the reference host for this run, if it ran against one.
   */
  faults: string[];
}
export interface ConformanceReportUntestedRule {
  id: string;
  level: ConformanceReportLevelOrNull;
  reason: string;
}
/**
 * One HTTP exchange with the host, or a request that got no answer (status null, error set).
 */
export interface ConformanceReportExchange {
  method: string;
  url: string;
  request_headers: {
    [k: string]: string;
  };
  request_body: string | null;
  status: number | null;
  response_headers: {
    [k: string]: string;
  };
  response_body: string | null;
  error: string | null;
}
/**
 * A tenant's pool of funded credits, served at GET /api/agents/entitlements/{credit_entitlement_id}. It keeps the published statuses; the kit adds the four balances, all integers, which satisfy credits_funded = credits_reserved + credits_debited + remaining_credits at all times (checked by the kit, since a schema cannot add), and the settlement receipts that funded it.
 */
export interface CreditEntitlement {
  object_type: "agent_credit_entitlement";
  credit_entitlement_id: string;
  status: "quoted" | "pending_payment" | "funded" | "active" | "exhausted" | "expired" | "suspended";
  /**
   * Sum of the settlements that funded the entitlement.
   */
  credits_funded: number;
  /**
   * Held by runs that are not finished.
   */
  credits_reserved: number;
  /**
   * Consumed by runs.
   */
  credits_debited: number;
  /**
   * Available for new reservations.
   */
  remaining_credits: number;
  settlement_receipt_ids: string[];
  updated_at: string;
}
/**
 * An exception opened on a run (seed 001's exception state): insufficient evidence, a tool failure, a failed callback. Served in /tasks/{token}/exceptions and answered by POST /tasks/{token}/recover. It keeps the published fields; the kit adds `replay_package_url` (set once a replay package is ready) and `resolved_at`, and makes `missing_items` and `safe_to_replay` part of the ticket so a requester can decide how to recover without another request.
 */
export interface ExceptionTicket {
  object_type: "agent_exception_ticket";
  exception_id: string;
  agent_task_run_id: string;
  task_token?: string;
  requested_tool: AgentTaskRunRequestedTool;
  exception_type:
    | "evidence_gap"
    | "callback_failure"
    | "credit_hold"
    | "tool_execution_pause"
    | "result_quality_review"
    | "settlement_mismatch"
    | "manual_review_required";
  severity: "low" | "medium" | "high" | "blocked";
  status:
    | "open"
    | "under_review"
    | "waiting_on_requesting_agent"
    | "recovery_requested"
    | "replay_ready"
    | "resolved"
    | "closed";
  /**
   * The ticket's own evidence vocabulary: not_applicable where the run record says unknown.
   */
  evidence_status?: "sufficient" | "partial" | "insufficient" | "not_applicable";
  /**
   * What the requester must supply for an evidence_gap.
   */
  missing_items?: string[];
  /**
   * False when the failed step performed external side effects that were not recorded.
   */
  safe_to_replay?: boolean;
  /**
   * Kit addition: the replay package, once the ticket is replay_ready.
   */
  replay_package_url?: string;
  created_at: string;
  /**
   * Kit addition: when the ticket was resolved or closed.
   */
  resolved_at?: string;
}
/**
 * The exception tickets of one run, oldest first, served at /tasks/{token}/exceptions. Designed by the kit as a typed envelope so an empty list is still a recognisable document.
 */
export interface ExceptionTicketList {
  object_type: "agent_exception_ticket_list";
  items: ExceptionTicket[];
}
/**
 * The discovery document a host serves without authentication at GET /api/agents/capabilities. Designed by the kit (the published system has no discovery document): it names the protocol version, the tools the host accepts and its limits, and carries one block per optional area, each with a boolean `supported`. The kit decides from these blocks which scenarios apply: a supported area must pass every MUST rule of that area, an unsupported one is inapplicable. A block that says `supported: true` must carry the parameters the kit tests against.
 */
export interface HostCapabilities {
  object_type: "agent_host_capabilities";
  /**
   * The protocol version the host implements: 1.1 (this specification) or 1.0, whose hosts stay conformant (SPEC.md §1.2).
   */
  protocol_version: "1.0" | "1.1";
  host: {
    name: string;
    version: string;
  };
  /**
   * Every requested_tool the host accepts on quotes and runs.
   *
   * @minItems 1
   */
  tools: [AgentTaskRunRequestedTool, ...AgentTaskRunRequestedTool[]];
  limits: {
    /**
     * Largest request body the host accepts; larger bodies are refused with 413 payload-too-large.
     */
    max_body_bytes: number;
    /**
     * Host time an ended run (closed or failed) and every document served from it are kept after it ended; null or absent: ended runs are not forgotten for their age. At least one hour from protocol 1.1 (SPEC.md §4.6).
     */
    closed_run_retention_ms?: number | null;
    /**
     * How many of a tenant's most recently ended runs are kept; null or absent: ended runs are not forgotten for their number. At least 10 from protocol 1.1 (SPEC.md §4.6).
     */
    closed_runs_kept_per_tenant?: number | null;
    /**
     * How many runs that have not ended a tenant may hold; a run request beyond it is refused with 429 too-many-requests. Null or absent: no such bound (SPEC.md §4.6).
     */
    max_runs_in_flight_per_tenant?: number | null;
    /**
     * How many idempotency keys a tenant may have stored at once; a request with a new key beyond it is refused with 429 too-many-requests. Null or absent: no such bound. At least 1000 from protocol 1.1 (SPEC.md §4.6, §12).
     */
    max_idempotency_keys_per_tenant?: number | null;
  };
  credits: {
    unit: "credit";
    /**
     * Every credit amount the host serves is an integer.
     */
    integer_units: true;
  };
  /**
   * Signed callback delivery (Standard Webhooks v1) with retries on the host clock.
   */
  callbacks: {
    supported: boolean;
    signature_scheme?: "standard-webhooks-v1";
    /**
     * Delay before each attempt after the previous one, in milliseconds; the first entry is 0 (the first attempt is made at once). The length is the number of automatic attempts. The first-entry rule is checked by the kit (DISCOVERY-RETRY-SCHEDULE), not here: a positional check would need an open tuple, which strict schema compilation refuses.
     *
     * @minItems 1
     */
    retry_schedule_ms?: [number, ...number[]];
    /**
     * An attempt is made no later than its delay times (1 + jitter_max_ratio).
     */
    jitter_max_ratio?: number;
    /**
     * Real time after which an attempt is abandoned and recorded as failed.
     */
    request_timeout_ms?: number;
    follows_redirects?: false;
  };
  /**
   * Exception tickets, recovery requests and replay packages.
   */
  replay: {
    supported: boolean;
    credit_debit_policy?: "meter_delta_only";
  };
  /**
   * Runner heartbeat, stuck-task alerts and retry commands.
   */
  queue_monitor: {
    supported: boolean;
    heartbeat_interval_ms?: number;
    stuck_threshold_ms?: number;
  };
  /**
   * Idempotency-Key handling (IETF Idempotency-Key header draft).
   */
  idempotency: {
    supported: boolean;
    /**
     * How long a key is kept, measured on the host clock.
     */
    key_lifetime_ms?: number;
    /**
     * The operations that require an Idempotency-Key, each written `METHOD /api/agents/<path template>`, e.g. `POST /api/agents/run`.
     */
    required_on?: string[];
  };
  /**
   * The host's Agent App Runtime Contract (seed 003), published in `contract`.
   */
  agent_runtime: {
    supported: boolean;
    contract?: AppRuntime;
  };
  /**
   * Whether the host also serves the attestation as an in-toto Statement v1 at /tasks/{token}/attestation/statement.
   */
  attestation_statement: {
    supported: boolean;
  };
  /**
   * Conformance-mode test seams (off by default): a controllable host clock, scripted runs and throwaway tenants.
   */
  seams: {
    supported: boolean;
    test_clock?: HostCapabilitiesSeam & {
      /**
       * Protocol 1.1: every tenant minted through the tenants seam has a test clock of its own (SPEC.md §13.2); absent or false, the clock is host-wide.
       */
      per_tenant?: boolean;
      /**
       * Protocol 1.1: POST /_seams/clock/advance accepts `until_at_rest` (SPEC.md §13.2).
       */
      advance_until_rest?: boolean;
      /**
       * Protocol 1.1: POST /_seams/clock/advance accepts `reads` and answers them (SPEC.md §13.2).
       */
      advance_reads?: boolean;
      /**
       * Protocol 1.1: POST /_seams/clock/advance accepts `to_next_due` (SPEC.md §13.2).
       */
      advance_to_next_due?: boolean;
    };
    scripted_runs?: HostCapabilitiesSeam;
    tenants?: HostCapabilitiesSeam & {
      /**
       * Protocol 1.1: POST /_seams/tenants accepts `count` and mints that many tenants in one answer (SPEC.md §13.4).
       */
      batch?: boolean;
    };
  };
}
export interface HostCapabilitiesSeam {
  supported: boolean;
}
/**
 * The attestation as an in-toto Statement v1, optionally served at /tasks/{token}/attestation/statement by hosts that advertise `attestation_statement.supported`. The kit uses the widely used in-toto envelope so standard supply-chain verifiers can check a result: the subject is the result package and its sha256 equals the hex of the attestation's result_package_hash.
 */
export interface InTotoStatement {
  _type: "https://in-toto.io/Statement/v1";
  /**
   * @minItems 1
   */
  subject: [
    {
      name: string;
      digest: {
        sha256: string;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    },
    ...{
      name: string;
      digest: {
        sha256: string;
        [k: string]: unknown;
      };
      [k: string]: unknown;
    }[]
  ];
  predicateType: string;
  predicate: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * One event of a lime.agent task, delivered through the `agentSession/event` notification of the Agent App Runtime Contract. The event has a published description but no published schema; the kit designed this one from that description (required and optional members, event types, result subtypes). The kit types `sequence` as an integer (the description says a number) because it orders events, and requires a result subtype on `result` events.
 */
export interface LimeAgentTaskEvent {
  schemaVersion: "lime.agent-task-event.v1";
  eventId: string;
  sequence: number;
  type:
    | "system:init"
    | "system:compact_boundary"
    | "task:queued"
    | "task:progress"
    | "assistant:delta"
    | "tool:call"
    | "approval:requested"
    | "artifact:created"
    | "evidence:recorded"
    | "result";
  subtype?: string;
  appId: string;
  taskId: string;
  traceId: string;
  sessionId: string;
  turnId?: string;
  parentTaskId?: string;
  at: string;
  payload?: {
    [k: string]: unknown;
  };
  refs?: string[];
  usage?: LimeAgentTaskResultUsage;
  cost?: LimeAgentTaskResultCost;
}
export interface LimeAgentTaskResultUsage {
  input_tokens: number;
  output_tokens: number;
  /**
   * Metered units of the task.
   */
  units: number;
}
export interface LimeAgentTaskResultCost {
  credits: number;
}
/**
 * The final result of a lime.agent task, named by the Agent App Runtime Contract (`resultSchema: lime.agent-task-result.v1`) but never published. Designed by the kit from what the contract names (final subtype, usage, cost, artifact refs, evidence refs) so hosts that support the agent runtime have one shape to return. A structured-output failure ends with subtype error_max_structured_output_retries, never success.
 */
export interface LimeAgentTaskResult {
  schemaVersion: "lime.agent-task-result.v1";
  taskId: string;
  appId: string;
  subtype:
    | "success"
    | "error_max_turns"
    | "error_during_execution"
    | "error_max_budget"
    | "error_max_structured_output_retries"
    | "error_permission_denied"
    | "cancelled";
  usage: LimeAgentTaskResultUsage;
  cost: LimeAgentTaskResultCost;
  artifactRefs: string[];
  evidenceRefs: string[];
  /**
   * The validated structured output, when the task's structuredOutput.type is json_schema and validation succeeded.
   */
  structuredOutput?: unknown;
  completedAt: string;
}
/**
 * An RFC 9457 problem document, served with content type application/problem+json for every 4xx and 5xx answer. The kit restricts `type` to its registry of `urn:agent-task:problem:<slug>` URIs and binds each type to its HTTP status, so that a client can branch on `type` alone; it adds `errors` (schema failures of an invalid request), `current_state` and `allowed_from_states` (refused commands). Clients ignore members they do not know.
 */
export interface ProblemDetails {
  /**
   * The problem type: one of the registered `urn:agent-task:problem:<slug>` URIs.
   */
  type:
    | "urn:agent-task:problem:malformed-request"
    | "urn:agent-task:problem:malformed-json"
    | "urn:agent-task:problem:invalid-request"
    | "urn:agent-task:problem:idempotency-key-missing"
    | "urn:agent-task:problem:unauthorized"
    | "urn:agent-task:problem:insufficient-credits"
    | "urn:agent-task:problem:not-found"
    | "urn:agent-task:problem:method-not-allowed"
    | "urn:agent-task:problem:request-timeout"
    | "urn:agent-task:problem:idempotency-key-in-flight"
    | "urn:agent-task:problem:invalid-state"
    | "urn:agent-task:problem:replay-not-allowed"
    | "urn:agent-task:problem:replay-unsafe"
    | "urn:agent-task:problem:result-not-ready"
    | "urn:agent-task:problem:settlement-conflict"
    | "urn:agent-task:problem:quote-expired"
    | "urn:agent-task:problem:trust-not-approved"
    | "urn:agent-task:problem:payload-too-large"
    | "urn:agent-task:problem:unsupported-media-type"
    | "urn:agent-task:problem:idempotency-key-reused"
    | "urn:agent-task:problem:unsafe-callback-target"
    | "urn:agent-task:problem:unsupported-tool"
    | "urn:agent-task:problem:too-many-requests"
    | "urn:agent-task:problem:header-fields-too-large"
    | "urn:agent-task:problem:internal";
  /**
   * Short human-readable summary of the problem type; the same for every occurrence of the type.
   */
  title: string;
  /**
   * The HTTP status of the answer carrying this document.
   */
  status: number;
  /**
   * Human-readable explanation of this occurrence.
   */
  detail?: string;
  /**
   * Reference to this occurrence, typically the request path.
   */
  instance?: string;
  /**
   * Kit addition for invalid-request: one entry per schema failure of the request body.
   */
  errors?: {
    /**
     * JSON Pointer to the failing value in the request body (empty string for the body itself).
     */
    instancePath: string;
    /**
     * The JSON Schema keyword that failed, e.g. required, enum, type.
     */
    keyword: string;
    /**
     * Human-readable description of the failure.
     */
    message: string;
  }[];
  /**
   * Kit addition for invalid-state: the run's canonical lifecycle state when the command was refused.
   */
  current_state?: string;
  /**
   * Kit addition for invalid-state: the canonical states from which the refused command is allowed.
   */
  allowed_from_states?: string[];
}
/**
 * The scheduler's pulse for one tenant, served at GET /api/agents/queue/monitor: the runner heartbeat and counts of runs per column and metric. Designed by the kit from the published monitor page (columns accepted … closed; metrics last run, next run, processed, advanced, stuck, retry-ready, heartbeat on time) and seed 002's ask for failed task and callback retry counts, so that each figure can be checked against the tenant's runs.
 */
export interface QueueMonitor {
  object_type: "agent_queue_monitor";
  heartbeat: {
    /**
     * Host time of the runner's last pulse; null before its first.
     */
    last_runner_pulse_at: string | null;
    next_runner_pulse_at: string;
    heartbeat_interval_ms: number;
    /**
     * Whether the last pulse came within one heartbeat interval of the one before.
     */
    on_time: boolean;
  };
  /**
   * Runs of the tenant per column (accepted … closed) and per metric (processed … retry_ready).
   */
  counts: {
    accepted: QueueMonitorCount;
    queued: QueueMonitorCount;
    operating: QueueMonitorCount;
    result_ready: QueueMonitorCount;
    callback: QueueMonitorCount;
    exception: QueueMonitorCount;
    replay: QueueMonitorCount;
    closed: QueueMonitorCount;
    processed: QueueMonitorCount;
    advanced: QueueMonitorCount;
    stuck: QueueMonitorCount;
    failed: QueueMonitorCount;
    callback_retries: QueueMonitorCount;
    retry_ready: QueueMonitorCount;
  };
  stuck_threshold_ms: number;
  observed_at: string;
}
/**
 * The 201 answer to POST /api/agents/quote: how many integer credits a run of this size costs and until when the offer holds. Designed by the kit around the published quote request; a run created from it reserves `credits_quoted`, and an expired quote is refused with 409 quote-expired.
 */
export interface Quote {
  object_type: "agent_quote";
  quote_id: string;
  trust_profile_id?: string;
  requested_tool: AgentTaskRunRequestedTool;
  requested_capability: string;
  credits_quoted: number;
  credit_unit: "credit";
  estimate_basis: QuoteRequestEstimateBasis;
  expires_at: string;
  created_at: string;
}
export interface QuoteRequestEstimateBasis {
  records_count: number;
  files_count: number;
  needs_callback: boolean;
}
/**
 * Body of POST /api/agents/quote: what the requesting agent wants done and how big it is. It keeps the published `agent_quote_request` fields; the kit types the size estimate as integers.
 */
export interface QuoteRequest {
  request_type: "agent_quote_request";
  trust_profile_id?: string;
  requested_tool: AgentTaskRunRequestedTool;
  requested_capability: string;
  estimate_basis: QuoteRequestEstimateBasis;
}
/**
 * Body of POST /tasks/{token}/recover (requires an Idempotency-Key): the requester asks to recover an open exception, and the host prepares a replay package. It keeps the published `agent_recovery_request` shape; the kit names the ticket by `exception_id` and fixes the list of recovery actions.
 */
export interface RecoveryRequest {
  object_type: "agent_recovery_request";
  exception_id: string;
  recovery_action: "add_evidence" | "retry_step" | "accept_partial" | "resume_after_stall";
  /**
   * Evidence supplied with add_evidence; a replay after it treats evidence as sufficient.
   */
  new_evidence_items?: string[];
  note?: string;
}
/**
 * What a replay of a paused run will do, served at /tasks/{token}/replay-package once a recovery request made it ready. Designed by the kit from seed 001's replay example (state replay_ready, exception_id, replay_package_url, safe_to_replay, credit_debit_policy meter_delta_only): it adds the checkpoint and completed steps, which a replay never reruns, the reasons a replay would be unsafe, and the credits already debited, which a replay never debits again.
 */
export interface ReplayPackage {
  object_type: "agent_replay_package";
  replay_package_id: string;
  agent_task_run_id: string;
  task_token: string;
  exception_id: string;
  state: "replay_ready";
  /**
   * The last completed step and the ledger sequence of the event that recorded it; step is null when no step was completed.
   */
  checkpoint: {
    step: AgentRunStateEventStep | null;
    sequence: number;
  };
  completed_steps: AgentRunStateEventStep[];
  safe_to_replay: boolean;
  /**
   * Why a replay would repeat unrecorded side effects; empty exactly when safe_to_replay is true.
   */
  unsafe_reasons: string[];
  credit_debit_policy: "meter_delta_only";
  credits_debited_so_far: number;
  replay_package_url: string;
  created_at: string;
}
/**
 * Body of POST /tasks/{token}/replay (requires an Idempotency-Key). Designed by the kit: it names the replay package to run, so a replay can never start from a package the requester has not seen.
 */
export interface ReplayRequest {
  object_type: "agent_replay_request";
  replay_package_id: string;
  note?: string;
}
/**
 * The compact public-safe proof of a run's result (seed 001), served at /tasks/{token}/attestation once the result is packaged (409 result-not-ready before). It keeps the published fields; the kit makes them required, requires `result_package_hash` to be a real digest (seed 001's `sha256:demo-public-safe-placeholder` does not validate), and adds `agent_task_run_id`, `result_url`, `issued_at` and the optional ledger head so a receiver can check the proof without trusting the host.
 */
export interface ResultAttestation {
  attestation_type: "agent_result_attestation";
  agent_task_run_id: string;
  requested_tool: AgentTaskRunRequestedTool;
  result_status: CallbackPayloadResultStatus;
  evidence_status: AgentTaskRunEvidenceStatus;
  /**
   * `sha256:` + 64 lowercase hex of SHA-256 over the RFC 8785 form of the document served at result_url.
   */
  result_package_hash: string;
  result_url: string;
  /**
   * The run's usage receipt.
   */
  receipt_url: string;
  callback_payload_url: string;
  ledger_url?: string;
  /**
   * Digest of the last ledger event recorded when the attestation was issued.
   */
  ledger_head_hash?: string;
  issued_at: string;
}
/**
 * The canonical return envelope of a run (seed 002), served at /tasks/{token}/result-contract: machine result, human summary, proof objects, money state (the settlement receipt that funded the credits and the usage receipt that consumed them) and callback state. It keeps the published fields and vocabularies; the kit adds `agent_task_run_id` so the envelope names its run in both identifier spaces, lists the members of each block, and types every credit amount as an integer.
 */
export interface ResultContract {
  object_type: "agent_result_contract";
  contract_version: "2.0";
  result_contract_id: string;
  task_token: string;
  agent_task_run_id: string;
  requested_tool: ResultContractRequestedTool;
  /**
   * The contract vocabulary of lifecycle states (20 values), mapped from the run's canonical_lifecycle_state as SPEC.md §4.1 says.
   */
  lifecycle_state:
    | "created"
    | "preflight_checked"
    | "contract_ready"
    | "contract_accepted"
    | "trusted"
    | "quoted"
    | "credit_pending"
    | "credit_funded"
    | "queued"
    | "operating"
    | "result_ready"
    | "attested"
    | "settlement_receipt_issued"
    | "usage_receipt_issued"
    | "callback_pending"
    | "callback_delivered"
    | "exception_open"
    | "replay_ready"
    | "failed"
    | "closed";
  result_status: ResultContractResultStatus;
  /**
   * Parseable result: tool, evidence, status, next actions and where the result package lives.
   */
  machine_result: {
    requested_tool: ResultContractRequestedTool;
    evidence_status: AgentTaskRunEvidenceStatus;
    result_status: ResultContractResultStatus;
    next_actions: string[];
    result_url: string;
    /**
     * On a failed result, why it failed, e.g. error_max_structured_output_retries (SPEC.md §15.3).
     */
    result_subtype?: string;
  };
  /**
   * Plain-language closeout for agents and operators.
   */
  human_summary: {
    summary: string;
    work_performed: string[];
    findings: string[];
    open_items: string[];
    next_actions: string[];
  };
  /**
   * Absolute URLs of every proof object of the run; recovery and queue references appear when they exist.
   */
  proof_objects: {
    ledger_url: string;
    attestation_url: string;
    run_contract_url: string;
    result_package_url: string;
    callback_payload_url: string;
    exception_url?: string;
    replay_package_url?: string;
    queue_monitor_url?: string;
    stuck_task_alert_url?: string;
    retry_command_url?: string;
  };
  /**
   * Money state: the settlement receipt that funded the credits and, once issued, the usage receipt that records their consumption.
   */
  receipts: {
    settlement_receipt_url: string;
    settlement_receipt_id: string;
    usage_receipt_url?: string;
    usage_receipt_id?: string;
    credits_funded?: number;
    credits_reserved: number;
    credits_debited: number;
    remaining_credits: number;
  };
  callback: {
    callback_url?: string;
    callback_status: AgentTaskRunCallbackStatus;
    attempt_count: number;
    webhook_id?: string;
  };
  issued_at: string;
}
/**
 * A scheduler command accepted for a run, the 201 answer to POST /tasks/{token}/commands. It keeps the published fields; the kit adds `status` (whether the command is accepted, completed or refused) and `outcome` (what it did, e.g. the manual callback attempt it made) so the answer shows the effect of a command that acts synchronously.
 */
export interface RetryCommand {
  object_type: "agent_retry_command";
  command_id: string;
  task_token: string;
  action: RetryCommandRequestAction;
  requested_by: string;
  /**
   * Canonical lifecycle states from which this action is allowed.
   *
   * @minItems 1
   */
  allowed_from_states: [AgentTaskRunCanonicalLifecycleState, ...AgentTaskRunCanonicalLifecycleState[]];
  /**
   * The canonical lifecycle state the command moves the run toward.
   */
  target_state: AgentTaskRunCanonicalLifecycleState;
  reason?: string;
  idempotency_key?: string;
  /**
   * Kit addition: accepted (queued for the runner), completed (done before the answer) or refused.
   */
  status?: "accepted" | "completed" | "refused";
  /**
   * Kit addition: what the command did, e.g. {"attempt_number": 11, "http_status": 200} for a manual callback retry.
   */
  outcome?: {
    [k: string]: unknown;
  };
  created_at: string;
}
/**
 * Body of POST /tasks/{token}/commands (requires an Idempotency-Key): an operator or requesting agent asks the scheduler to act on a run. The actions are the published retry command actions; a command is accepted only from its allowed canonical states and refused with 409 invalid-state otherwise.
 */
export interface RetryCommandRequest {
  action: RetryCommandRequestAction;
  reason?: string;
  requested_by?: string;
}
/**
 * Designed by the kit: the schema of spec/rules.json, the one source of the stable rule ids every SPEC section, scenario assertion and report entry cites.
 */
export interface RuleRegistry {
  spec_version: string;
  /**
   * @minItems 1
   */
  areas: [RuleRegistryArea, ...RuleRegistryArea[]];
  /**
   * @minItems 1
   */
  rules: [
    {
      id: RuleRegistryRuleId;
      area: RuleRegistryArea;
      level: "MUST" | "SHOULD" | "MAY";
      /**
       * The lowest conformance level (SPEC.md §13.6) at which the rule is testable: the lowest level of the scenarios citing it, derived from their `requires`. Absent when no scenario cites the rule.
       */
      conformance_level?: "core" | "timed" | "full";
      text: string;
      /**
       * Why no scenario can observe this rule from outside the host.
       */
      unobservable_reason?: string;
    },
    ...{
      id: RuleRegistryRuleId;
      area: RuleRegistryArea;
      level: "MUST" | "SHOULD" | "MAY";
      /**
       * The lowest conformance level (SPEC.md §13.6) at which the rule is testable: the lowest level of the scenarios citing it, derived from their `requires`. Absent when no scenario cites the rule.
       */
      conformance_level?: "core" | "timed" | "full";
      text: string;
      /**
       * Why no scenario can observe this rule from outside the host.
       */
      unobservable_reason?: string;
    }[]
  ];
}
/**
 * The agreed scope of a run: what the tool will do, which evidence it needs, what it returns, how it meters credits and how it reports back. Served at GET /api/agents/contracts/{contract_id}. It keeps the published fields; the kit adds `status` so a reader can tell a draft from an accepted, active, completed or cancelled contract.
 */
export interface RunContract {
  object_type: "agent_run_contract";
  contract_id: string;
  handshake_id?: string;
  preflight_id?: string;
  trust_profile_id?: string;
  quote_id?: string;
  credit_entitlement_id?: string;
  requested_tool: AgentTaskRunRequestedTool;
  requested_capability: string;
  /**
   * What the run will do, in plain language.
   */
  scope: string;
  out_of_scope?: string[];
  evidence_requirements: string[];
  expected_outputs: string[];
  metering_policy: "estimate_before_debit" | "meter_delta_only" | "fixed_credit_debit" | "manual_review";
  callback_policy: "callback_required" | "callback_optional" | "status_polling_only";
  result_package_schema_url?: string;
  /**
   * Kit addition: where the contract is in its own life.
   */
  status: "draft" | "accepted" | "active" | "completed" | "cancelled";
}
/**
 * Body of POST /api/agents/run (requires an Idempotency-Key). The published request fields, plus the kit's optional `test_script`, honoured only by hosts in conformance mode with the scripted_runs seam and refused with 400 invalid-request otherwise.
 */
export interface RunRequest {
  trust_profile_id: string;
  quote_id: string;
  credit_entitlement_id: string;
  contract_id?: string;
  requested_tool: AgentTaskRunRequestedTool;
  requested_capability: string;
  /**
   * Free-form context the requesting agent passes to the Work Order.
   */
  workflow_context?: {
    [k: string]: unknown;
  };
  expected_outputs?: string[];
  /**
   * Where the signed callback is delivered. Private, loopback, link-local and non-http(s) targets are refused with 422 unsafe-callback-target (conformance mode allows loopback).
   */
  callback_url?: string;
  test_script?: TestScript;
}
/**
 * Designed by the kit: the scripted_runs seam. Sent as `test_script` on POST /api/agents/run to a host in conformance mode, it decides what the run's tool does (evidence, result, metered units, a failure, a stall, side effects) so the kit can drive every branch of the lifecycle deterministically. Unknown members are refused so that a misspelt instruction cannot be silently ignored.
 */
export interface TestScript {
  /**
   * Evidence status the evidence review reaches; insufficient opens an evidence_gap exception.
   */
  evidence_status?: "sufficient" | "partial" | "insufficient";
  /**
   * Items the evidence_gap ticket lists as missing; default ["evidence"].
   */
  missing_items?: string[];
  /**
   * Served verbatim as the result package's `outputs`. A run with no script at all packages {"summary": "demo"}.
   */
  result_package?: {
    [k: string]: unknown;
  };
  /**
   * Units the tool meters; default the quote's credits_quoted. Units above the reservation are not billed.
   */
  metered_units?: number;
  /**
   * Step at which the tool fails, opening a tool_execution_pause exception.
   */
  fail_at?: "evidence_review" | "tool_execution" | "result_packaged";
  /**
   * Units metered and debited at the scripted failure.
   */
  units_before_failure?: number;
  /**
   * State in which the run stops making progress until an advance_queue command.
   */
  stall_at?: "queued" | "evidence_review" | "tool_execution";
  /**
   * External side effects of the failing step; unrecorded ones make the replay unsafe.
   */
  side_effects?: "none" | "recorded" | "unrecorded";
  structured_output?: {
    /**
     * How many structured outputs fail validation before a valid one is produced.
     */
    invalid_attempts?: number;
  };
  /**
   * Host time each runner step takes.
   */
  step_duration_ms?: number;
}
/**
 * Proof that a provider settlement funded credits (seed 002's receipt split: a settlement receipt funds credits, a usage receipt records credits consumed). Served by POST /api/agents/settlements and at GET /api/agents/settlements/{settlement_id}/receipt. The published fields and values are kept (usage_receipt_policy accepts the published value); the kit adds the identifiers that tie it to the quote, the entitlement and the provider transaction, types credits_funded as an integer, and forbids consumption fields (credits_debited, meter_units, agent_task_run_id, remaining_credits) so funding and usage can never be mixed in one record.
 */
export interface SettlementReceipt {
  receipt_type: "agent_settlement_receipt";
  settlement_id: string;
  receipt_id: string;
  settlement_provider: SettlementReceiptSettlementProvider;
  settlement_status: "credits_funded";
  credits_funded: number;
  credit_entitlement_id: string;
  quote_id: string;
  provider_transaction_ref: string;
  payer?: string;
  /**
   * Consumption of these credits is recorded by usage receipts, one per run. The first value is the published one; the second is the kit's earlier spelling of the same policy, kept so hosts built against it stay valid (SPEC.md §2.4.7).
   */
  usage_receipt_policy: "usage_receipts_record_credits_consumed_after_work_runs" | "usage_receipt_per_run";
  issued_at: string;
}
/**
 * Body of POST /api/agents/settlements (requires an Idempotency-Key). Designed by the kit (the published system funds credits through a provider without a public request shape): it reports a provider settlement for a quote so the host funds that many integer credits. `provider_transaction_ref` is single-use: the same reference with the same fields returns the original receipt and funds nothing more, with different fields it is refused with 409 settlement-conflict.
 */
export interface SettlementRequest {
  request_type: "agent_settlement_request";
  quote_id: string;
  settlement_provider: SettlementReceiptSettlementProvider;
  /**
   * The provider's reference of the settled transaction.
   */
  provider_transaction_ref: string;
  /**
   * Credits the settlement funds.
   */
  credits: number;
  /**
   * Top up this existing entitlement instead of creating a new one.
   */
  credit_entitlement_id?: string;
  /**
   * The paying party as the provider names it (an account or wallet address).
   */
  payer?: string;
}
/**
 * Raised once for a run that made no progress for the advertised stuck threshold of host time, or whose callback could not be delivered. It keeps the published fields; the kit adds `agent_task_run_id` so an alert can be matched to its run record and ledger.
 */
export interface StuckTaskAlert {
  object_type: "agent_stuck_task_alert";
  alert_id: string;
  task_token: string;
  /**
   * Kit addition: the run the alert is about.
   */
  agent_task_run_id?: string;
  /**
   * The run's canonical lifecycle state when the alert was raised.
   */
  current_lifecycle_state: AgentTaskRunCanonicalLifecycleState;
  stuck_reason:
    | "missing_evidence"
    | "queue_heartbeat_missed"
    | "callback_delivery_failed"
    | "credit_allocation_pending"
    | "exception_open"
    | "runner_error"
    | "provider_settlement_pending"
    | "manual_review_required";
  /**
   * What would unstick the run, usually a retry command action such as advance_queue or retry_callback.
   */
  recommended_action: string;
  /**
   * How long the run had made no progress when the alert was raised.
   */
  duration_minutes?: number;
  retry_command_url?: string;
  created_at: string;
}
/**
 * The tenant's stuck-task alerts, oldest first, served at GET /api/agents/queue/alerts. Designed by the kit as a typed envelope so an empty list is still a recognisable document.
 */
export interface StuckTaskAlertList {
  object_type: "agent_stuck_task_alert_list";
  items: StuckTaskAlert[];
}
/**
 * Designed by the kit: the 201 answer of the tenants seam (POST /api/agents/_seams/tenants), a fresh tenant with empty state and its bearer API key, so every scenario runs isolated from the others.
 */
export interface TenantCredentials {
  tenant_id: string;
  /**
   * Sent as `Authorization: Bearer <api_key>`.
   */
  api_key: string;
}
/**
 * Designed by the kit, protocol 1.1: the 201 answer of the tenants seam asked for `count` tenants (SPEC.md §13.4), each fresh, with empty state and its own bearer API key, as if minted by a request of its own.
 */
export interface TenantCredentialsList {
  /**
   * @minItems 1
   */
  tenants: [TenantCredentials, ...TenantCredentials[]];
}
/**
 * Designed by the kit: the optional body of the tenants seam (POST /api/agents/_seams/tenants). Empty, or from protocol 1.1 `clock_of` naming a tenant minted through the seam whose per-tenant test clock the new tenant shares (SPEC.md §13.2, §13.4), and `count` asking for several tenants at once.
 */
export interface TenantRequest {
  /**
   * tenant_id of an earlier tenant minted through the seam.
   */
  clock_of?: string;
  /**
   * Protocol 1.1, for a host declaring seams.tenants.batch: mint this many tenants, answered as a tenant credentials list (SPEC.md §13.4).
   */
  count?: number;
}
/**
 * A requesting agent's registration with the host, served by POST /api/agents/trust-profiles and GET /api/agents/trust-profiles/{id}. It keeps the published fields and accepts the published placement of prohibited_inputs_acknowledged inside data_policy; runs and quotes need an approved profile (403 trust-not-approved otherwise).
 */
export interface TrustProfile {
  profile_type: "agent_trust_profile";
  trust_profile_id: string;
  agent_name: string;
  trust_level: "registered" | "verified" | "restricted";
  review_status: "pending" | "approved" | "rejected";
  data_policy: TrustProfileDataPolicy;
  /**
   * Where the kit's first schema placed the acknowledgement; a profile carries it here, inside data_policy, or in both places with the same value.
   */
  prohibited_inputs_acknowledged?: boolean;
  created_at: string;
}
export interface TrustProfileDataPolicy {
  /**
   * @minItems 1
   */
  allowed_data_modes: ["public_safe_demo" | "metadata_only", ...("public_safe_demo" | "metadata_only")[]];
  /**
   * Where the published trust profile places the acknowledgement (SPEC.md §2.4.7).
   */
  prohibited_inputs_acknowledged?: boolean;
}
/**
 * Body of POST /api/agents/trust-profiles: a requesting agent registers itself, states which data modes it will send and acknowledges the prohibited inputs, at the root, inside data_policy as the published trust profile places it, or in both places with the same value. Designed by the kit from the published trust profile fields.
 */
export interface TrustProfileRequest {
  agent_name: string;
  data_policy: TrustProfileDataPolicy;
  /**
   * The acknowledgement at the root; it may instead, or also with the same value, sit inside data_policy (SPEC.md §2.4.7).
   */
  prohibited_inputs_acknowledged?: boolean;
}
/**
 * The instruction a run gives its operating tool, created with the run and served at GET /api/agents/work-orders/{work_order_id}. Designed by the kit: the published system names Work Orders on every run record but publishes no shape for them; this one carries what the run request asked for.
 */
export interface WorkOrder {
  object_type: "agent_work_order";
  work_order_id: string;
  agent_task_run_id: string;
  requested_tool: AgentTaskRunRequestedTool;
  requested_capability: string;
  /**
   * The run request's workflow_context ({} when it had none).
   */
  workflow_context: {
    [k: string]: unknown;
  };
  expected_outputs: string[];
  created_at: string;
}

/** Schema file name (without .schema.json) → the type of a document valid against it. */
export interface SchemaTypes {
  'agent-run-state-event': AgentRunStateEvent;
  'agent-task-run': AgentTaskRun;
  'app-runtime': AppRuntime;
  'callback-delivery': CallbackDelivery;
  'callback-delivery-attempt': CallbackDeliveryAttempt;
  'callback-payload': CallbackPayload;
  'clock-advance-request': ClockAdvanceRequest;
  'clock-state': ClockState;
  'conformance-baseline': ConformanceBaseline;
  'conformance-report': ConformanceReport;
  'credit-entitlement': CreditEntitlement;
  'exception-ticket': ExceptionTicket;
  'exception-ticket-list': ExceptionTicketList;
  'host-capabilities': HostCapabilities;
  'in-toto-statement': InTotoStatement;
  'lime-agent-task-event': LimeAgentTaskEvent;
  'lime-agent-task-result': LimeAgentTaskResult;
  'problem-details': ProblemDetails;
  'queue-monitor': QueueMonitor;
  'quote': Quote;
  'quote-request': QuoteRequest;
  'recovery-request': RecoveryRequest;
  'replay-package': ReplayPackage;
  'replay-request': ReplayRequest;
  'result-attestation': ResultAttestation;
  'result-contract': ResultContract;
  'result-package': ResultPackage;
  'retry-command': RetryCommand;
  'retry-command-request': RetryCommandRequest;
  'rule-registry': RuleRegistry;
  'run-contract': RunContract;
  'run-created': RunCreated;
  'run-request': RunRequest;
  'settlement-receipt': SettlementReceipt;
  'settlement-request': SettlementRequest;
  'stuck-task-alert': StuckTaskAlert;
  'stuck-task-alert-list': StuckTaskAlertList;
  'tenant-credentials': TenantCredentials;
  'tenant-credentials-list': TenantCredentialsList;
  'tenant-request': TenantRequest;
  'test-script': TestScript;
  'trust-profile': TrustProfile;
  'trust-profile-request': TrustProfileRequest;
  'usage-receipt': UsageReceipt;
  'work-order': WorkOrder;
}

export type SchemaName = keyof SchemaTypes;
