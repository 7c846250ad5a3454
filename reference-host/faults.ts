/**
 * Named faults: deliberate mistakes the conformance suite must catch. Each is a mistake a real implementer
 * could make, switched on by id at construction and implemented by one guarded expression at the exact place
 * of the mistake, so the catalog below doubles as an index of where each behaviour lives. `rules` names the
 * rules the mistake breaks; the mutation matrix (spec/mutation-matrix.json) records which scenarios catch it.
 */
import type { RuleId } from '../src/rules.js';

export interface FaultDefinition {
  readonly id: string;
  readonly description: string;
  /** The rules a conforming suite must report as failed when this fault is on. */
  readonly rules: readonly RuleId[];
}

export const FAULTS = [
  // DISCOVERY
  {
    id: 'public-routes-require-auth',
    description: 'The bearer-key check runs on every route, so the capabilities document and the tenants seam answer 401 without a key.',
    rules: ['DISCOVERY-DOCUMENT', 'SEAMS-TENANTS'],
  },
  {
    id: 'protocol-version-wrong',
    description: 'The capabilities document names protocol_version "1" instead of "1.0".',
    rules: ['DISCOVERY-PROTOCOL-VERSION'],
  },
  {
    id: 'capabilities-stamped-per-read',
    description: 'The capabilities document carries a served_at member with the host time of each read.',
    rules: ['DISCOVERY-STABLE'],
  },
  {
    id: 'tools-list-incomplete',
    description: 'The capabilities document leaves wever_labs_os out of `tools` while quotes and runs still accept it.',
    rules: ['DISCOVERY-TOOLS'],
  },
  {
    id: 'queue-alerts-route-missing',
    description: 'The queue monitor is declared supported but GET /queue/alerts is not mounted (404).',
    rules: ['DISCOVERY-AREA-BLOCKS'],
  },
  {
    id: 'retry-schedule-without-first-attempt',
    description: 'callbacks.retry_schedule_ms advertises only the retry delays, without the leading 0 of the first attempt.',
    rules: ['DISCOVERY-RETRY-SCHEDULE'],
  },
  {
    id: 'seams-tenants-unadvertised',
    description: 'seams.tenants is advertised as unsupported while POST /_seams/tenants still creates tenants.',
    rules: ['DISCOVERY-SEAMS-ADVERTISED'],
  },
  {
    id: 'idempotency-keys-expire-early',
    description: 'Idempotency keys are kept for one hour while key_lifetime_ms advertises a day.',
    rules: ['DISCOVERY-IDEMPOTENCY-LIFETIME', 'IDEMPOTENCY-REPLAY'],
  },
  // LIFECYCLE
  {
    id: 'canonical-closed-as-completed',
    description: 'A closed run is labelled canonical_lifecycle_state "completed" (the run contract\'s word), which is not a canonical label.',
    rules: ['LIFECYCLE-STATE-ENUM', 'LIFECYCLE-CANONICAL-MAPPING'],
  },
  {
    id: 'canonical-result-ready-as-attested',
    description: 'A run in result_packaged is labelled canonical "attested" (its attestation exists) instead of result_ready.',
    rules: ['LIFECYCLE-CANONICAL-MAPPING'],
  },
  {
    id: 'event-from-state-after-move',
    description: "Each event's from_state is read after the run moved, so every transition is recorded as to_state → to_state.",
    rules: ['LEDGER-EVERY-TRANSITION', 'LIFECYCLE-TRANSITIONS', 'LIFECYCLE-HAPPY-PATH'],
  },
  {
    id: 'updated-at-is-read-time',
    description: "The run record's updated_at is the host time of the read, not of the run's latest event.",
    rules: ['LIFECYCLE-TIMESTAMPS', 'LIFECYCLE-TERMINAL-ABSORBING'],
  },
  {
    id: 'contract-lifecycle-unmapped',
    description: "The result contract's lifecycle_state repeats the canonical label (receipt_issued) instead of its contract name.",
    rules: ['LIFECYCLE-CONTRACT-MAPPING'],
  },
  {
    id: 'status-omits-receipt-links',
    description: 'The status answer leaves out receipt_url and usage_receipt_url, which only the ledger answer carries.',
    rules: ['LIFECYCLE-STATUS-MATCHES-LEDGER', 'RECEIPT-LINKS-BOTH-WAYS'],
  },
  {
    id: 'work-order-omits-empty-outputs',
    description: 'A work order without expected outputs omits the required expected_outputs array.',
    rules: ['LIFECYCLE-DOCUMENTS-VALID'],
  },
  {
    id: 'urls-from-configured-origin',
    description: "Run URLs are built on a configured base (http://localhost:8787) instead of the creating request's origin.",
    rules: ['LIFECYCLE-RUN-CREATED-LINKS', 'LIFECYCLE-LINKS-RESOLVE'],
  },
  {
    id: 'structured-failure-reported-success',
    description: 'A run whose structured output never validates is packaged and closed as a success.',
    rules: ['LIFECYCLE-STRUCTURED-FAILURE'],
  },
  // LEDGER
  {
    id: 'ledger-sequence-gap',
    description: 'Ledger sequence numbers advance by 2, leaving a gap after every event.',
    rules: ['LEDGER-SEQUENCE'],
  },
  {
    id: 'ledger-hash-link-broken',
    description: "prev_event_hash is the digest of the previous event with its own prev_event_hash left out.",
    rules: ['LEDGER-HASH-LINK'],
  },
  {
    id: 'ledger-events-rerendered-on-read',
    description: "Ledger reads re-render each event's public_note with the run's current state, so served events change.",
    rules: ['LEDGER-APPEND-ONLY', 'LEDGER-HASH-LINK'],
  },
  {
    id: 'event-ids-per-run-counter',
    description: 'event_id is built from the sequence number (evt_1, evt_2, …), so ids repeat across runs.',
    rules: ['LEDGER-EVENT-ID-UNIQUE'],
  },
  {
    id: 'event-run-id-is-token',
    description: 'Ledger events name the run by its status token in agent_task_run_id.',
    rules: ['LEDGER-EVENT-SCHEMA'],
  },
  {
    id: 'release-event-missing',
    description: 'The unused reservation is returned to the entitlement without a credits_released event.',
    rules: ['LEDGER-CREDIT-EVENTS'],
  },
  {
    id: 'exception-stamped-at-step-start',
    description: 'exception_opened is stamped with the start time of the step that failed, earlier than the event before it.',
    rules: ['LEDGER-TIMESTAMPS-ORDERED', 'LIFECYCLE-TIMESTAMPS'],
  },
  {
    id: 'event-time-offset-notation',
    description: "Ledger events' occurred_at is written with a +00:00 offset instead of Z (the same instant, in a form SPEC.md §2.2 does not allow).",
    rules: ['LIFECYCLE-TIMESTAMPS-UTC'],
  },
  {
    id: 'clock-now-local-time',
    description: "The test clock's now is host time two hours ahead, written with Z as if it were UTC, while now_ms is right.",
    rules: ['LIFECYCLE-TIMESTAMPS-UTC'],
  },  {
    id: 'contract-issued-at-local-time',
    description: "The result contract's issued_at is the host's local time four hours behind UTC, written with Z.",
    rules: ['LIFECYCLE-TIMESTAMPS-UTC'],
  },
  {
    id: 'status-omits-closed-at',
    description: 'The status answer of a terminal run leaves closed_at out; the ledger answer carries it.',
    rules: ['LIFECYCLE-TIMESTAMPS'],
  },

  // ATTESTATION
  {
    id: 'attestation-constant-digest',
    description: 'The attestation pins the seed placeholder sha256:demo-public-safe-placeholder instead of the package digest.',
    rules: ['ATTESTATION-DIGEST', 'ATTESTATION-NO-PLACEHOLDER'],
  },
  {
    id: 'attestation-digest-non-canonical',
    description: 'result_package_hash is SHA-256 over JSON.stringify of the package instead of its RFC 8785 form.',
    rules: ['ATTESTATION-DIGEST'],
  },
  {
    id: 'attestation-digest-other-package',
    description: 'result_package_hash is the digest of the package before produced_at was added, not of the package served.',
    rules: ['ATTESTATION-DIGEST'],
  },
  {
    id: 'attestation-evidence-always-sufficient',
    description: 'The attestation states evidence_status sufficient whatever the evidence review found.',
    rules: ['ATTESTATION-AGREES'],
  },
  {
    id: 'attestation-provisional-before-result',
    description: 'Before the result is packaged the attestation URL answers 200 with a provisional, pending attestation.',
    rules: ['ATTESTATION-NOT-BEFORE-RESULT'],
  },
  {
    id: 'attestation-reissued-on-read',
    description: "The attestation's issued_at is set to the host time of each read.",
    rules: ['ATTESTATION-STABLE'],
  },
  // RECEIPT
  {
    id: 'settlement-receipt-usage-fields',
    description: 'The settlement receipt also carries consumption fields (credits_debited, meter_units).',
    rules: ['RECEIPT-SETTLEMENT-FUNDS-ONLY'],
  },
  {
    id: 'usage-receipt-funding-fields',
    description: 'The usage receipt also carries the funding fields credits_funded and settlement_status.',
    rules: ['RECEIPT-USAGE-CONSUMES-ONLY'],
  },
  {
    id: 'usage-receipt-debits-reservation',
    description: "The usage receipt's credits_debited is the run's reservation, not what was debited.",
    rules: ['RECEIPT-SUMS-AGREE'],
  },
  {
    id: 'usage-receipt-first-settlement',
    description: "The usage receipt names the entitlement's first settlement receipt instead of the latest one before the run.",
    rules: ['RECEIPT-LINKS-BOTH-WAYS'],
  },
  {
    id: 'usage-receipt-live-remaining',
    description: "The usage receipt's remaining_credits is read live from the entitlement at every request.",
    rules: ['RECEIPT-IMMUTABLE'],
  },
  {
    id: 'usage-receipt-kilo-units',
    description: 'The usage receipt reports meter_units in thousands of units (a fraction) instead of units.',
    rules: ['RECEIPT-INTEGER-UNITS', 'RECEIPT-USAGE-CONSUMES-ONLY'],
  },
  {
    id: 'settlement-ref-funds-again',
    description: 'A settlement repeating a provider_transaction_ref is funded again instead of returning the original receipt.',
    rules: ['RECEIPT-IDEMPOTENT-FUNDING'],
  },
  {
    id: 'overdraft-allowed',
    description: 'A run whose quote exceeds the remaining credits is accepted with whatever is left reserved.',
    rules: ['RECEIPT-NO-OVERDRAFT', 'RECEIPT-CONCURRENT-RUNS'],
  },
  {
    id: 'entitlement-remaining-ignores-reservations',
    description: "The entitlement document's remaining_credits is funded minus debited, ignoring what open runs hold.",
    rules: ['RECEIPT-CREDIT-ARITHMETIC'],
  },
  {
    id: 'reservation-never-released',
    description: "A run's unused reservation is never released; it stays held after the run ends.",
    rules: ['RECEIPT-DEBIT-BOUNDED'],
  },
  {
    id: 'debit-beyond-reservation',
    description: "A run's records and credit events report every unit it metered as debited, beyond its reservation, while the entitlement moves only what was reserved.",
    rules: ['RECEIPT-DEBIT-BOUNDED', 'LEDGER-CREDIT-EVENTS'],
  },
  {
    id: 'quote-expiry-not-enforced',
    description: 'Runs and settlements naming an expired quote are accepted.',
    rules: ['RECEIPT-QUOTE-EXPIRED'],
  },
  // CALLBACK
  {
    id: 'callback-signature-over-canonical-json',
    description: 'The webhook signature is computed over the canonical (JCS) form of the payload, not the bytes sent.',
    rules: ['CALLBACK-SIGNATURE'],
  },
  {
    id: 'callback-webhook-id-changes',
    description: 'Every callback attempt carries a fresh webhook-id instead of the message id.',
    rules: ['CALLBACK-ID-STABLE'],
  },
  {
    id: 'callback-manual-retry-new-id',
    description: 'A retry_callback command sends the callback under a new webhook-id.',
    rules: ['CALLBACK-MANUAL-RETRY', 'CALLBACK-ID-STABLE'],
  },
  {
    id: 'callback-timestamp-from-first-attempt',
    description: "Retries reuse the first attempt's webhook-timestamp (and sign for it) instead of the time of the retry.",
    rules: ['CALLBACK-FRESH-TIMESTAMP'],
  },  {
    id: 'callback-timestamp-wall-clock',
    description: "webhook-timestamp is the machine's wall clock instead of host time (the signature is computed over it).",
    rules: ['CALLBACK-FRESH-TIMESTAMP'],
  },

  {
    id: 'callback-body-rebuilt-per-attempt',
    description: 'Each attempt re-serialises the payload with a fresh issued_at instead of sending the fixed body.',
    rules: ['CALLBACK-PAYLOAD-MATCHES'],
  },
  {
    id: 'callback-retry-without-delay',
    description: 'A failed attempt is retried at once, ignoring the advertised delays.',
    rules: ['CALLBACK-SCHEDULE'],
  },
  {
    id: 'callback-never-retried',
    description: 'The first failed attempt ends delivery: no retry is ever scheduled.',
    rules: ['CALLBACK-SCHEDULE'],
  },
  {
    id: 'callback-any-answer-delivered',
    description: 'Any HTTP answer marks the callback delivered (the attempt log still says failed); only network errors are retried.',
    rules: ['CALLBACK-2XX-ONLY'],
  },
  {
    id: 'callback-410-retried',
    description: 'A 410 answer is treated like any failed attempt and retried on the schedule.',
    rules: ['CALLBACK-410-STOPS'],
  },
  {
    id: 'callback-retry-after-ignored',
    description: 'Retry-After on a failed attempt is ignored; the next attempt follows the schedule alone.',
    rules: ['CALLBACK-RETRY-AFTER'],
  },
  {
    id: 'callback-follows-redirects',
    description: 'Callback delivery follows 3xx redirects and counts the final answer.',
    rules: ['CALLBACK-NO-REDIRECT'],
  },
  {
    id: 'callback-timeout-not-advertised',
    description: 'Attempts are abandoned after five times the advertised request_timeout_ms.',
    rules: ['CALLBACK-TIMEOUT'],
  },
  {
    id: 'callback-timeout-split-in-half',
    description: 'The advertised request_timeout_ms is split between connecting and waiting for the answer, so a receiver that accepts the request and never answers is abandoned after half of it.',
    rules: ['CALLBACK-TIMEOUT'],
  },
  {
    id: 'callback-failed-attempts-unrecorded',
    description: 'Only delivered attempts are recorded; failed ones are missing from callback-attempts.',
    rules: ['CALLBACK-ATTEMPTS-RECORDED'],
  },
  {
    id: 'callback-exhaustion-no-ticket',
    description: 'When delivery gives up only callback_status changes: no callback_failure ticket, no stuck alert.',
    rules: ['CALLBACK-EXHAUSTION'],
  },
  {
    id: 'callback-status-stuck-retrying',
    description: 'A 2xx on a retry leaves callback_status retrying instead of delivered.',
    rules: ['CALLBACK-DELIVERED-STATUS'],
  },
  // REPLAY
  {
    id: 'evidence-review-skipped',
    description: 'The runner enters evidence_review and goes straight on to tool execution without reviewing the evidence.',
    rules: ['REPLAY-EXCEPTION-OPENED', 'SEAMS-SCRIPT-HONOURED'],
  },
  {
    id: 'recovery-event-missing',
    description: 'A recovery request records replay_package_ready but not recovery_requested.',
    rules: ['REPLAY-RECOVERY'],
  },
  {
    id: 'replay-package-lists-failed-step',
    description: 'The replay package lists the step that failed among its completed_steps.',
    rules: ['REPLAY-PACKAGE'],
  },
  {
    id: 'replay-records-run-created',
    description: 'A replay announces itself with a second run_created event instead of replay_started.',
    rules: ['REPLAY-SAME-RUN'],
  },
  {
    id: 'replay-rewrites-trail',
    description: "Starting a replay edits the earlier exception_opened event's public_note to say it was resolved.",
    rules: ['REPLAY-PREFIX-UNCHANGED', 'LEDGER-APPEND-ONLY'],
  },
  {
    id: 'replay-reruns-completed-steps',
    description: 'A replay starts again from evidence review, rerunning steps the package lists as completed.',
    rules: ['REPLAY-NO-RERUN'],
  },
  {
    id: 'replay-debits-full-units',
    description: 'A replay debits all metered units again instead of the units not yet debited.',
    rules: ['REPLAY-METER-DELTA'],
  },
  {
    id: 'replay-route-without-idempotency',
    description: 'POST /replay is served without the Idempotency-Key layer: repeats are processed again and a missing key is accepted.',
    rules: ['REPLAY-IDEMPOTENT', 'IDEMPOTENCY-REQUIRED'],
  },
  {
    id: 'replay-refusals-invalid-state',
    description: 'Replays of closed, failed or running runs are refused with 409 invalid-state instead of replay-not-allowed.',
    rules: ['REPLAY-REFUSED-CLOSED', 'REPLAY-REFUSED-RUNNING'],
  },
  {
    id: 'replay-when-unsafe',
    description: 'A replay package marked safe_to_replay false is replayed anyway.',
    rules: ['REPLAY-REFUSED-UNSAFE'],
  },
  {
    id: 'safe-flag-ignores-side-effects',
    description: 'Replay packages say safe_to_replay true even when the failed step had unrecorded side effects.',
    rules: ['REPLAY-SAFETY-FROM-SIDE-EFFECTS'],
  },
  {
    id: 'ticket-omits-safe-to-replay',
    description: 'Exception tickets never carry safe_to_replay; only the replay package says whether a replay is safe.',
    rules: ['REPLAY-SAFETY-FROM-SIDE-EFFECTS'],
  },
  // QUEUE
  {
    id: 'queue-monitor-wall-clock',
    description: "The queue monitor's observed_at is the machine's wall clock, not host time.",
    rules: ['QUEUE-MONITOR', 'SEAMS-CLOCK-CONTROLS-TIME'],
  },
  {
    id: 'heartbeat-frozen',
    description: 'The runner pulses once at start and is never rescheduled, so last_runner_pulse_at never moves.',
    rules: ['QUEUE-HEARTBEAT-MOVES'],
  },
  {
    id: 'stuck-alert-never-raised',
    description: 'Stuck checks find stalled runs but never raise an alert.',
    rules: ['QUEUE-STUCK-ALERT'],
  },
  {
    id: 'queue-stuck-count-zero',
    description: "The queue monitor's stuck count is always 0.",
    rules: ['QUEUE-COUNTS-AGREE'],
  },
  {
    id: 'queue-processed-closed-only',
    description: "The queue monitor's processed count counts closed runs only, leaving failed runs out.",
    rules: ['QUEUE-COUNTS-AGREE'],
  },
  {
    id: 'command-state-unchecked',
    description: "Retry commands are executed without checking the run's canonical state against allowed_from_states.",
    rules: ['QUEUE-COMMAND-STATES', 'LIFECYCLE-TERMINAL-ABSORBING'],
  },
  {
    id: 'advance-queue-noop',
    description: 'advance_queue is accepted but does not release the stalled step.',
    rules: ['QUEUE-ADVANCE'],
  },
  // IDEMPOTENCY
  {
    id: 'idempotency-no-422',
    description: 'A reused Idempotency-Key with a different body replays the stored answer instead of 422.',
    rules: ['IDEMPOTENCY-PAYLOAD-MISMATCH'],
  },
  {
    id: 'idempotency-fingerprint-raw-bytes',
    description: 'The idempotency fingerprint is the hash of the body bytes as received, so the same JSON repeated with members in another order or other whitespace is refused as a reused key.',
    rules: ['IDEMPOTENCY-REPLAY'],
  },
  {
    id: 'idempotency-replay-marks-body',
    description: 'A replayed answer gets an extra idempotent_replay member in its body.',
    rules: ['IDEMPOTENCY-REPLAY'],
  },
  {
    id: 'idempotency-no-in-flight',
    description: 'A key whose first request is still in flight is treated as unused, so the repeat is processed too.',
    rules: ['IDEMPOTENCY-IN-FLIGHT'],
  },
  {
    id: 'idempotency-key-optional',
    description: 'State-changing POSTs without an Idempotency-Key are processed instead of refused.',
    rules: ['IDEMPOTENCY-REQUIRED'],
  },
  {
    id: 'idempotency-global-keys',
    description: 'Idempotency keys are stored per method, path and key but not per tenant.',
    rules: ['IDEMPOTENCY-TENANT-SCOPED'],
  },
  {
    id: 'idempotency-never-expires',
    description: 'Idempotency keys never expire, whatever key_lifetime_ms says.',
    rules: ['IDEMPOTENCY-EXPIRY'],
  },
  {
    id: 'idempotency-errors-not-stored',
    description: 'Error answers to keyed requests are not stored, so a repeat is processed again.',
    rules: ['IDEMPOTENCY-ERRORS-STORED'],
  },
  // ERRORS
  {
    id: 'problem-plain-json',
    description: 'Error answers are sent as application/json instead of application/problem+json.',
    rules: ['ERRORS-PROBLEM-JSON'],
  },
  {
    id: 'problem-status-always-400',
    description: "Every client-error problem document says status 400, whatever the HTTP status.",
    rules: ['ERRORS-STATUS-AGREES'],
  },
  {
    id: 'malformed-json-as-invalid-request',
    description: 'A body that is not JSON is refused as invalid-request instead of malformed-json.',
    rules: ['ERRORS-MALFORMED-JSON'],
  },
  {
    id: 'non-finite-number-500',
    description: 'A body with a number JSON parses to Infinity (1e400) reaches the digest unchecked and fails with 500.',
    rules: ['ERRORS-NO-5XX-ON-CLIENT-INPUT'],
  },
  {
    id: 'invalid-request-without-errors',
    description: 'invalid-request problems carry a detail text but no errors list.',
    rules: ['ERRORS-INVALID-BODY'],
  },
  {
    id: 'conflicting-settlement-still-funds',
    description: 'A top-up refused for reusing a provider reference with other fields has already been credited to the entitlement.',
    rules: ['ERRORS-NO-PARTIAL-WRITE', 'RECEIPT-IDEMPOTENT-FUNDING'],
  },
  {
    id: 'default-404-handler',
    description: "Unknown routes get the web framework's default plain-text 404 instead of a not-found problem.",
    rules: ['ERRORS-NOT-FOUND', 'ERRORS-PROBLEM-JSON'],
  },
  {
    id: 'long-token-lookup-500',
    description: 'Task tokens are looked up through an index whose keys hold at most 255 characters; a longer token raises an error answered 500 instead of 404.',
    rules: ['ERRORS-NOT-FOUND', 'ERRORS-NO-5XX-ON-CLIENT-INPUT'],
  },
  {
    id: 'method-not-allowed-as-404',
    description: 'A known route called with an unserved method falls through to 404 instead of 405 with Allow.',
    rules: ['ERRORS-METHOD'],
  },
  {
    id: 'body-limit-not-enforced',
    description: 'Request bodies are read whatever their size; limits.max_body_bytes is not enforced.',
    rules: ['ERRORS-TOO-LARGE'],
  },
  {
    id: 'content-type-unchecked',
    description: 'POST bodies are parsed as JSON whatever their Content-Type.',
    rules: ['ERRORS-MEDIA-TYPE'],
  },
  // SECURITY
  {
    id: 'unauthorized-without-challenge',
    description: '401 answers carry no WWW-Authenticate: Bearer header.',
    rules: ['SECURITY-AUTH-REQUIRED'],
  },
  {
    id: 'tenant-cross-read',
    description: "Resource lookups ignore the owning tenant, so one tenant reads another's runs and receipts.",
    rules: ['SECURITY-TENANT-ISOLATION', 'LEDGER-TOKEN-ACCESS'],
  },
  {
    id: 'tokens-sequential',
    description: 'Status tokens are a zero-padded counter instead of 256 random bits.',
    rules: ['SECURITY-TOKEN-ENTROPY'],
  },
  {
    id: 'callback-target-unchecked',
    description: 'callback_url is accepted without checking its scheme and address, private and link-local ones included.',
    rules: ['SECURITY-CALLBACK-TARGET'],
  },
  {
    id: 'secret-in-status',
    description: 'The status answer repeats the callback signing secret.',
    rules: ['SECURITY-SECRET-ONCE', 'LIFECYCLE-RUN-CREATED-LINKS'],
  },
  {
    id: 'signing-secret-per-tenant',
    description: 'Every run of a tenant gets the same signing secret, derived from the tenant id.',
    rules: ['SECURITY-SIGNING-SECRET-FORMAT'],
  },
  {
    id: 'trust-review-ignored',
    description: "Runs are accepted under trust profiles whose review_status is not approved.",
    rules: ['SECURITY-TRUST-APPROVED'],
  },
  // RUNTIME
  {
    id: 'runtime-ui-synthesis',
    description: 'The published runtime contract sets events.allowUiSynthesis to true.',
    rules: ['RUNTIME-NO-UI-SYNTHESIS', 'DISCOVERY-DOCUMENT'],
  },
  {
    id: 'runtime-method-renamed',
    description: 'The published bridge names its startTurn method agentSession/startTurn instead of agentSession/turn/start.',
    rules: ['RUNTIME-BRIDGE-METHODS', 'DISCOVERY-DOCUMENT'],
  },
  {
    id: 'runtime-event-schema-v2',
    description: 'The published contract names lime.agent-task-event.v2 as its event schema.',
    rules: ['RUNTIME-EVENT-SCHEMAS', 'DISCOVERY-DOCUMENT'],
  },
  {
    id: 'runtime-transport-unlisted',
    description: "The published bridge's transport is \"http\", which the runtime contract schema does not list.",
    rules: ['RUNTIME-CONTRACT-VALID', 'DISCOVERY-DOCUMENT'],
  },
  {
    id: 'runtime-failure-subtype-wrong',
    description: 'The published structuredOutput.failureSubtype is error_during_execution.',
    rules: ['RUNTIME-STRUCTURED-OUTPUT-BOUNDED'],
  },
  // SEAMS
  {
    id: 'event-time-wall-clock',
    description: "Ledger events' occurred_at is the machine's wall clock instead of host time.",
    rules: ['SEAMS-CLOCK-CONTROLS-TIME', 'LIFECYCLE-TIMESTAMPS'],
  },
  {
    id: 'clock-advance-jumps-to-end',
    description: 'A clock advance moves time to its end first, so all due work runs at the end time, not at its own due time.',
    rules: ['SEAMS-CLOCK-ADVANCE'],
  },
  {
    id: 'script-metered-units-ignored',
    description: "A scripted run meters the quote's credits whatever test_script.metered_units says.",
    rules: ['SEAMS-SCRIPT-HONOURED'],
  },
  {
    id: 'next-due-too-late',
    description: 'The clock state reports next_due_at one step after the work actually due, so a client jumping to it passes over a runner phase.',
    rules: ['SEAMS-CLOCK-ADVANCE'],
  },
  {
    id: 'next-due-always-null',
    description: 'The clock state reports next_due_at null (no work pending) even while runner phases, callback attempts or stuck checks are due, so a client trusting it steps past them.',
    rules: ['SEAMS-CLOCK-ADVANCE'],
  },
  {
    id: 'until-at-rest-ignored',
    description: 'seams.test_clock.advance_until_rest is advertised, but an advance with until_at_rest runs the whole `ms` instead of stopping where the run comes to rest.',
    rules: ['SEAMS-CLOCK-ADVANCE'],
  },
  {
    id: 'advance-reads-before-work',
    description: 'seams.test_clock.advance_reads is advertised, but an advance answers its reads as they stood before it performed any work.',
    rules: ['SEAMS-CLOCK-READS'],
  },
  {
    id: 'advance-reads-before-after-work',
    description: 'seams.test_clock.advance_reads is advertised, but an advance answers its reads_before as they stand after its work.',
    rules: ['SEAMS-CLOCK-READS'],
  },
  {
    id: 'to-next-due-ignored',
    description: 'seams.test_clock.advance_to_next_due is advertised, but an advance with to_next_due runs the whole `ms` instead of stopping at the first due time it reaches.',
    rules: ['SEAMS-CLOCK-ADVANCE'],
  },
  {
    id: 'tenant-batch-one-key',
    description: 'seams.tenants.batch is advertised, but every tenant of a batch gets the same API key: the tenants are one.',
    rules: ['SEAMS-TENANTS'],
  },
  {
    id: 'tenant-clocks-shared',
    description: 'seams.test_clock.per_tenant is advertised, but every tenant keeps the host-wide clock: one tenant\'s advance moves all of them.',
    rules: ['SEAMS-CLOCK-PER-TENANT'],
  },
  {
    id: 'tenant-seam-returns-demo-tenant',
    description: 'POST /_seams/tenants hands out the host\'s first (demo) tenant instead of a fresh one.',
    rules: ['SEAMS-TENANTS'],
  },
] as const satisfies readonly FaultDefinition[];

export type FaultId = (typeof FAULTS)[number]['id'];

const KNOWN: ReadonlySet<string> = new Set(FAULTS.map((f) => f.id));

export function isFaultId(id: string): id is FaultId {
  return KNOWN.has(id);
}

/** The fault switches of one host; read-only after construction. */
export class FaultSet {
  readonly #on: ReadonlySet<FaultId>;
  readonly #onQuery: ((id: FaultId) => void) | undefined;

  /** `onQuery` hears every guard evaluated, on or off: which faults a run could have been changed by. */
  constructor(ids: readonly string[] = [], onQuery?: (id: FaultId) => void) {
    const unknown = ids.filter((id) => !isFaultId(id));
    if (unknown.length > 0) {
      throw new RangeError(`unknown fault id(s) ${unknown.join(', ')}; known: ${[...KNOWN].join(', ')}`);
    }
    this.#on = new Set(ids as FaultId[]);
    this.#onQuery = onQuery;
  }

  has(id: FaultId): boolean {
    this.#onQuery?.(id);
    return this.#on.has(id);
  }

  list(): FaultId[] {
    return [...this.#on];
  }
}
